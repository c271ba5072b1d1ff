/**
 * First-draft inline markup for importers: full dates, month-and-year, year ranges and years
 * become `date`, known names become `persName`. The curator checks every one by hand afterwards
 * (relative dates, dates without a year and ambiguous names are left to them).
 */
import { escapeXml } from './escape-xml.js';

export interface PersonPattern {
  /** A regular-expression source matching the name as printed. */
  pattern: string;
  /** Person id in `tei/persons.xml`. */
  id: string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH = `(${MONTHS.join('|')})`;

const DATE_PATTERN = new RegExp(
  [
    `${MONTH} (\\d{1,2}), ?(\\d{4})`, // December 30, 1922 / January 4,1923
    `${MONTH} (\\d{4})`, // January 1918
    `(?<![\\d.,])(1[89]\\d\\d|20[0-2]\\d)[-–](\\d\\d)(?!\\d|,\\d)`, // 1922-23
    `(?<![\\d.,])(1[89]\\d\\d|20[0-2]\\d)(?!\\d|,\\d)`, // 1917
  ].join('|'),
  'g',
);

function pad(value: string): string {
  return value.padStart(2, '0');
}

function month(name: string): string {
  return pad(String(MONTHS.indexOf(name) + 1));
}

function dateElement(match: RegExpExecArray): string {
  const [text, m1, d1, y1, m2, y2, rangeStart, rangeEnd, year] = match;
  const shown = escapeXml(text);
  if (m1) return `<date when="${y1}-${month(m1)}-${pad(d1)}">${shown}</date>`;
  if (m2) return `<date when="${y2}-${month(m2)}">${shown}</date>`;
  if (rangeStart) {
    const end = `${rangeStart.slice(0, 2)}${rangeEnd}`;
    return `<date from="${rangeStart}" to="${end}">${shown}</date>`;
  }
  return `<date when="${year}">${shown}</date>`;
}

function tagPersons(text: string, persons: PersonPattern[]): string {
  if (persons.length === 0) return escapeXml(text);
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${persons.map((person) => `(${person.pattern})`).join('|')})(?![\\p{L}])`,
    'gu',
  );
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    result += escapeXml(text.slice(last, match.index));
    result += `<persName ref="per:${persons[index].id}">${escapeXml(match[0])}</persName>`;
    last = match.index! + match[0].length;
  }
  return result + escapeXml(text.slice(last));
}

/** Escapes `text` and tags the dates and names found in it. */
export function markInline(text: string, persons: PersonPattern[]): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(DATE_PATTERN)) {
    result += tagPersons(text.slice(last, match.index), persons);
    result += dateElement(match);
    last = match.index + match[0].length;
  }
  return result + tagPersons(text.slice(last), persons);
}
