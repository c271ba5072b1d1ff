import { allElements, attr, textContent } from '../../../xml/model.js';
import { authorityIdProblem, authorityInUrl, type Authority } from '../../authority-ids.js';
import { pointerTokens } from '../../pointers.js';
import type { Rule } from '../../rule.js';

const IDNO_TYPES: Record<string, Authority> = { wikidata: 'wikidata', viaf: 'viaf', gnd: 'gnd' };

export const authorityId: Rule = {
  id: 'authority-id',
  meta: {
    description: 'Authority ids in URLs and idno have valid syntax: Wikidata Q-ids, VIAF numbers, GND numbers with their check character. Never fetched.',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/authority-id/README.md',
  },
  messages: {
    invalid: '{value}: {reason}',
  },
  check({ document, report }) {
    for (const element of allElements(document)) {
      for (const token of pointerTokens(element)) {
        // @scheme names a vocabulary: "http://www.wikidata.org/entity/" as a base is right there
        if (token.attribute.localName === 'scheme') continue;
        const reference = authorityInUrl(token.value);
        const problem = reference && authorityIdProblem(reference);
        if (problem) report({ at: token.attribute, messageId: 'invalid', data: { value: token.value, reason: problem } });
      }
      if (element.name !== 'idno') continue;
      const text = textContent(element).trim();
      const authority = IDNO_TYPES[(attr(element, 'type') ?? '').toLowerCase()];
      const reference = /^https?:/i.test(text) ? authorityInUrl(text) : authority ? { authority, id: text } : undefined;
      const problem = reference && authorityIdProblem(reference);
      if (problem) report({ at: element, messageId: 'invalid', data: { value: text, reason: problem } });
    }
  },
};
