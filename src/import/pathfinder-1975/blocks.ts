/**
 * Splits one work's seed lines into blocks: heads, a byline, and paragraphs. The OCR separates
 * printed lines of one paragraph by blank lines at page breaks and sometimes elsewhere; a run of
 * lines continues the previous paragraph when the previous line is full (no paragraph end there).
 */
import type { BlockItem, LineItem } from './assemble.js';
import type { ClassifiedLine } from './page-furniture.js';
import type { PageBreak } from './pages.js';
import type { Work } from './works.js';

export type BlockKind = 'head' | 'byline' | 'section-head' | 'text';

export interface Block {
  kind: BlockKind;
  items: BlockItem[];
}

/** The editor's source line under a document, a postscript and a closing salute start a block of their own, even without a blank line before them. */
const CITATION_START = /^(?:[\[{(]{1,2}(?:Lenin, |Trotsky, |The Trotsky Papers|Trotsky Papers|Leon Trotsky Speaks)|P+S:|(?:Yours|Respectfully yours),)/;

/** A line this long (or longer) is a full printed line: the paragraph goes on after it. */
const FULL_LINE = 50;

export function lineItem(seedLine: string, line: number): LineItem {
  const column = seedLine.length - seedLine.trimStart().length;
  return { kind: 'line', line, column, text: seedLine.trim() };
}

const lineItems = (block: Block): LineItem[] => block.items.filter((item): item is LineItem => item.kind === 'line');

export function blockLines(block: Block): number[] {
  return lineItems(block).map((item) => item.line);
}

export function blockText(block: Block): string {
  return lineItems(block)
    .map((item) => item.text)
    .join(' ');
}

function continuesParagraph(previous: Block, next: LineItem, work: Work): boolean {
  const last = lineItems(previous).at(-1);
  if (!last) return false;
  if (/[-—]$/.test(last.text)) return true;
  if (work.lineByLine) return false;
  if (/^[a-z]/.test(next.text)) return true;
  return last.text.length >= FULL_LINE && !/[.:?!]["”’)\]]?$/.test(last.text);
}

export function splitIntoBlocks(lines: string[], classified: ClassifiedLine[], pageBreaks: PageBreak[], work: Work): Block[] {
  const headGroupOf = new Map<number, { kind: BlockKind; group: number }>();
  work.heads.forEach((group, index) => group.forEach((line) => headGroupOf.set(line, { kind: 'head', group: index })));
  (work.sections ?? []).forEach((group, index) =>
    group.forEach((line) => headGroupOf.set(line, { kind: 'section-head', group: 1000 + index })),
  );
  if (work.byline) headGroupOf.set(work.byline, { kind: 'byline', group: -1 });
  const pagesAt = new Map<number, number[]>();
  for (const pageBreak of pageBreaks) pagesAt.set(pageBreak.line, [...(pagesAt.get(pageBreak.line) ?? []), pageBreak.page]);

  const blocks: Block[] = [];
  let pending: BlockItem[] = [];
  /** Whether the current block may still take lines directly (no blank line since). */
  let open = false;
  let currentGroup: number | undefined;

  for (let line = work.start; line <= work.end; line++) {
    for (const page of pagesAt.get(line) ?? []) pending.push({ kind: 'pb', page });
    const kind = classified[line - 1].kind;
    if (kind !== 'text') {
      if (kind === 'blank' || kind === 'head' || kind === 'foot') open = false;
      continue;
    }
    const item = lineItem(lines[line - 1], line);
    const heading = headGroupOf.get(line);
    const previous = blocks.at(-1);
    if (heading) {
      if (previous && previous.kind === heading.kind && currentGroup === heading.group) for (const pendingItem of [...pending, item]) previous.items.push(pendingItem);
      else blocks.push({ kind: heading.kind, items: [...pending, item] });
      currentGroup = heading.group;
    } else if (previous && previous.kind === 'text' && !CITATION_START.test(item.text) && (open || continuesParagraph(previous, item, work))) {
      for (const pendingItem of [...pending, item]) previous.items.push(pendingItem);
    } else {
      blocks.push({ kind: 'text', items: [...pending, item] });
    }
    if (!heading) currentGroup = undefined;
    pending = [];
    open = true;
  }
  if (pending.length > 0) blocks.push({ kind: 'text', items: pending });
  return blocks;
}
