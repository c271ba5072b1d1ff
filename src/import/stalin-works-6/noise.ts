/**
 * The seed's noise (catalogued in ../shared/corpus/noise.md §2): what the PDF printed around the
 * text and what the digital edition added. Shared by the importer and the fidelity noise profile,
 * so the two always drop the same thing.
 */

/** Lines holding only a printed page number, with the page they show. */
export const PAGE_NUMBER_LINES = new Map<number, number>([
  [130, 6], [2241, 87], [2293, 89], [2580, 100], [3358, 130], [3544, 137], [4374, 169], [6184, 238],
  [6832, 262], [8371, 323], [8599, 332], [9193, 356], [9299, 360], [9415, 364], [9472, 366],
  [9536, 368], [11851, 443],
]);

/** Running heads: the author's name (even pages) and the work's title (odd pages). */
export const RUNNING_HEAD_LINES = new Set([
  20, 132, 2239, 2291, 2582, 3360, 3542, 4372, 6186, 6834, 8369, 8601, 9195, 9301, 9417, 9474, 9538, 11849,
]);

/** Garbage between the Preface and the first work. */
export const GARBAGE_LINES = new Set([45]);

/** The digital edition's watermark "FROM MARX TO MAO — NOT FOR COMMERCIAL DISTRIBUTION". */
const WATERMARK_LINE = /^(FROM MARX|TO MAO|TO|MAO|NOT FOR|COMMERCIAL|DISTRIBUTION)$/;
/** The one place where the watermark cut into a word ("JanuCOMMERCIAL / ary"). */
export const WATERMARK_IN_WORD = { line: 11455, text: 'COMMERCIAL' };

export function isWatermarkLine(line: string): boolean {
  return WATERMARK_LINE.test(line.trim());
}

/** Is the whole line noise? (line numbers are 1-based) */
export function isNoiseLine(line: string, lineNumber: number): boolean {
  return (
    PAGE_NUMBER_LINES.has(lineNumber) ||
    RUNNING_HEAD_LINES.has(lineNumber) ||
    GARBAGE_LINES.has(lineNumber) ||
    isWatermarkLine(line)
  );
}

/** The line with noise spans cut out ('' for a noise line). */
export function cleanLine(line: string, lineNumber: number): string {
  if (isNoiseLine(line, lineNumber)) return '';
  if (lineNumber === WATERMARK_IN_WORD.line) return line.replace(WATERMARK_IN_WORD.text, '');
  return line;
}

/** What the headers' normalization statement says was dropped. */
export const NOISE_DESCRIPTION =
  'The PDF text’s running heads (“J. V. S T A L I N” and the work titles on odd pages), the 17 printed page ' +
  'numbers (recorded as pb/@n instead), the garbage line “!(@$” after the Preface and the digital edition’s ' +
  'watermark “FROM MARX TO MAO — NOT FOR COMMERCIAL DISTRIBUTION” (also where it cut into the word “Janu-ary”) ' +
  'are dropped. Letter-spaced lines are rejoined into words: the converter spaced out the letters of justified lines, ' +
  'mostly from inside a word to the end of the line — an artefact, not the book’s typography. Whole words letter-spaced ' +
  'inside a normally set line (the emphasis of a quotation) and the display lines of the dedication and a signature ' +
  'are the book’s letter-spacing and are encoded as hi rend="letter-spaced". The italics that the “My italics.—J. St.” ' +
  'notes refer to are not in the PDF text and are not restored. Dates printed before the calendar changeover of ' +
  '1918-02-14 are Old Style, as the Institute prints them (@when Gregorian, the printed value in @when-custom), ' +
  'except those of events abroad (calendar src:gregorian); dates printed without a year take it from their context ' +
  '(cert="medium", "low" where the text itself hesitates). Line-end hyphens left by the converter at page ends are removed; ' +
  'words split by a footnote pasted into them at a page break (“capi-talism”, “prole-tarian”, “revolu-tion”) are joined.';
