/**
 * Arranges a work's blocks into the TEI structure printed: heads and byline, an opener for letters,
 * paragraphs, sections, and at the end closers (salute, signature, dateline, "Taken down by …"),
 * postscripts and the editor's source line.
 */
import type { BlockItem, LineItem } from './assemble.js';
import { blockText, type Block } from './blocks.js';
import { PERSON_NAMES } from './person-names.js';
import type { Work } from './works.js';

export interface Renderer {
  inline(items: BlockItem[], options?: { sourceLine?: boolean }): string;
}

/** The body of the work, and its back: the editor's source line printed under the document. */
export interface ArrangedWork {
  body: string;
  back: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_ONLY = new RegExp(`^[\\[(]?${MONTH} \\d{1,2}(?:, ?\\d{4})?(?: ?\\[\\d{4}\\])?\\.?[\\])]?(?: Š)?$`);
const DATE_THEN_NAME = new RegExp(`^([\\[(]?${MONTH} \\d{1,2}, ?\\d{4}[\\])]?) (.+)$`);
const CLOSING_SALUTE = /^(Yours|Respectfully yours|With (?:best )?(?:comradely |communist )?greetings)[^]*?,/;
const DICTATION = /^(?:Taken down by|Dictated to) (M\. ?V\.|L\. ?F\.)/;
const POSTSCRIPT = /^P+S:/;
const SOURCE_LINE = /^[\[{(]+.*(?:Collected Works|Sochineniya|Trotsky Papers|Trotsky Speaks|Stalin School|Pokolenie)/;
const OPENING_SALUTE = /(?:^(?:Dear )?Comrades?\b.*|^Val):$/;
const SHORT = 50;

const PERSON_SIGNATURE = new RegExp(
  `^(?:${Object.values(PERSON_NAMES)
    .flat()
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?: \\((?:Lenin)\\))?\\S{0,2}$`,
);

const lineItemsOf = (items: BlockItem[]): LineItem[] => items.filter((item): item is LineItem => item.kind === 'line');
const leadingPageBreaks = (items: BlockItem[]): string =>
  items
    .slice(0, items.findIndex((item) => item.kind === 'line') < 0 ? items.length : items.findIndex((item) => item.kind === 'line'))
    .map((item) => (item.kind === 'pb' ? `<pb n="${item.page}"/>` : ''))
    .join('');
const withoutLeadingPageBreaks = (items: BlockItem[]): BlockItem[] => {
  const first = items.findIndex((item) => item.kind === 'line');
  return first < 0 ? [] : items.slice(first);
};

type CloserLine = 'dateline' | 'date-signed' | 'salute' | 'dictation' | 'signed' | 'postscript';

function closerLineKind(text: string): CloserLine | undefined {
  if (DICTATION.test(text)) return 'dictation';
  if (DATE_ONLY.test(text)) return 'dateline';
  if (DATE_THEN_NAME.test(text) && PERSON_SIGNATURE.test(DATE_THEN_NAME.exec(text)![2])) return 'date-signed';
  if (CLOSING_SALUTE.test(text)) return 'salute';
  if (PERSON_SIGNATURE.test(text)) return 'signed';
  return undefined;
}

function isCloserBlock(block: Block): boolean {
  const lines = lineItemsOf(block.items);
  return block.kind === 'text' && lines.length > 0 && lines.every((line) => closerLineKind(line.text) !== undefined);
}

const isPostscript = (block: Block): boolean => block.kind === 'text' && POSTSCRIPT.test(lineItemsOf(block.items)[0]?.text ?? '');
const isSourceLine = (block: Block, work: Work): boolean =>
  block.kind === 'text' && SOURCE_LINE.test(blockText(block)) && work.type !== 'notes';
const isDateOnly = (block: Block): boolean => {
  const lines = lineItemsOf(block.items);
  return block.kind === 'text' && lines.length === 1 && DATE_ONLY.test(lines[0].text);
};
const isShortBlock = (block: Block): boolean => block.kind === 'text' && lineItemsOf(block.items).every((line) => line.text.length < SHORT);

/** Splits one printed line into two at `at` characters (for "Yours, Lenin", "[April 19, 1922] L. Trotsky"). */
function splitLine(line: LineItem, at: number): [LineItem, LineItem] {
  const rest = line.text.slice(at);
  const skipped = rest.length - rest.trimStart().length;
  return [
    { ...line, text: line.text.slice(0, at).trimEnd() },
    { ...line, column: line.column + at + skipped, text: rest.trimStart() },
  ];
}

function renderCloserLines(items: BlockItem[], renderer: Renderer): string {
  let out = '';
  let pending: BlockItem[] = [];
  for (const item of items) {
    if (item.kind === 'pb') {
      pending.push(item);
      continue;
    }
    const kind = closerLineKind(item.text)!;
    const one = (element: string, lineItem: LineItem, attributes = ''): string =>
      `<${element}${attributes}>${renderer.inline([...pending, lineItem])}</${element}>`;
    if (kind === 'dateline') out += one('dateline', item);
    else if (kind === 'signed') out += one('signed', item);
    else if (kind === 'dictation') {
      // kept as text of the closer: a note here would be taken out of the running text for nothing
      out += `<lb/>${renderer.inline([...pending, item])}<lb/>`;
    } else if (kind === 'date-signed') {
      const [date, name] = splitLine(item, DATE_THEN_NAME.exec(item.text)![1].length);
      out += one('dateline', date) + `<signed>${renderer.inline([name])}</signed>`;
    } else {
      const salute = CLOSING_SALUTE.exec(item.text)![0];
      if (salute.length < item.text.length && PERSON_SIGNATURE.test(item.text.slice(salute.length).trim())) {
        const [greeting, name] = splitLine(item, salute.length);
        out += one('salute', greeting) + `<signed>${renderer.inline([name])}</signed>`;
      } else out += one('salute', item);
    }
    pending = [];
  }
  return out;
}

function renderOpener(blocks: Block[], renderer: Renderer): string {
  const parts: string[] = [];
  for (const block of blocks) {
    let pending: BlockItem[] = [];
    for (const item of block.items) {
      if (item.kind === 'pb') {
        pending.push(item);
        continue;
      }
      if (DATE_ONLY.test(item.text)) parts.push(`<dateline>${renderer.inline([...pending, item])}</dateline>`);
      else if (OPENING_SALUTE.test(item.text)) parts.push(`<salute>${renderer.inline([...pending, item])}</salute>`);
      else parts.push(`<seg>${renderer.inline([...pending, item])}</seg><lb/>`);
      pending = [];
    }
  }
  return `<opener>${parts.join('')}</opener>`;
}

function renderParagraph(block: Block, renderer: Renderer): string {
  const items = withoutLeadingPageBreaks(block.items);
  if (items.length === 0) return leadingPageBreaks(block.items);
  return `${leadingPageBreaks(block.items)}<p>${renderer.inline(items)}</p>`;
}

/** The seed line range (of a quotation, a list) a block starts in, if any. */
function rangeOf(block: Block, ranges: [number, number][] | undefined): [number, number] | undefined {
  const first = lineItemsOf(block.items)[0]?.line;
  return first === undefined ? undefined : ranges?.find(([from, to]) => from <= first && first <= to);
}

const quoteOf = (block: Block, work: Work): [number, number] | undefined => rangeOf(block, work.quotes);

/** The trailing blocks of a div that belong to its bottom (closer, postscript). */
function trailingZone(blocks: Block[]): number {
  let start = blocks.length;
  while (start > 0 && (isCloserBlock(blocks[start - 1]) || isPostscript(blocks[start - 1]))) start--;
  // a trailing zone must hold a closer, not only a postscript
  return blocks.slice(start).some(isCloserBlock) ? start : blocks.length;
}

function renderBottom(blocks: Block[], renderer: Renderer): string {
  let out = '';
  for (const block of blocks) {
    const page = leadingPageBreaks(block.items);
    const items = withoutLeadingPageBreaks(block.items);
    if (isPostscript(block)) out += `${page}<postscript><p>${renderer.inline(items)}</p></postscript>`;
    else out += `${page}<closer>${renderCloserLines(items, renderer)}</closer>`;
  }
  return out;
}

/** Datelines straight after the heads, then (letters) an opener, then paragraphs, then the bottom. */
function renderDivContent(blocks: Block[], work: Work, renderer: Renderer, letterLike: boolean): string {
  let index = 0;
  let out = '';
  const bottomStart = trailingZone(blocks);
  if (letterLike) {
    let end = index;
    while (end < bottomStart - 1 && isShortBlock(blocks[end])) end++;
    if (end > index) {
      out += leadingPageBreaks(blocks[index].items) + renderOpener(blocks.slice(index, end).map((block) => ({ ...block, items: withoutLeadingPageBreaks(block.items) })), renderer);
      index = end;
    }
  } else {
    while (index < bottomStart && isDateOnly(blocks[index])) {
      out += `${leadingPageBreaks(blocks[index].items)}<dateline>${renderer.inline(withoutLeadingPageBreaks(blocks[index].items))}</dateline>`;
      index++;
    }
  }
  while (index < bottomStart) {
    const list = rangeOf(blocks[index], work.lists);
    if (list) {
      let items = '';
      while (index < bottomStart && rangeOf(blocks[index], work.lists) === list) {
        const block = blocks[index++];
        items += `${leadingPageBreaks(block.items)}<item>${renderer.inline(withoutLeadingPageBreaks(block.items))}</item>`;
      }
      out += `<list>${items}</list>`;
      continue;
    }
    const quote = quoteOf(blocks[index], work);
    if (!quote) {
      out += renderParagraph(blocks[index++], renderer);
      continue;
    }
    // consecutive paragraphs of one block quotation
    let quoted = '';
    while (index < bottomStart && quoteOf(blocks[index], work) === quote) quoted += renderParagraph(blocks[index++], renderer);
    out += `<quote>${quoted}</quote>`;
  }
  return out + renderBottom(blocks.slice(bottomStart), renderer);
}

export function arrangeBody(work: Work, blocks: Block[], renderer: Renderer, extraAfterHeads = ''): ArrangedWork {
  const letterLike = work.type === 'letter' || work.type === 'memorandum';
  let out = '';
  let index = 0;
  // datelines printed above the title ("Trotsky: January 15, 1923", "December 12, 1922")
  const firstHead = blocks.findIndex((block) => block.kind === 'head');
  for (; index < firstHead; index++) {
    out += `${leadingPageBreaks(blocks[index].items)}<dateline>${renderer.inline(withoutLeadingPageBreaks(blocks[index].items))}</dateline>`;
  }
  while (index < blocks.length && (blocks[index].kind === 'head' || blocks[index].kind === 'byline')) {
    const element = blocks[index].kind === 'head' ? 'head' : 'byline';
    out += `${leadingPageBreaks(blocks[index].items)}<${element}>${renderer.inline(withoutLeadingPageBreaks(blocks[index].items))}</${element}>`;
    index++;
  }
  out += extraAfterHeads;
  let rest = blocks.slice(index);
  // the editor's source line closes the work
  let sourceNote = '';
  const last = rest.at(-1);
  if (last && isSourceLine(last, work)) {
    sourceNote = `${leadingPageBreaks(last.items)}<bibl type="source">${renderer.inline(withoutLeadingPageBreaks(last.items), { sourceLine: true })}</bibl>`;
    rest = rest.slice(0, -1);
  }
  const firstSection = rest.findIndex((block) => block.kind === 'section-head');
  if (firstSection < 0) return { body: out + renderDivContent(rest, work, renderer, letterLike), back: sourceNote };

  // paragraphs before the first section, then one div per section; the work's bottom follows the sections
  const beforeSections = rest.slice(0, firstSection);
  const preamble = renderDivContent(beforeSections, work, renderer, letterLike);
  // an instalment that ends with its own closer cannot be followed by sections in the same div
  const endsWithBottom = trailingZone(beforeSections) < beforeSections.length;
  out += endsWithBottom ? `<div type="section">${preamble}</div>` : preamble;
  const afterSections = rest.slice(firstSection);
  const bottomStart = trailingZone(afterSections);
  const sectioned = afterSections.slice(0, bottomStart);
  let sectionStart = 0;
  for (let position = 1; position <= sectioned.length; position++) {
    if (position === sectioned.length || sectioned[position].kind === 'section-head') {
      const [head, ...body] = sectioned.slice(sectionStart, position);
      const headXml = `${leadingPageBreaks(head.items)}<head>${renderer.inline(withoutLeadingPageBreaks(head.items))}</head>`;
      out += `<div type="section">${headXml}${renderDivContent(body, work, renderer, false)}</div>`;
      sectionStart = position;
    }
  }
  return { body: out + renderBottom(afterSections.slice(bottomStart), renderer), back: sourceNote };
}

