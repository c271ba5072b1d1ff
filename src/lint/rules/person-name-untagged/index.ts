import path from 'node:path';
import { elementsNamed, hasAncestor, type XmlDocument, type XmlText } from '../../../xml/model.js';
import { absolutePath, normalizeSpace, type CorpusIndex, type PersonEntry } from '../../corpus-index.js';
import { prefixDefinitions } from '../../pointers.js';
import { textNodesBelow } from '../../running-text.js';
import type { Rule } from '../../rule.js';
import { NameMatcher } from './name-matcher.js';

/** Text inside these is already tagged, is not running text, or is not the reading of the edition. */
const SKIPPED = new Set([
  'persName', 'name', 'rs', 'orgName', 'placeName', 'term', 'idno', 'ptr', 'sic', 'orig', 'abbr',
  'teiHeader', 'standOff', 'listPerson', 'listOrg', 'listBibl', 'bibl', 'biblStruct', 'fw',
  // a play's speaker labels and cast list name roles, already linked by sp/@who
  'speaker', 'castList', 'role', 'roleDesc',
]);

/**
 * A matcher over the persons of the registers this document points into (and its own), never of
 * an unrelated document: a name from another play's cast is no suggestion for this one. Documents
 * that share their registers share one matcher, built once per run.
 */
function nameMatcher(index: CorpusIndex, document: XmlDocument): NameMatcher {
  const withPersons = index.memo('person-name-untagged/registers', () => new Set(index.persons().map((person) => person.document)));
  const registers = new Set([...index.linkedDocuments(document)].filter((linked) => withPersons.has(linked)));
  const key = [...registers].map((linked) => linked.file).sort().join('\0');
  return index.memo(`person-name-untagged/${key}`, () => new NameMatcher(index.persons().filter((person) => registers.has(person.document))));
}

export const personNameUntagged: Rule = {
  id: 'person-name-untagged',
  meta: {
    description: 'A known name of a person in running text outside persName — a mention the tagging missed; suggests the @ref.',
    severity: 'warning',
    profile: 'edition',
    docs: 'src/lint/rules/person-name-untagged/README.md',
    wholeCorpus: 'always',
  },
  messages: {
    untagged: '"{name}" is a name of {persons} but is not tagged; suggested: <persName ref="{ref}">',
  },
  check({ document, index, report }) {
    const matcher = nameMatcher(index, document);
    if (matcher.empty) return;
    for (const textElement of elementsNamed(document, 'text')) {
      if (hasAncestor(textElement, SKIPPED)) continue;
      for (const node of textNodesBelow(textElement.children, SKIPPED)) {
        for (const match of matcher.matches(node.value)) {
          report({
            at: document.positionAt(rawOffset(document, node, match.index, match.name)),
            messageId: 'untagged',
            data: {
              name: normalizeSpace(match.name),
              persons: match.persons.map((person) => person.id).join(' or '),
              ref: match.persons.map((person) => suggestedRef(document, index, person)).join(' | '),
            },
          });
        }
      }
    }
  },
};

/** Where the match starts in the source, also when the text contains entity references. */
function rawOffset(document: XmlDocument, node: XmlText, index: number, name: string): number {
  const raw = document.text.slice(node.offset, node.endOffset);
  if (raw === node.value) return node.offset + index;
  const occurrence = node.value.slice(0, index).split(name).length - 1;
  let position = -1;
  for (let i = 0; i <= occurrence; i++) {
    position = raw.indexOf(name, position + 1);
    if (position < 0) return node.offset;
  }
  return node.offset + position;
}

/** The pointer as this document would write it: a declared prefix if one leads there, else a path. */
function suggestedRef(document: XmlDocument, index: CorpusIndex, person: PersonEntry): string {
  for (const ident of prefixDefinitions(document).keys()) {
    const resolved = index.resolve(document, `${ident}:${person.id}`);
    if (resolved.kind === 'element' && resolved.element === person.element) return `${ident}:${person.id}`;
  }
  if (person.document === document) return `#${person.id}`;
  const relative = path.relative(path.dirname(absolutePath(document)), absolutePath(person.document)).split(path.sep).join('/');
  return `${relative}#${person.id}`;
}
