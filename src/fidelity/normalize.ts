/**
 * The fidelity comparison ignores case, spacing, hyphenation, quotes and punctuation: both sides
 * are reduced to their letters and digits, lower-cased.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Normalises one string (a TEI text node, a note number). */
export function normalizeText(text: string): string {
  let result = '';
  for (const char of text.toLowerCase()) {
    if (LETTER_OR_DIGIT.test(char)) result += char;
  }
  return result;
}

/** The normalised source, with the 1-based seed line and column of every UTF-16 unit of `chars`. */
export interface SourceStream {
  chars: string;
  lineOf: Int32Array;
  columnOf: Int32Array;
}

export function normalizeLines(lines: string[]): SourceStream {
  const parts: string[] = [];
  const lineNumbers: number[] = [];
  const columns: number[] = [];
  lines.forEach((line, index) => {
    let column = 0;
    for (const char of line) {
      const normalized = normalizeText(char);
      parts.push(normalized);
      for (let unit = 0; unit < normalized.length; unit++) {
        lineNumbers.push(index + 1);
        columns.push(column + 1);
      }
      column += char.length;
    }
  });
  return { chars: parts.join(''), lineOf: Int32Array.from(lineNumbers), columnOf: Int32Array.from(columns) };
}
