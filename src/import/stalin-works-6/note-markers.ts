/**
 * Finds the Institute's note markers in the running text: bare numbers 1–80 set off by spaces
 * ("democracy 2 that", "(B.) 34"). They run in sequence, so each is searched after the previous one;
 * numbers that are part of the text ("68 per cent", "the 46 members") are rejected by their context.
 */

export interface NoteMarker {
  n: number;
  line: number;
  /** Offset of the number in the line, and its length. */
  column: number;
  length: number;
}

/** Words that show a number belongs to the text. */
const QUANTITY_AFTER = /^\s*(per cent|members|delegates|years?|months?|days?|thousand|million|votes|and \d|,\d|\.\d|%)/i;

/** Reviewed exceptions: markers the context rule cannot find or would place wrongly (n → line). */
export const MARKER_LINES = new Map<number, number>([
  [3, 739], // "the document of the 46 3 and": the marker follows a number
  [30, 3584], // "1922 ed. 30 )": the marker follows an abbreviation
  [63, 7977], // "Profintern.63": no space before the marker
]);

export function findNoteMarkers(
  lines: string[],
  lastLine: number,
  count: number,
  reviewedLines: Map<number, number> = MARKER_LINES,
): { markers: NoteMarker[]; unfound: number[] } {
  const markers: NoteMarker[] = [];
  const unfound: number[] = [];
  let line = 1;
  let column = 0;
  for (let n = 1; n <= count; n++) {
    const fixed = reviewedLines.get(n);
    const found = fixed ? findFixed(lines, n, fixed) : findNumber(lines, n, line, column, lastLine);
    if (!found) {
      unfound.push(n);
      continue;
    }
    markers.push(found);
    line = found.line;
    column = found.column + found.length;
  }
  return { markers, unfound };
}

function findNumber(lines: string[], n: number, fromLine: number, fromColumn: number, toLine: number): NoteMarker | undefined {
  const pattern = new RegExp(`(?<=[^\\s\\d][\\s\\u00a0]+)${n}(?![\\d])`, 'g');
  for (let line = fromLine; line <= toLine; line++) {
    const text = lines[line - 1];
    pattern.lastIndex = line === fromLine ? fromColumn : 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const after = text.slice(match.index + match[0].length);
      const before = text.slice(0, match.index);
      if (QUANTITY_AFTER.test(after)) continue;
      // "Vol. 14", "p. 3", "No. 23", "Point 7": a reference number, not a marker.
      if (/(^|[^A-Za-z])(Vol|Vols|p|pp|No|Nos|Point|Part|Art|ed)\.?\s+$/i.test(before)) continue;
      if (/^\s*[a-z]/.test(after) && /\b(the|of|and|in|on|by|for|to)\s+$/i.test(before)) continue;
      return { n, line, column: match.index, length: match[0].length };
    }
  }
  return undefined;
}

/** A reviewed marker line: the number set off by a space or a full stop. */
function findFixed(lines: string[], n: number, line: number): NoteMarker | undefined {
  const match = new RegExp(`(?<=[\\s.])${n}(?![\\d])`).exec(lines[line - 1]);
  return match ? { n, line, column: match.index, length: match[0].length } : undefined;
}
