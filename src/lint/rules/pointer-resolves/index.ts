import { allElements } from '../../../xml/model.js';
import { pointerTokens } from '../../pointers.js';
import { isUnresolved } from '../../corpus-index.js';
import type { Rule } from '../../rule.js';

/** Checked by person-ref-resolves (person targets) and date-calendar — not repeated here. */
const OWNED_ELSEWHERE = new Set(['who', 'resp', 'calendar', 'datingMethod']);
const PERSON_REF_ELEMENTS = new Set(['persName', 'author', 'editor', 'orgName']);

export const pointerResolves: Rule = {
  id: 'pointer-resolves',
  meta: {
    description: 'Every other pointer (@target, ref, ptr, @corresp, @source, @sameAs …) leads to an existing document and xml:id.',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/pointer-resolves/README.md',
  },
  messages: {
    unresolved: '{attribute}="{value}" does not resolve: {reason}',
  },
  check({ document, index, profile, report }) {
    for (const element of allElements(document)) {
      for (const token of pointerTokens(element)) {
        const name = token.attribute.localName;
        if (OWNED_ELSEWHERE.has(name) || (name === 'ref' && PERSON_REF_ELEMENTS.has(element.name))) continue;
        const resolved = index.resolve(document, token.value);
        if (isUnresolved(resolved, profile)) {
          report({
            at: token.attribute,
            messageId: 'unresolved',
            data: { attribute: `${element.name}/@${token.attribute.name}`, value: token.value, reason: resolved.reason },
          });
        }
      }
    }
  },
};
