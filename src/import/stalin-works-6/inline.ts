/**
 * Running text with markup to come: plain text in which inserted elements (pb, notes, corrections)
 * stand as placeholders, so that rejoining letter-spaced words and finding names and dates never
 * touch markup. `render` escapes the text, tags persons, dates and merged compounds, and puts the
 * inserted elements back.
 */
import { findMergedCompounds } from './compounds.js';
import { findDates } from './dates.js';
import { findPersons } from './persons.js';
import { escapeAttribute, escapeXml } from './xml.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export class Insertions {
  private readonly snippets: string[] = [];

  /** A placeholder standing for `xml` in the running text. */
  put(xml: string): string {
    this.snippets.push(xml);
    return `${OPEN}${this.snippets.length - 1}${CLOSE}`;
  }

  get(index: number): string {
    return this.snippets[index];
  }
}

export interface TagOptions {
  /** The year of dates printed without one ("January 17" in a dateline, the chronicle). */
  yearForBareDays?: number;
  /** Dates are not tagged (headers of notes already tagged elsewhere…). */
  noDates?: boolean;
}

export function isPlaceholderOnly(text: string): boolean {
  return text.replace(PLACEHOLDER, '').trim() === '';
}

/** Splits text into plain pieces and placeholders (odd indexes hold snippet numbers). */
export function splitPlaceholders(text: string): string[] {
  return text.split(PLACEHOLDER);
}

export function render(text: string, insertions: Insertions, options: TagOptions = {}): string {
  const pieces = splitPlaceholders(text);
  return pieces
    .map((piece, index) => (index % 2 === 1 ? insertions.get(Number(piece)) : tagText(piece, options)))
    .join('');
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

export function dateElement(text: string, values: Record<string, string>): string {
  return `<date${attributes(values)}>${text}</date>`;
}

interface Span {
  start: number;
  end: number;
  render: (inner: string) => string;
  inner?: (text: string) => string;
}

/** Escapes plain text and tags merged compounds, persons and dates in it. */
export function tagText(text: string, options: TagOptions = {}, withCompounds = true): string {
  const spans: Span[] = [];
  const free = (start: number, end: number) => !spans.some((span) => start < span.end && end > span.start);
  if (withCompounds) {
    for (const match of findMergedCompounds(text)) {
      spans.push({
        start: match.start,
        end: match.end,
        render: () =>
          `<choice><sic>${tagText(match.merged, options, false)}</sic><corr resp="per:edition">${tagText(match.hyphenated, options, false)}</corr></choice>`,
      });
    }
  }
  for (const match of findPersons(text)) {
    if (!free(match.start, match.end)) continue;
    spans.push({ start: match.start, end: match.end, render: (inner) => `<persName ref="per:${match.id}">${inner}</persName>` });
  }
  if (!options.noDates) {
    for (const match of findDates(text, options.yearForBareDays)) {
      if (!free(match.start, match.end)) continue;
      spans.push({ start: match.start, end: match.end, render: (inner) => dateElement(inner, match.attributes) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let result = '';
  let position = 0;
  for (const span of spans) {
    result += escapeXml(text.slice(position, span.start));
    result += span.render(escapeXml(text.slice(span.start, span.end)));
    position = span.end;
  }
  return result + escapeXml(text.slice(position));
}
