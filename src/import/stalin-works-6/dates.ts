/**
 * Date tagging: finds date expressions in a stretch of text and gives each its ISO value(s).
 * Old Style/New Style double dates ("October 10 (23), 1917", also New Style first as in
 * "June 24 (11), 1917") get both values; the order is decided by the 13 (or 12) days' difference.
 */

import { BARE_DATES, CALENDAR_CHANGEOVER, NEW_STYLE, noteUse } from './reviewed-dates.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;

export interface DateMatch {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function iso(year: number, month: number, day?: number): string {
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name) + 1;
}

/** Days between the Julian and the Gregorian calendar in a given year (1900–2099: 13; 1800–1899: 12). */
function calendarGap(year: number): number {
  return year >= 1900 ? 13 : 12;
}

function addDays(value: string, days: number): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface DayOf {
  month: number;
  day: number;
}

/** Between the days of a range: a hyphen or dash (spaced or not), or "to". */
const RANGE_SEPARATOR = '(?:\\s?[-—]\\s?|\\s+to\\s+)';

/** "October 10 (23)", "April 10-25 (April 23-May 8)", "June 24 (11)", "October 24-26 (11-13)", year. */
const DOUBLE_DATE = new RegExp(
  `\\b${MONTH} (\\d{1,2})(?:${RANGE_SEPARATOR}(?:${MONTH} )?(\\d{1,2}))? \\((?:${MONTH} )?(\\d{1,2})(?:${RANGE_SEPARATOR}(?:${MONTH} )?(\\d{1,2}))?\\),? (\\d{4})`,
  'g',
);
const FULL_RANGE = new RegExp(`\\b${MONTH} (\\d{1,2})(?:\\s?[-—]\\s?|\\s+to\\s+)(?:${MONTH} )?(\\d{1,2}),? (\\d{4})`, 'g');
const DAY_LIST = new RegExp(`\\b${MONTH} \\d{1,2}(?:(?:,| and|, and)\\s+(?:${MONTH} )?\\d{1,2})+,? \\d{4}\\b`, 'g');
const DAY_LIST_ITEM = new RegExp(`(?:${MONTH} )?(\\d{1,2})\\b`, 'g');
const FULL_DATE = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g');
const YEAR_RANGE = /\b(1[89]\d\d)\s?[-—]\s?(\d{2}|\d{4})\b(?!\d|[,.]\d)/g;
const YEAR = /(?<![\d.,-])\b(1[89]\d\d)\b(?![\d,]|\s?per cent)/g;

/**
 * All date expressions in `text`, longest forms first; `yearForBareDays` resolves "January 17"
 * (without a year) where the context gives the year (datelines, the chronicle).
 */
export function findDates(text: string, yearForBareDays?: number): DateMatch[] {
  const found: DateMatch[] = [];
  const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
  const add = (start: number, end: number, attributes: Record<string, string>) => {
    if (!taken(start, end)) found.push({ start, end, attributes });
  };

  // the reviewed dates first: their decisions stand over the patterns below
  for (const entry of yearForBareDays === undefined ? BARE_DATES : []) {
    for (let at = text.indexOf(entry.context); at >= 0; at = text.indexOf(entry.context, at + 1)) {
      // a reviewed bare date is never the start of a fuller date ("December 5, 1923", "October 10 (23)")
      if (!isWordAt(text, at, entry.context.length) || /^(?:,? \d{4}|\s?\(\d|\s?[-—–]\s?\d)/.test(text.slice(at + entry.context.length))) continue;
      const start = at + entry.context.indexOf(entry.text);
      if (taken(start, start + entry.text.length)) continue;
      noteUse(entry);
      const [from, to] = entry.value.split('/');
      const year: Record<string, string> = /\d{4}/.test(entry.text) ? {} : { cert: entry.cert ?? 'medium' }; // a printed year is not inferred
      add(start, start + entry.text.length, { ...(to ? { from, to } : { when: from }), ...year });
    }
  }
  for (const m of text.matchAll(DOUBLE_DATE)) {
    const year = Number(m[9]);
    const first: DayOf[] = [{ month: monthNumber(m[1]), day: Number(m[2]) }];
    if (m[4]) first.push({ month: monthNumber(m[3] ?? m[1]), day: Number(m[4]) });
    const secondMonthStart = m[5] ? monthNumber(m[5]) : first[0].month;
    const second: DayOf[] = [{ month: secondMonthStart, day: Number(m[6]) }];
    if (m[8]) second.push({ month: monthNumber(m[7] ?? m[5] ?? m[1]), day: Number(m[8]) });
    const attributes = doubleDateAttributes(year, first, second);
    if (attributes) add(m.index!, m.index! + m[0].length, attributes);
  }
  // "June 19 and 20, 1924", "April 26 and 30, May 9, 11 … and 18, 1924": one date per day.
  for (const m of text.matchAll(DAY_LIST)) {
    const year = Number(/(\d{4})$/.exec(m[0])![1]);
    let month = 0;
    const items = [...m[0].replace(/,?\s\d{4}$/, '').matchAll(DAY_LIST_ITEM)];
    items.forEach((item, index) => {
      if (item[1]) month = monthNumber(item[1]);
      const start = m.index! + item.index!;
      const end = index === items.length - 1 ? m.index! + m[0].length : start + item[0].length;
      add(start, end, { when: iso(year, month, Number(item[2])) });
    });
  }
  for (const m of text.matchAll(FULL_RANGE)) {
    const year = Number(m[5]);
    const from = iso(year, monthNumber(m[1]), Number(m[2]));
    const to = iso(year, monthNumber(m[3] ?? m[1]), Number(m[4]));
    if (from < to) add(m.index!, m.index! + m[0].length, { from, to });
  }
  for (const m of text.matchAll(FULL_DATE)) {
    add(m.index!, m.index! + m[0].length, { when: iso(Number(m[3]), monthNumber(m[1]), Number(m[2])) });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    add(m.index!, m.index! + m[0].length, { when: iso(Number(m[2]), monthNumber(m[1])) });
  }
  if (yearForBareDays !== undefined) {
    const bareRange = new RegExp(`\\b${MONTH} (\\d{1,2})\\s?[-—]\\s?(?:${MONTH} )?(\\d{1,2})\\b`, 'g');
    for (const m of text.matchAll(bareRange)) {
      add(m.index!, m.index! + m[0].length, {
        from: iso(yearForBareDays, monthNumber(m[1]), Number(m[2])),
        to: iso(yearForBareDays, monthNumber(m[3] ?? m[1]), Number(m[4])),
        cert: 'medium',
      });
    }
    const bareDay = new RegExp(`\\b${MONTH} (\\d{1,2})\\b`, 'g');
    for (const m of text.matchAll(bareDay)) {
      add(m.index!, m.index! + m[0].length, { when: iso(yearForBareDays, monthNumber(m[1]), Number(m[2])), cert: 'medium' });
    }
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    const toText = m[2];
    const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
    if (to > from && to - from < 60) add(m.index!, m.index! + m[0].length, { from: String(from), to: String(to) });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= 1840 && year <= 1953) add(m.index!, m.index! + m[0].length, { when: String(year) });
  }
  const newStyle = newStyleSpans(text);
  return found
    .map((match) => (newStyle.some((span) => match.start >= span.start && match.start < span.end) ? newStyleDate(match) : oldStyleDate(match)))
    .sort((a, b) => a.start - b.start);
}

function isWordAt(text: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + length] ?? '');
}

/** Where the reviewed New Style dates of `text` are. */
function newStyleSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const entry of NEW_STYLE) {
    for (let at = text.indexOf(entry.context); at >= 0; at = text.indexOf(entry.context, at + 1)) {
      noteUse(entry);
      spans.push({ start: at, end: at + entry.context.length });
    }
  }
  return spans;
}

function newStyleDate(match: DateMatch): DateMatch {
  if (match.attributes.calendar) return match;
  return { ...match, attributes: { calendar: 'src:gregorian', ...match.attributes } };
}

/**
 * A single-calendar date (day or month) before the changeover is Old Style: @when (@from/@to)
 * Gregorian, the printed value in the -custom attributes. A month becomes the Gregorian range of
 * its days ("October 1917" = 1917-10-14 … 1917-11-13). Years alone stay as they are.
 */
function oldStyleDate(match: DateMatch): DateMatch {
  const { attributes } = match;
  if (attributes.calendar) return match;
  const first = attributes.when ?? attributes.from;
  const last = attributes.when ?? attributes.to;
  if (!first || !last || first.length < 7 || first >= CALENDAR_CHANGEOVER) return match;
  const julianFrom = first.length === 7 ? `${first}-01` : first;
  const julianTo = last.length === 7 ? `${last}-${pad(daysInMonth(last))}` : last;
  const extra: Record<string, string> = attributes.cert ? { cert: attributes.cert } : {};
  const converted: Record<string, string> =
    julianFrom === julianTo
      ? { when: julianToGregorian(julianFrom), 'when-custom': julianFrom }
      : { from: julianToGregorian(julianFrom), to: julianToGregorian(julianTo), 'from-custom': julianFrom, 'to-custom': julianTo };
  return { ...match, attributes: { calendar: 'src:julian', datingMethod: 'src:julian', ...converted, ...extra } };
}

function daysInMonth(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return month === 2 ? (year % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function julianToGregorian(value: string): string {
  return addDays(value, calendarGap(Number(value.slice(0, 4))));
}

/** Decides which half of a double date is Julian: the Gregorian one is 12/13 days later. */
function doubleDateAttributes(year: number, first: DayOf[], second: DayOf[]): Record<string, string> | undefined {
  const gap = calendarGap(year);
  const a = first.map((d) => iso(year, d.month, d.day));
  const b = second.map((d) => iso(year, d.month, d.day));
  let julian: string[];
  let gregorian: string[];
  if (addDays(a[0], gap) === b[0]) [julian, gregorian] = [a, b];
  else if (addDays(b[0], gap) === a[0]) [julian, gregorian] = [b, a];
  else return undefined;
  const attributes: Record<string, string> = { calendar: 'src:julian src:gregorian', datingMethod: 'src:julian' };
  if (gregorian.length === 1) {
    attributes.when = gregorian[0];
    attributes['when-custom'] = julian[0];
  } else {
    attributes.from = gregorian[0];
    attributes.to = gregorian[1];
    attributes['from-custom'] = julian[0];
    attributes['to-custom'] = julian[1] ?? julian[0];
  }
  return attributes;
}

/** "15. VII. 24", "7/XI 24": day, Roman month, two-digit year of the 1900s. */
export function parseRomanDateline(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[./]\s*([IVX]+)\.?\s*(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const months = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const month = months.indexOf(m[2]) + 1;
  if (month === 0) return undefined;
  return iso(1900 + Number(m[3]), month, Number(m[1]));
}
