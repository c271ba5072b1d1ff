/**
 * Turns the lines of a work into TEI structure: headings, paragraphs, closers, with a pb at the
 * start of every page. Paragraph ends are not marked in the PDF text; a new paragraph is assumed
 * after a blank line, before a numbered point, and after a short line that ends a sentence (never
 * at a page start with a leading space, which continues the paragraph of the previous page — unless a
 * numbered point begins there — nor
 * before a line that begins in lower case).
 */
import { parseRomanDateline } from './dates.js';
import { dateElement, isPlaceholderOnly, render, type TagOptions } from './inline.js';
import { isNoiseLine } from './noise.js';
import { pageId, repairLine, type Volume } from './volume.js';
import type { DateValue } from './works.js';
import { escapeXml } from './xml.js';

const SHORT_LINE = 50;
const SENTENCE_END = /[.!?:”)]\s*$/;
const LIST_ITEM = /^\s*(\d{1,2}\)|[a-i]\)|\d\.\s)/;

export interface BlockOptions {
  documentId: string;
  /** Capitalised lines that are text, not headings. */
  notHeadings: [number, number][];
  tag: TagOptions;
}

export class BodyWriter {
  constructor(
    private readonly volume: Volume,
    private readonly options: BlockOptions,
  ) {}

  private readonly emittedPages = new Set<string>();

  /** pb elements for pages that start on `line`. */
  pagesAt(line: number): string {
    return this.volume.pages
      .filter((page) => page.line === line && !this.emittedPages.has(page.n))
      .map((page) => {
        this.emittedPages.add(page.n);
        // Front-matter numbers (the Preface's v–vi) are the edition's: the seed shows none.
        const front = /^[ivx]+$/.test(page.n) ? ' resp="per:edition" cert="low"' : '';
        const extra = page.blank ? ' type="blank"' : page.inferred ? ' resp="per:edition" cert="medium" type="inferred"' : front;
        return `<pb xml:id="${pageId(this.options.documentId, page.n)}" n="${page.n}"${extra}/>`;
      })
      .join('');
  }

  /** pbs for every page that starts within the lines (for lines whose text went elsewhere). */
  pagesWithin(from: number, to: number): string {
    let result = '';
    for (let line = from; line <= to; line++) result += this.pagesAt(line);
    return result;
  }

  /** Lines' running text joined into one string (placeholders kept), with pbs where pages start. */
  joinLines(lines: number[]): string {
    const { volume } = this;
    let result = '';
    let lastTextLine: number | undefined;
    for (const line of lines) {
      const pb = this.pagesAt(line);
      const text = repairLine(volume.text[line], volume.lexicon).trim();
      if (!text) {
        result += pb ? volume.insertions.put(pb) : '';
        continue;
      }
      const previousLine = lastTextLine;
      lastTextLine = line;
      if (!result.trim()) {
        result += (pb ? volume.insertions.put(pb) : '') + text;
        continue;
      }
      const hyphenBreak = /\p{L}-$/u.test(result);
      if (hyphenBreak || (previousLine !== undefined && volume.joinWithoutSpace.has(previousLine))) {
        const firstWord = /^[\p{L}’']+/u.exec(text)?.[0] ?? '';
        if (hyphenBreak) {
          const broken = /[\p{L}’']+-$/u.exec(result)?.[0] ?? '';
          const keepHyphen = this.volume.lexicon.cost(broken + firstWord) === undefined && !!firstWord && /^\p{Lu}/u.test(firstWord);
          if (!keepHyphen) result = result.slice(0, -1);
        }
        // A pb would split the word: it goes after it.
        result += firstWord + (pb ? volume.insertions.put(pb) : '') + text.slice(firstWord.length);
        continue;
      }
      const glue = /—$/.test(result) ? '' : ' ';
      result += glue + (pb ? volume.insertions.put(pb) : '') + text;
    }
    return result;
  }

  isHeadingLine(line: number): boolean {
    if (this.options.notHeadings.some(([from, to]) => line >= from && line <= to)) return false;
    const text = this.volume.text[line].replace(/\uE000\d+\uE001/g, '').trim();
    if (/^[IVX]{1,4}$/.test(text)) return true;
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 3 && letters === letters.toUpperCase();
  }

  /** Paragraphs and headings of a run of body lines, as TEI; headings open section divs. */
  body(from: number, to: number): string {
    const blocks: { kind: 'head' | 'p'; lines: number[]; caps?: boolean }[] = [];
    let current: { kind: 'head' | 'p'; lines: number[]; caps?: boolean } | undefined;
    for (let line = from; line <= to; line++) {
      const raw = this.volume.raw[line];
      const text = this.volume.text[line];
      if (text.trim() === '' && !this.volume.removed.has(line) && !this.hasPage(line)) {
        // Blank lines around a page number or running head are page furniture, not a paragraph end.
        if (!this.besideNoise(line) && !isNoiseLine(raw, line)) current = undefined;
        continue;
      }
      if (text.trim() === '') {
        current?.lines.push(line);
        if (!current) blocks.push((current = { kind: 'p', lines: [line] }));
        continue;
      }
      const kind = this.isHeadingLine(line) ? 'head' : 'p';
      // Capitalised passages (the vows, the dedication, a greeting) are paragraphs of their own.
      const capsRange = this.options.notHeadings.find(([first]) => first === line);
      const afterCaps = this.options.notHeadings.some(([, last]) => last === line - 1);
      if (kind === 'p' && (capsRange || afterCaps)) {
        blocks.push((current = { kind, lines: [line], caps: Boolean(capsRange) }));
        continue;
      }
      const previous = this.previousTextLine(line, from);
      const continuesPage = /^ \S/.test(raw);
      const startsParagraph =
        !current ||
        current.kind !== kind ||
        (kind === 'p' &&
          (LIST_ITEM.test(text) ||
            (previous !== undefined &&
              !continuesPage &&
              !/^\s*\p{Ll}/u.test(text) &&
              SENTENCE_END.test(this.volume.raw[previous]) &&
              this.volume.raw[previous].trim().length < SHORT_LINE)));
      if (startsParagraph) blocks.push((current = { kind, lines: [line] }));
      else current!.lines.push(line);
    }
    let xml = '';
    let inSection = false;
    for (const block of blocks) {
      // A chapter number printed on its own line ("II" / "METHOD") stays on its own line.
      const numberLine = block.kind === 'head' && block.lines.length > 1 && /^\s*[IVX]{1,4}\s*$/.test(this.volume.text[block.lines[0]]);
      const content = numberLine
        ? `${this.joinLines(block.lines.slice(0, 1))}${this.volume.insertions.put('<lb/>')}${this.joinLines(block.lines.slice(1))}`
        : this.joinLines(block.lines);
      if (isPlaceholderOnly(content)) {
        xml += render(content, this.volume.insertions, this.options.tag);
        continue;
      }
      const { lead, rest } = this.hoistPageBreaks(content);
      if (block.kind === 'head') {
        if (inSection) xml += '</div>';
        xml += `${lead}<div type="section"><head>${render(rest, this.volume.insertions, this.options.tag)}</head>`;
        inSection = true;
      } else {
        xml += `${lead}<p${block.caps ? ' rend="caps"' : ''}>${render(rest, this.volume.insertions, this.options.tag)}</p>`;
      }
    }
    if (inSection) xml += '</div>';
    return xml;
  }

  private besideNoise(line: number): boolean {
    const { raw } = this.volume;
    return [line - 1, line + 1].some((neighbour) => raw[neighbour] !== undefined && raw[neighbour].trim() !== '' && isNoiseLine(raw[neighbour], neighbour));
  }

  hasPage(line: number): boolean {
    return this.volume.pages.some((page) => page.line === line && !this.emittedPages.has(page.n));
  }

  private previousTextLine(line: number, from: number): number | undefined {
    for (let previous = line - 1; previous >= from; previous--) {
      if (this.volume.raw[previous].trim() === '') return undefined;
      if (this.volume.text[previous].trim() !== '') return previous;
    }
    return undefined;
  }

  /** Leading pbs go before the block element rather than inside it. */
  hoistPageBreaks(content: string): { lead: string; rest: string } {
    let lead = '';
    let rest = content.trimStart();
    for (let m = /^\uE000(\d+)\uE001\s*/.exec(rest); m; m = /^\uE000(\d+)\uE001\s*/.exec(rest)) {
      const xml = this.volume.insertions.get(Number(m[1]));
      if (!xml.startsWith('<pb')) break;
      lead += xml;
      rest = rest.slice(m[0].length);
    }
    return { lead, rest };
  }

  /** A heading element from lines; `type` for subtitles. */
  head(from: number, to: number, type?: string): string {
    const { lead, rest } = this.hoistPageBreaks(this.joinLines(range(from, to)));
    return `${lead}<head${type ? ` type="${type}"` : ''}>${render(rest, this.volume.insertions, this.options.tag)}</head>`;
  }

  /** A dateline from one line with a known value. */
  dateline(line: number, value: DateValue): string {
    const { lead, rest } = this.hoistPageBreaks(this.joinLines([line]));
    return `${lead}<dateline>${dateElement(render(rest, this.volume.insertions, { noDates: true }), dateAttributes(value))}</dateline>`;
  }

  /** The source line printed under a work, as a note of the source. */
  sourceNote(from: number, to: number, value?: DateValue): string {
    const { lead, rest } = this.hoistPageBreaks(this.joinLines(range(from, to)));
    const rendered = render(rest, this.volume.insertions, { ...this.options.tag, noDates: false });
    void value;
    return `${lead}<note type="source" place="inline" resp="per:mel-institute"><bibl type="firstPublication">${rendered}</bibl></note>`;
  }

  /** Signature, salutation and date lines at the end of a text. */
  closer(from: number, to: number): string {
    let xml = '';
    for (const line of range(from, to)) {
      const text = this.joinLines([line]);
      if (!text.trim()) continue;
      const { lead, rest } = this.hoistPageBreaks(text);
      const roman = parseRomanDateline(rest);
      if (roman) {
        xml += `${lead}<dateline>${dateElement(escapeXml(rest), { when: roman, calendar: 'src:gregorian' })}</dateline>`;
      } else if (/^of the /.test(rest) && xml.endsWith('</signed>')) {
        // The signature's second line ("Marx-Engels-Lenin Institute / of the C.C., C.P.S.U.(B.)").
        const closing = xml.endsWith('</orgName></signed>') ? '</orgName></signed>' : '</signed>';
        xml = `${xml.slice(0, -closing.length)}<lb/>${lead}${render(rest, this.volume.insertions, this.options.tag)}${closing}`;
      } else if (/^Marx-Engels-Lenin Institute/.test(rest)) {
        xml += `${lead}<signed><orgName ref="per:mel-institute">${render(rest, this.volume.insertions, this.options.tag)}</orgName></signed>`;
      } else if (/^J\. Stalin/.test(rest)) {
        xml += `${lead}<signed>${render(rest, this.volume.insertions, this.options.tag)}</signed>`;
      } else if (/^\p{L}+ \d{1,2}, \d{4}$/u.test(rest)) {
        xml += `${lead}<dateline>${render(rest, this.volume.insertions, this.options.tag)}</dateline>`;
      } else {
        xml += `${lead}<salute>${render(rest, this.volume.insertions, this.options.tag)}</salute>`;
      }
    }
    return `<closer>${xml}</closer>`;
  }
}

export function range(from: number, to: number): number[] {
  const lines: number[] = [];
  for (let line = from; line <= to; line++) lines.push(line);
  return lines;
}

export function dateAttributes(value: DateValue): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (value.when) attributes.when = value.when;
  if (value.from) attributes.from = value.from;
  if (value.to) attributes.to = value.to;
  if (value.cert) attributes.cert = value.cert;
  if (value.evidence) attributes.evidence = 'internal';
  return attributes;
}
