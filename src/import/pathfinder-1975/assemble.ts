/**
 * Turns the printed lines of one block (paragraph, head, note …) into one string, remembering for
 * every character the seed line and column it comes from, and where page and line breaks fall.
 */
import { joinLines } from './dehyphenate.js';

export interface LineItem {
  kind: 'line';
  line: number;
  /** 0-based column of `text[0]` in the seed line. */
  column: number;
  text: string;
}

export interface PageBreakItem {
  kind: 'pb';
  page: number;
}

export type BlockItem = LineItem | PageBreakItem;

export interface Milestone {
  offset: number;
  xml: string;
}

export interface AssembledText {
  text: string;
  /** Seed line and column of each character of `text`. */
  origin: { line: number; column: number }[];
  milestones: Milestone[];
  lines: number[];
}

/** Lines shorter than this, inside a block, end with a printed line break (lists, openers, contents). */
const SHORT_LINE = 42;

export function assemble(items: BlockItem[], hyphenatedWords: Set<string>): AssembledText {
  let text = '';
  const origin: AssembledText['origin'] = [];
  const milestones: Milestone[] = [];
  const lines: number[] = [];
  let previous: LineItem | undefined;
  let pendingPages: number[] = [];

  for (const item of items) {
    if (item.kind === 'pb') {
      pendingPages.push(item.page);
      continue;
    }
    if (previous) {
      const joint = joinLines(previous.text, item.text, hyphenatedWords);
      if (joint.dropHyphen) {
        text = text.slice(0, -1);
        origin.pop();
      }
      const shortLine = previous.text.trimEnd().length < SHORT_LINE && joint.separator === ' ';
      // a word split across a page break: the pb sits inside the word (see the hyphenation declaration)
      for (const page of pendingPages) milestones.push({ offset: text.length, xml: `<pb n="${page}"/>` });
      if (shortLine && pendingPages.length === 0) milestones.push({ offset: text.length, xml: '<lb/>' });
      if (joint.separator) {
        text += joint.separator;
        origin.push({ line: item.line, column: -1 });
      }
    } else {
      for (const page of pendingPages) milestones.push({ offset: 0, xml: `<pb n="${page}"/>` });
    }
    pendingPages = [];
    for (let index = 0; index < item.text.length; index++) {
      text += item.text[index];
      origin.push({ line: item.line, column: item.column + index });
    }
    lines.push(item.line);
    previous = item;
  }
  for (const page of pendingPages) milestones.push({ offset: text.length, xml: `<pb n="${page}"/>` });
  return { text, origin, milestones, lines };
}

/** Offset in `assembled.text` of the first character that comes from seed line `line`. */
export function offsetOfLine(assembled: AssembledText, line: number): number {
  return assembled.origin.findIndex((entry) => entry.line === line && entry.column >= 0);
}
