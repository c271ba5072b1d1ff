/**
 * Page reconstruction. The PDF text prints only 17 page numbers; every other page shows itself by
 * its first line starting with one space, or by beginning a new work. The numbering is pinned by
 * anchors — printed page numbers and the notes' "p. N" back-references — and counted between them.
 * Where a stretch between two anchors has fewer visible page starts than pages (pages that begin
 * with a heading or a new paragraph show nothing), the missing starts are placed at the paragraph
 * start nearest to an even share of the stretch's text; those pbs are marked as inferred.
 */

export interface PageStart {
  /** First seed line of the page (1-based). */
  line: number;
  n: string;
  /** Placed by the edition without a visible page start in the seed. */
  inferred: boolean;
  /** A blank page (nothing printed on it). */
  blank?: boolean;
}

export interface PageAnchor {
  line: number;
  page: number;
  why: string;
}

export interface PageProblem {
  message: string;
  line: number;
}

export interface PageInput {
  lines: string[];
  /** The first line of the numbered pages (page 1), and the lines before it with their roman numbers. */
  firstArabicLine: number;
  frontPages: { line: number; n: string }[];
  /** Lines known to start a page (work starts, printed page-number groups). */
  knownStarts: number[];
  anchors: PageAnchor[];
  /** Lines whose page follows a blank page (the verso of a part-title page), reviewed. */
  blankPageBefore: number[];
  /** Lines that start with a space without starting a page (reviewed). */
  notStarts: number[];
  /** Lines that may not start an inferred page (inside headings etc.) — optional. */
  isNoise: (lineNumber: number) => boolean;
}

const SENTENCE_END = /[.!?:;”"’)]\s*$/;

export function reconstructPages(input: PageInput): { pages: PageStart[]; problems: PageProblem[] } {
  const { lines, firstArabicLine } = input;
  const problems: PageProblem[] = [];
  const candidates = new Set<number>(input.knownStarts.filter((line) => line >= firstArabicLine));
  candidates.add(firstArabicLine);
  for (const line of input.blankPageBefore) candidates.add(line);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (line >= firstArabicLine && /^ \S/.test(text) && !input.notStarts.includes(line)) candidates.add(line);
  });
  let starts = [...candidates].sort((a, b) => a - b);
  const inferred = new Set<number>();
  const anchors = [{ line: firstArabicLine, page: 1, why: 'first page of the works' }, ...input.anchors].sort(
    (a, b) => a.line - b.line,
  );

  for (let i = 1; i < anchors.length; i++) {
    const previous = anchors[i - 1];
    const current = anchors[i];
    const countBetween = () =>
      starts.filter((line) => line > previous.line && line <= current.line).length +
      input.blankPageBefore.filter((line) => line > previous.line && line <= current.line).length;
    const needed = current.page - previous.page;
    const have = countBetween();
    if (have === needed) continue;
    if (have > needed) {
      problems.push({
        line: current.line,
        message: `${have} page starts between line ${previous.line} (p. ${previous.page}, ${previous.why}) and line ${current.line} (p. ${current.page}, ${current.why}), but ${needed} pages`,
      });
      continue;
    }
    for (const line of placeMissingStarts(lines, starts, previous.line, current.line, needed - have, input.isNoise)) {
      inferred.add(line);
      starts.push(line);
    }
    starts = [...new Set(starts)].sort((a, b) => a - b);
    if (countBetween() !== needed) {
      problems.push({ line: current.line, message: `could not place ${needed - have} missing page starts before line ${current.line}` });
    }
  }

  const pages: PageStart[] = input.frontPages.map((page) => ({ line: page.line, n: page.n, inferred: false }));
  let page = 0;
  for (const line of starts) {
    if (input.blankPageBefore.includes(line)) pages.push({ line, n: String(++page), inferred: false, blank: true });
    pages.push({ line, n: String(++page), inferred: inferred.has(line) });
  }
  return { pages, problems };
}

/**
 * Places `missing` page starts between two anchors: each goes into the longest stretch of text
 * without a page start, at the paragraph start nearest to the stretch's middle.
 */
function placeMissingStarts(
  lines: string[],
  starts: number[],
  fromLine: number,
  toLine: number,
  missing: number,
  isNoise: (lineNumber: number) => boolean,
): number[] {
  const spanStart = Math.max(...starts.filter((line) => line <= fromLine), 1);
  const boundaries = starts.filter((line) => line > spanStart && line <= toLine);
  const isParagraphStart = (line: number) => {
    const text = lines[line - 1];
    const previous = lines[line - 2] ?? '';
    return text.trim() !== '' && !isNoise(line) && (previous.trim() === '' || SENTENCE_END.test(previous));
  };
  const placed: number[] = [];
  for (let k = 0; k < missing; k++) {
    const edges = [spanStart, ...[...boundaries, ...placed].sort((a, b) => a - b), toLine + 1];
    let best: { line: number; size: number } | undefined;
    for (let e = 0; e + 1 < edges.length; e++) {
      const [from, to] = [edges[e], edges[e + 1]];
      let size = 0;
      for (let line = from; line < to; line++) size += lines[line - 1].length;
      // The new start must lie after the first anchor's line (that line is on the earlier page).
      let middle = 0;
      let bestLine: number | undefined;
      for (let line = from, sum = 0; line < to; line++) {
        sum += lines[line - 1].length;
        if (line <= fromLine || line === from || !isParagraphStart(line)) continue;
        const distance = Math.abs(sum - size / 2);
        if (bestLine === undefined || distance < middle) {
          bestLine = line;
          middle = distance;
        }
      }
      if (bestLine !== undefined && (!best || size > best.size)) best = { line: bestLine, size };
    }
    if (!best) break;
    placed.push(best.line);
  }
  return placed;
}
