import { attr, attribute, elementsNamed } from '../../../xml/model.js';
import type { Rule } from '../../rule.js';

/**
 * Numbered notes of one kind (same @place, whoever wrote them) run 1, 2, 3 … in document order; a note
 * numbered 1 starts a new sequence (notes restart per chapter). A number the source really skips
 * is declared where the note would be: <gap reason="missing-note" n="80"/> (n may be "80-82").
 */
export const noteSequence: Rule = {
  id: 'note-sequence',
  meta: {
    description: 'Note numbers (@n) within a sequence (same @place) are continuous: no gaps (unless declared with gap[@reason="missing-note"]), no duplicates, no steps back.',
    severity: 'error',
    profile: 'edition',
    docs: 'src/lint/rules/note-sequence/README.md',
  },
  messages: {
    gap: 'Note {n} follows note {previous}: {missing} missing',
    duplicate: 'Note number {n} repeats',
    backwards: 'Note {n} follows note {previous}',
  },
  check({ document, report }) {
    const declaredMissing = new Set<number>();
    for (const gap of elementsNamed(document, 'gap')) {
      if (attr(gap, 'reason') !== 'missing-note') continue;
      for (const part of (attr(gap, 'n') ?? '').split(/\s+/)) {
        const range = /^(\d+)(?:[-–](\d+))?$/.exec(part);
        if (!range) continue;
        for (let n = Number(range[1]); n <= Number(range[2] ?? range[1]) && n - Number(range[1]) < 10000; n++) declaredMissing.add(n);
      }
    }
    const previousBySequence = new Map<string, number>();
    for (const note of elementsNamed(document, 'note')) {
      const n = attribute(note, 'n');
      if (!n || !/^\d+$/.test(n.value.trim())) continue;
      const number = Number(n.value.trim());
      // endnotes of the author and of the editors share one numbering in print: sequence by place only
      const sequence = attr(note, 'place') ?? '';
      const previous = previousBySequence.get(sequence);
      previousBySequence.set(sequence, number);
      if (previous === undefined || number === previous + 1 || number === 1) continue;
      if (number === previous) {
        report({ at: n, messageId: 'duplicate', data: { n: number } });
      } else if (number < previous) {
        report({ at: n, messageId: 'backwards', data: { n: number, previous } });
      } else {
        const missing: number[] = [];
        for (let k = previous + 1; k < number && missing.length < 50; k++) if (!declaredMissing.has(k)) missing.push(k);
        if (missing.length) {
          report({
            at: n,
            messageId: 'gap',
            data: { n: number, previous, missing: missing.join(', ') },
            hint: 'If the source really skips the number, declare it: <gap reason="missing-note" n="…"/>.',
          });
        }
      }
    }
  },
};
