/**
 * The Institute's numbered endnotes (seed lines 10956–11669). Their layout is irregular — number
 * lines missing, back-references displaced, the watermark in between — so the seed lines of each
 * note are reviewed data; the code only reads them.
 */

/** Note number → first and last seed line of its text (number lines and blank lines are skipped). */
const NOTE_LINES: [number, number, number][] = [
  [1, 10960, 10973], [2, 10977, 10989], [3, 10992, 10995], [4, 10999, 11010], [5, 11014, 11017],
  [6, 11021, 11024], [7, 11028, 11030], [8, 11034, 11037], [9, 11038, 11057], [10, 11058, 11064],
  [11, 11068, 11070], [12, 11074, 11078], [13, 11081, 11085], [14, 11089, 11103], [15, 11107, 11113],
  [16, 11117, 11118], [17, 11121, 11125], [18, 11129, 11132], [19, 11136, 11138], [20, 11142, 11145],
  [21, 11149, 11155], [22, 11159, 11162], [23, 11166, 11168], [24, 11172, 11173], [25, 11176, 11181],
  [26, 11184, 11186], [27, 11190, 11196], [28, 11200, 11204], [29, 11208, 11210], [30, 11214, 11217],
  [31, 11221, 11223], [32, 11227, 11230], [33, 11234, 11240], [34, 11244, 11269], [35, 11272, 11285],
  [36, 11288, 11294], [37, 11298, 11312], [38, 11316, 11320], [39, 11323, 11332], [40, 11336, 11341],
  [41, 11345, 11346], [42, 11350, 11352], [43, 11356, 11363], [44, 11366, 11372], [45, 11376, 11377],
  [46, 11381, 11384], [47, 11388, 11391], [48, 11395, 11398], [49, 11402, 11405], [50, 11409, 11412],
  [51, 11416, 11419], [52, 11423, 11439], [53, 11443, 11450], [54, 11453, 11458], [55, 11459, 11465],
  [56, 11469, 11481], [57, 11484, 11487], [58, 11491, 11493], [59, 11497, 11501], [60, 11505, 11513],
  [61, 11516, 11525], [62, 11529, 11549], [63, 11552, 11554], [64, 11558, 11566], [65, 11570, 11574],
  [66, 11578, 11591], [67, 11594, 11598], [68, 11602, 11603], [69, 11606, 11614], [70, 11618, 11631],
  [71, 11632, 11632], [72, 11633, 11637], [73, 11638, 11641], [74, 11645, 11645], [75, 11646, 11648],
  [76, 11649, 11658], [79, 11659, 11669],
];

/** Notes whose markers stand in the text but whose texts the seed does not have. */
export const MISSING_NOTES = [77, 78, 80];

/**
 * Lines printed inside another note's text that belong elsewhere: a back-reference printed after the
 * next note (line → the note it belongs to), and note 54's number printed before note 53's text.
 */
export const DISPLACED_LINES = new Map<number, { owner: number; what: string }>([
  [11181, { owner: 24, what: 'back-reference of note 24' }],
  [11626, { owner: 68, what: 'back-reference of note 68' }],
  [11443, { owner: 54, what: 'number of note 54' }],
]);

export const NOTES_COUNT = 80;
const BACK_REFERENCE = /^\s*p\.\s*(\d+)\s*$/;
const NUMBER_LINE = /^\s*\d{1,2}\s*$/;

export interface EndnoteLine {
  line: number;
  text: string;
  /** A displaced line: kept where printed, as a deletion (sic with an empty corr). */
  displaced?: { owner: number; what: string };
}

export interface Endnote {
  n: number;
  lines: EndnoteLine[];
  /** The printed "p. N" (possibly printed elsewhere; see DISPLACED_LINES). */
  page?: number;
  backReferenceLine?: number;
}

export function readEndnotes(lines: string[], isNoise: (lineNumber: number) => boolean): Map<number, Endnote> {
  const notes = new Map<number, Endnote>();
  for (const [n, from, to] of NOTE_LINES) {
    const note: Endnote = { n, lines: [] };
    for (let lineNumber = from; lineNumber <= to; lineNumber++) {
      const text = lines[lineNumber - 1];
      if (isNoise(lineNumber) || text.trim() === '') continue;
      const displaced = DISPLACED_LINES.get(lineNumber);
      if (displaced) {
        note.lines.push({ line: lineNumber, text, displaced });
        continue;
      }
      if (NUMBER_LINE.test(text)) continue;
      const backReference = BACK_REFERENCE.exec(text);
      if (backReference) {
        note.page = Number(backReference[1]);
        note.backReferenceLine = lineNumber;
      }
      note.lines.push({ line: lineNumber, text });
    }
    notes.set(n, note);
  }
  for (const [lineNumber, { owner }] of DISPLACED_LINES) {
    const match = BACK_REFERENCE.exec(lines[lineNumber - 1]);
    const note = notes.get(owner);
    if (match && note) {
      note.page = Number(match[1]);
      note.backReferenceLine = lineNumber;
    }
  }
  return notes;
}

export function isBackReferenceLine(text: string): boolean {
  return BACK_REFERENCE.test(text);
}
