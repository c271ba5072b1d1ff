/**
 * Recovers the printed page breaks from the running heads and bare foot numbers.
 * A running head starts its page; a foot number ends a page that opens a part or a piece, so that
 * page starts where the work printed first on it starts (or right after the previous anchor).
 */
import type { ClassifiedLine } from './page-furniture.js';
import type { Work } from './works.js';
import { CurationDataError } from './errors.js';

export interface PageBreak {
  page: number;
  /** The seed line before whose text the `pb` goes. */
  line: number;
}


export function recoverPageBreaks(classified: ClassifiedLine[], works: Work[]): PageBreak[] {
  const breaks: PageBreak[] = [];
  let previousAnchor = 0;
  classified.forEach((entry, index) => {
    const line = index + 1;
    if (entry.kind === 'head' && entry.page !== undefined) {
      breaks.push({ page: entry.page, line });
      previousAnchor = line;
    } else if (entry.kind === 'foot' && entry.page !== undefined) {
      const openingLine = works
        .filter((work) => work.pages[0] === entry.page)
        .map((work) => firstTextLine(classified, work.start))
        .find((start) => start > previousAnchor && start < line);
      breaks.push({ page: entry.page, line: openingLine ?? previousAnchor + 1 });
      previousAnchor = line;
    }
  });
  breaks.sort((a, b) => a.line - b.line);
  breaks.forEach((pageBreak, index) => {
    const previous = breaks[index - 1];
    if (previous && pageBreak.page !== previous.page + 1) {
      throw new CurationDataError(
        pageBreak.line,
        `page ${pageBreak.page} follows page ${previous.page} (line ${previous.line}); a running head or foot number was missed or misread`,
      );
    }
  });
  return breaks;
}

/** The first line of text at or after `line` (a work's range may begin with blank lines and furniture). */
function firstTextLine(classified: ClassifiedLine[], line: number): number {
  let current = line;
  while (current <= classified.length && classified[current - 1].kind !== 'text') current++;
  return current;
}
