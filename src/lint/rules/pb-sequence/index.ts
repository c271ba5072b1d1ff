import { elementsNamed, attr, attribute, descendants } from '../../../xml/model.js';
import type { Rule } from '../../rule.js';

/** Arabic page numbers of one edition (@ed) rise by one; the first lies within the cited page range. */
export const pbSequence: Rule = {
  id: 'pb-sequence',
  meta: {
    description: 'Page breaks (pb/@n) within a document increase by one, and lie within the page range the header cites.',
    severity: 'error',
    docs: 'src/lint/rules/pb-sequence/README.md',
  },
  messages: {
    step: 'Page {n} follows page {previous}; expected {expected}',
    outsideRange: 'Page {n} is outside the cited pages {from}–{to}',
  },
  check({ document, report }) {
    const cited = elementsNamed(document, 'sourceDesc')
      .flatMap((sourceDesc) => descendants(sourceDesc, 'citedRange'))
      .find((range) => attr(range, 'unit') === 'page' && /^\d+$/.test(attr(range, 'from') ?? ''));
    const from = cited ? Number(attr(cited, 'from')) : undefined;
    const to = cited && /^\d+$/.test(attr(cited, 'to') ?? '') ? Number(attr(cited, 'to')) : from;
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
      // a text that starts mid-page has its first pb at from + 1
      if (edition === '' && from !== undefined && to !== undefined && (number < from || number > Math.max(to, from + 1))) {
        report({ at: n, messageId: 'outsideRange', data: { n: number, from, to } });
      }
    }
  },
};
