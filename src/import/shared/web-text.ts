/**
 * Helpers for web transcriptions: one paragraph per non-empty line, bracketed note markers
 * (`[1]`) replaced by the endnote printed under the text.
 */
import { SeedFormatError } from '../importer.js';
import { markInline, type PersonPattern } from './inline-markup.js';

export interface NoteStyle {
  type: string;
  resp: string;
}

/**
 * The seed's lines. Non-breaking spaces (left by the HTML conversion) become ordinary spaces;
 * every header's normalization statement says so.
 */
export function seedLines(seedText: string): string[] {
  return seedText.split(/\r?\n/).map((line) => line.replace(/\u00a0/g, ' '));
}

/** Endnotes printed as `1. text` lines between `from` and `to` (1-based, inclusive). */
export function parseEndnotes(lines: string[], from: number, to: number): Map<string, string> {
  const notes = new Map<string, string>();
  for (let number = from; number <= to; number++) {
    const match = /^(\d+)\. (.*)$/.exec(lines[number - 1].trim());
    if (match) notes.set(match[1], match[2]);
    else if (lines[number - 1].trim() !== '') {
      throw new SeedFormatError(number, `expected an endnote "N. text", found "${lines[number - 1].trim()}"`);
    }
  }
  return notes;
}

/** Inline markup of one printed line, with its `[n]` markers turned into notes at their anchors. */
export function markLine(
  line: string,
  persons: PersonPattern[],
  notes: Map<string, string> = new Map(),
  style: NoteStyle = { type: 'author', resp: 'per:edition' },
): string {
  const parts = line.trim().split(/ ?\[(\d+)\]/);
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return markInline(part, persons);
      const text = notes.get(part);
      if (text === undefined) throw new SeedFormatError(undefined, `note marker [${part}] has no endnote`);
      return `<note n="${part}" type="${style.type}" resp="${style.resp}" place="end">${markInline(text, persons)}</note>`;
    })
    .join('');
}

/** `<p>` per non-empty line from `from` to `to`. */
export function paragraphs(
  lines: string[],
  from: number,
  to: number,
  mark: (line: string) => string,
  indent = '        ',
): string {
  const result: string[] = [];
  for (let number = from; number <= to; number++) {
    const line = lines[number - 1];
    if (line.trim() !== '') result.push(`${indent}<p>${mark(line)}</p>`);
  }
  return result.join('\n');
}

/** Checks that a seed line reads as expected, so an importer never drafts from the wrong seed. */
export function expectLine(lines: string[], number: number, expected: string): void {
  const actual = (lines[number - 1] ?? '').trim();
  if (!actual.startsWith(expected)) {
    throw new SeedFormatError(number, `expected "${expected}", found "${actual.slice(0, 60)}"`);
  }
}
