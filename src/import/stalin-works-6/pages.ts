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
  /** Lines that may not start an inferred page (inside headings etc.) — optional. */
  isNoise: (lineNumber: number) => boolean;
}

const SENTENCE_END = /[.!?:;”"’)]\s*$/;

export function reconstructPages(input: PageInput): { pages: PageStart[]; problems: PageProblem[] } {
  const { lines, firstArabicLine } = input;
  const problems: PageProblem[] = [];
  const candidates = new Set<number>(input.knownStarts.filter((line) => line >= firstArabicLine));
  candidates.add(firstArabicLine);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (line >= firstArabicLine && /^ \S/.test(text)) candidates.add(line);
  });
  let starts = [...candidates].sort((a, b) => a - b);
  const inferred = new Set<number>();
  const anchors = [{ line: firstArabicLine, page: 1, why: 'first page of the works' }, ...input.anchors].sort(
    (a, b) => a.line - b.line,
  );

  for (let i = 1; i < anchors.length; i++) {
    const previous = anchors[i - 1];
    const current = anchors[i];
    const countBetween = () => starts.filter((line) => line > previous.line && line <= current.line).length;
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
  starts.forEach((line, index) => pages.push({ line, n: String(index + 1), inferred: inferred.has(line) }));
  return { pages, problems };
}

/** Spreads `missing` page starts over the text between two anchors, at paragraph starts. */
function placeMissingStarts(
  lines: string[],
  starts: number[],
  fromLine: number,
  toLine: number,
  missing: number,
  isNoise: (lineNumber: number) => boolean,
): number[] {
  const taken = new Set(starts);
  const spanStart = Math.max(...starts.filter((line) => line <= fromLine), fromLine);
  const paragraphStarts: number[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let line = spanStart + 1; line <= toLine; line++) {
    const text = lines[line - 1];
    const previous = lines[line - 2] ?? '';
    total += text.length;
    weights[line] = total;
    if (line > fromLine && !taken.has(line) && text.trim() !== '' && !isNoise(line) &&
        (previous.trim() === '' || SENTENCE_END.test(previous))) {
      paragraphStarts.push(line);
    }
  }
  const placed: number[] = [];
  // Pages between the anchors: the span holds `missing` + existing starts; aim for equal text shares.
  const existing = starts.filter((line) => line > spanStart && line <= toLine).length;
  const pagesInSpan = missing + existing + 1;
  for (let k = 1; k <= missing; k++) {
    const goal = (total * k) / pagesInSpan;
    let best: number | undefined;
    for (const line of paragraphStarts) {
      if (placed.includes(line)) continue;
      if (best === undefined || Math.abs(weights[line] - goal) < Math.abs(weights[best] - goal)) best = line;
    }
    if (best !== undefined) placed.push(best);
  }
  return placed;
}
