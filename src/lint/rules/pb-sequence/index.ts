import { attr, attribute, descendants, elementsNamed, type XmlAttribute, type XmlDocument } from '../../../xml/model.js';
import { absolutePath, type CorpusIndex } from '../../corpus-index.js';
import type { Rule } from '../../rule.js';

/**
 * Arabic page numbers of one edition (@ed) rise by one; the first lies within the cited page range;
 * a page begins in only one document of a source.
 */
export const pbSequence: Rule = {
  id: 'pb-sequence',
  meta: {
    description: 'Page breaks (pb/@n) increase by one within a document, lie within the page range the header cites, and do not repeat across documents of one source.',
    severity: 'error',
    profile: 'edition',
    docs: 'src/lint/rules/pb-sequence/README.md',
    wholeCorpus: 'always',
  },
  messages: {
    step: 'Page {n} follows page {previous}; expected {expected}',
    outsideRange: 'Page {n} is outside the cited pages {from}–{to}',
    repeated: 'Page {n} of {source} already begins at {first}',
  },
  check({ document, index, report }) {
    const cited = elementsNamed(document, 'sourceDesc')
      .flatMap((sourceDesc) => descendants(sourceDesc, 'citedRange'))
      .find((range) => attr(range, 'unit') === 'page' && /^\d+$/.test(attr(range, 'from') ?? ''));
    const from = cited ? Number(attr(cited, 'from')) : undefined;
    const to = cited && /^\d+$/.test(attr(cited, 'to') ?? '') ? Number(attr(cited, 'to')) : from;
    const firstPages = index.memo('pb-sequence/first-pages', () => firstPageBreaks(index));
    const source = sourceOf(document, index);
    const previousByEdition = new Map<string, number>();
    for (const pb of elementsNamed(document, 'pb')) {
      const n = attribute(pb, 'n');
      if (!n || !/^\d+$/.test(n.value)) continue; // roman or lettered pages: no arithmetic
      const number = Number(n.value);
      const edition = attr(pb, 'ed') ?? '';
      const previous = previousByEdition.get(edition);
      previousByEdition.set(edition, number);
      if (previous !== undefined && number !== previous + 1) {
        report({ at: n, messageId: 'step', data: { n: number, previous, expected: previous + 1 } });
      }
      if (edition !== '') continue;
      // a text that starts mid-page has its first pb at from + 1
      if (from !== undefined && to !== undefined && (number < from || number > Math.max(to, from + 1))) {
        report({ at: n, messageId: 'outsideRange', data: { n: number, from, to } });
      }
      const first = source ? firstPages.get(source.key)?.get(number) : undefined;
      if (first && first.document !== document) {
        report({
          at: n,
          messageId: 'repeated',
          data: { n: number, source: source?.label ?? '', first: `${first.document.file}:${first.attribute.line}:${first.attribute.column}` },
        });
      }
    }
  },
};

interface PageOwner {
  document: XmlDocument;
  attribute: XmlAttribute;
}

/** For each source, where each page first begins (in the order the documents were given). */
function firstPageBreaks(index: CorpusIndex): Map<string, Map<number, PageOwner>> {
  const pages = new Map<string, Map<number, PageOwner>>();
  for (const document of index.documents) {
    const source = sourceOf(document, index);
    if (!source) continue;
    const owners = pages.get(source.key) ?? new Map<number, PageOwner>();
    pages.set(source.key, owners);
    for (const pb of elementsNamed(document, 'pb')) {
      const n = attribute(pb, 'n');
      if (!n || !/^\d+$/.test(n.value) || attr(pb, 'ed') !== undefined) continue;
      if (!owners.has(Number(n.value))) owners.set(Number(n.value), { document, attribute: n });
    }
  }
  return pages;
}

/** The source a document transcribes: the first pointer in its sourceDesc, resolved (key) and as written (label). */
function sourceOf(document: XmlDocument, index: CorpusIndex): { key: string; label: string } | undefined {
  const pointer = elementsNamed(document, 'sourceDesc')
    .flatMap((sourceDesc) => descendants(sourceDesc, 'ptr'))
    .map((ptr) => attr(ptr, 'target'))
    .find((target) => target !== undefined);
  if (!pointer) return undefined;
  const token = pointer.split(/\s+/)[0];
  const resolved = index.resolve(document, token);
  return { key: resolved.kind === 'element' ? `${absolutePath(resolved.document)}#${resolved.id}` : token, label: token };
}
