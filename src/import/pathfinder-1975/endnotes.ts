/**
 * Reads the "Notes to Part …" sections: each note starts with its printed number ("12. "); later
 * paragraphs without a number continue it. The number goes to `@n`; the notes move to their anchors.
 */
import type { BlockItem, LineItem } from './assemble.js';
import type { Block } from './blocks.js';
import { CurationDataError } from './errors.js';

export interface Endnote {
  part: number;
  n: number;
  /** The note's paragraphs, without the printed number. */
  paragraphs: BlockItem[][];
  /** Seed lines of the note (to find who signed it). */
  text: string;
}

const NUMBER = /^(\d{1,2})\.\s+/;

export interface ParsedNotesSection {
  notes: Endnote[];
  /** Page breaks that fall in the notes section (they stay there). */
  pageBreaks: number[];
}

export function parseNotesSection(part: number, blocks: Block[]): ParsedNotesSection {
  const notes: Endnote[] = [];
  const pageBreaks: number[] = [];
  for (const block of blocks.filter((entry) => entry.kind === 'text')) {
    const lines = block.items.filter((item): item is LineItem => item.kind === 'line');
    block.items.forEach((item) => item.kind === 'pb' && pageBreaks.push(item.page));
    const items = block.items.filter((item) => item.kind === 'line');
    if (lines.length === 0) continue;
    const number = NUMBER.exec(lines[0].text);
    if (number) {
      const first = lines[0];
      const stripped: LineItem = { ...first, column: first.column + number[0].length, text: first.text.slice(number[0].length) };
      notes.push({ part, n: Number(number[1]), paragraphs: [[stripped, ...items.slice(1)]], text: lines.map((line) => line.text).join(' ') });
    } else {
      const current = notes.at(-1);
      if (!current) throw new CurationDataError(lines[0].line, `Notes to Part ${part}: text before the first numbered note`);
      current.paragraphs.push(items);
      current.text += ` ${lines.map((line) => line.text).join(' ')}`;
    }
  }
  notes.forEach((note, index) => {
    const line = note.paragraphs[0].find((item): item is LineItem => item.kind === 'line')?.line;
    if (note.n !== index + 1) throw new CurationDataError(line, `Notes to Part ${part}: note ${note.n} found where note ${index + 1} was expected`);
  });
  return { notes, pageBreaks };
}
