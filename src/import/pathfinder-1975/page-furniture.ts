/**
 * Which seed lines are page furniture or scanner garbage rather than text of the book:
 * running heads, bare page numbers at the foot of part-opening pages, cover and library-card
 * OCR, and the entries of the printed index (replaced by the edition's register).
 * The fidelity noise profile drops exactly these lines.
 */

/** Lines of cover, stamp, Internet Archive notice, library card and back-cover codes. */
const GARBAGE_RANGES: [number, number][] = [
  [1, 18], // mirrored spine text and a column of cover fragments
  [25, 30], // Internet Archive digitisation notice (not part of the book)
  [41, 53], // library stamp over the title page
  [180, 180], // "Mier ee", a mark under the contents
  [1223, 1226], // marks at the foot of p. 25 ("od", "ne", "nel")
  [8382, 8411], // library card and due-date slip
  [8423, 8423], // a mark on the back cover
  [8464, 8467], // back-cover codes
];

/** The printed index's entries (the intro sentence and the head stay as text). */
export const INDEX_ENTRIES: [number, number] = [7671, 8380];

const EVEN_HEAD = /^\s*(\d{1,3}) Lenin’s Fight Against Stalinism\s*$/;
const ODD_HEAD =
  /^\s*(?:Introduction|On Lenin’s Testament|Lenin’s Testament|The Bureaucracy|The Monopoly of Foreign Trade|The Nationalities Question|Biographical Notes|Index) (\d{1,3})\s*$/;
const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;

/** Heads and foot numbers the OCR garbled: line → printed page number. */
const GARBLED_FURNITURE: Record<number, { kind: 'head' | 'foot'; page: number }> = {
  3668: { kind: 'head', page: 75 }, // "The Hifredmanaeys T5" = "The Bureaucracy 75"
  3887: { kind: 'foot', page: 79 }, // "19"
  7794: { kind: 'foot', page: 156 }, // foot number inside the index range
};

/** The contents: its page numbers and titles are text, not furniture. */
const CONTENTS: [number, number] = [77, 179];

export type LineKind = 'text' | 'blank' | 'garbage' | 'head' | 'foot' | 'index-entry';

export interface ClassifiedLine {
  kind: LineKind;
  /** The printed page number a running head or foot number carries. */
  page?: number;
}

const inRange = (line: number, [from, to]: [number, number]): boolean => from <= line && line <= to;

export function classifyLine(text: string, lineNumber: number): ClassifiedLine {
  const garbled = GARBLED_FURNITURE[lineNumber];
  if (garbled) return { kind: garbled.kind, page: garbled.page };
  if (GARBAGE_RANGES.some((range) => inRange(lineNumber, range))) return { kind: text.trim() ? 'garbage' : 'blank' };
  const head = inRange(lineNumber, CONTENTS) ? null : (EVEN_HEAD.exec(text) ?? ODD_HEAD.exec(text));
  if (head) return { kind: 'head', page: Number(head[1]) };
  if (inRange(lineNumber, INDEX_ENTRIES)) return { kind: text.trim() ? 'index-entry' : 'blank' };
  if (!text.trim()) return { kind: 'blank' };
  const bare = BARE_NUMBER.exec(text);
  if (bare && !inRange(lineNumber, CONTENTS)) return { kind: 'foot', page: Number(bare[1]) };
  return { kind: 'text' };
}

export function classifyLines(lines: string[]): ClassifiedLine[] {
  return lines.map((text, index) => classifyLine(text, index + 1));
}

/** True for lines the edition does not keep as text (documented in every header). */
export function isNoiseLine(kind: LineKind): boolean {
  return kind === 'garbage' || kind === 'head' || kind === 'foot' || kind === 'index-entry';
}
