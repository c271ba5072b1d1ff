import { allElements, attribute, type XmlAttribute, type XmlElement } from '../../../xml/model.js';
import { isUnresolved } from '../../corpus-index.js';
import type { Rule } from '../../rule.js';

/** Attributes that must lead to a person (or a body responsible for something), by element; `*` = any. */
const PERSON_POINTERS: { element: string; attribute: string; targets: ReadonlySet<string> }[] = [
  { element: 'persName', attribute: 'ref', targets: new Set(['person', 'personGrp']) },
  { element: 'author', attribute: 'ref', targets: new Set(['person', 'personGrp', 'org']) },
  { element: 'editor', attribute: 'ref', targets: new Set(['person', 'personGrp', 'org']) },
  { element: 'orgName', attribute: 'ref', targets: new Set(['org', 'person', 'personGrp']) },
  { element: '*', attribute: 'who', targets: new Set(['person', 'personGrp', 'org']) },
  { element: '*', attribute: 'resp', targets: new Set(['person', 'personGrp', 'org', 'respStmt']) },
];

export const personRefResolves: Rule = {
  id: 'person-ref-resolves',
  meta: {
    description: 'persName/@ref, author/@ref, @who and @resp resolve (under the edition profile: to a person or body in a personography).',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/person-ref-resolves/README.md',
  },
  messages: {
    unresolved: '{attribute}="{value}" does not resolve: {reason}',
    wrongTarget: '{attribute}="{value}" leads to <{target}>, not to a person',
  },
  check({ document, index, profile, report }) {
    for (const element of allElements(document)) {
      for (const rule of PERSON_POINTERS) {
        if (rule.element !== '*' && rule.element !== element.name) continue;
        const pointer = attribute(element, rule.attribute);
        if (!pointer) continue;
        checkPointer(element, pointer, rule.targets);
      }
    }

    function checkPointer(element: XmlElement, pointer: XmlAttribute, targets: ReadonlySet<string>) {
      for (const value of pointer.value.split(/\s+/).filter(Boolean)) {
        const resolved = index.resolve(document, value);
        const data = { attribute: `${element.name}/@${pointer.name}`, value };
        if (isUnresolved(resolved, profile)) {
          report({ at: pointer, messageId: 'unresolved', data: { ...data, reason: resolved.reason }, hint: 'Add the person to the personography, or fix the id.' });
        } else if (profile === 'edition' && resolved.kind === 'element' && !targets.has(resolved.element.name)) {
          // house policy: TEI lets @resp point to a persName in a respStmt, @who to a role in a castList
          report({ at: pointer, messageId: 'wrongTarget', data: { ...data, target: resolved.element.name } });
        }
        // absolute URIs (authority files) are checked by authority-id, never fetched
      }
    }
  },
};
