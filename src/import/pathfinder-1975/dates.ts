/**
 * Tags date expressions as `date` with attributes that agree with the printed text (conventions:
 * @when/@from/@to, Old Style double dates with the Julian value in @when-custom). A day and month
 * without a year take the year of the last full date before them in the same paragraph
 * (`cert="medium"`), or else the year the book's period gives them (`cert="low"`).
 * Dates that need a judgment are listed in `SPECIAL_DATES`.
 */
import type { SpanSet } from './spans.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const pad = (value: number | string): string => String(value).padStart(2, '0');
const monthNumber = (name: string): string => pad(MONTHS.indexOf(name) + 1);

export interface SpecialDate {
  line: number;
  text: string;
  attributes: Record<string, string>;
  /** An edition note placed right after the date. */
  note?: string;
}

/** Dates the regular patterns would misread; each attribute set agrees with the printed (or corrected) text. */
export const SPECIAL_DATES: SpecialDate[] = [
  // Notes to Part III, note 2: the dates are Old Style ("old calendar"), so @when is Gregorian (+13 days).
  // "October 10 and 16, 1917": the first day takes its year from the coordinated second; "(October 18)" from the sentence before
  { line: 3411, text: 'October 10', attributes: { when: '1917-10-23', 'when-custom': '1917-10-10', calendar: 'src:julian', datingMethod: 'src:julian', cert: 'medium' } },
  { line: 3411, text: '16, 1917', attributes: { when: '1917-10-29', 'when-custom': '1917-10-16', calendar: 'src:julian', datingMethod: 'src:julian' } },
  { line: 3414, text: 'October 18', attributes: { when: '1917-10-31', 'when-custom': '1917-10-18', calendar: 'src:julian', datingMethod: 'src:julian', cert: 'medium' } },
  // Part IV introduction misprints the year of "How We Should Reorganize …" (dated January 23, 1923 at its end); corrected in CORRECTIONS.
  { line: 3531, text: 'January 23, 1922', attributes: { when: '1923-01-23' } },
  {
    line: 6366,
    text: 'September 29 [1922]',
    attributes: { when: '1922-09-29' },
    note:
      'The heading prints <date when="1922-09-29" cert="medium">September 29</date> [1922]; the editor’s own introductions (pp. 19 and 127) and the 2022 World Outlook post date this letter <date when="1922-09-26">September 26, 1922</date>. ' +
      'The printed value is kept. Judgment of the edition: <date when="1922-09-26" cert="medium">September 26</date> is the better attested date (three statements against one); the 29 here is probably a misprint, but this is not certain.',
  },
  // Days printed without a year, the year from the introduction's context (found by the untagged-date rule)
  { line: 3557, text: 'February 2 to March 2', attributes: { from: '1923-02-02', to: '1923-03-02', cert: 'medium' } }, // “Better Fewer, but Better”, written over a month
  { line: 5636, text: 'December 21', attributes: { when: '1922-12-21', cert: 'medium' } }, // three days after the plenum of December 18, 1922
];

interface Context {
  /** Year of the last full date printed earlier in the same block, for a day and month printed without a year. */
  year?: string;
}

export function createDateContext(): Context {
  return {};
}

/**
 * The book's documents and the editor's accounts of them span September 1922 to April 1923; a day
 * and month printed without a year, with no full date before it in its paragraph, falls in that span.
 */
const periodYear = (month: string): string => (Number(month) >= 9 ? '1922' : '1923');

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const validDay = (year: string, month: string, day: string): boolean =>
  Number(day) >= 1 && Number(day) <= daysIn(Number(year), Number(month));

interface Pattern {
  regex: RegExp;
  attributes(match: RegExpExecArray, context: Context): Record<string, string> | undefined;
}

const NOT_A_PAGE = '(?<!pp?\\. )(?<!vol\\. )(?<!nos?\\. )';

const PATTERNS: Pattern[] = [
  {
    // Old Style with New Style in parentheses: "November 1 (14), 1917"
    regex: new RegExp(`${MONTH} (\\d{1,2}) \\((\\d{1,2})\\), ?(1[89]\\d\\d)`, 'g'),
    attributes: ([, month, oldDay, newDay, year]) => {
      const newMonth = Number(newDay) < Number(oldDay) ? Number(monthNumber(month)) + 1 : Number(monthNumber(month));
      const newYear = newMonth > 12 ? Number(year) + 1 : Number(year);
      return {
        calendar: 'src:julian src:gregorian',
        when: `${newYear}-${pad(((newMonth - 1) % 12) + 1)}-${pad(newDay)}`,
        'when-custom': `${year}-${monthNumber(month)}-${pad(oldDay)}`,
        datingMethod: 'src:julian',
      };
    },
  },
  {
    regex: new RegExp(`${MONTH} (\\d{1,2}) ?[-–] ?${MONTH} (\\d{1,2}), ?(1[89]\\d\\d)`, 'g'),
    attributes: ([, month1, day1, month2, day2, year]) => ({
      from: `${year}-${monthNumber(month1)}-${pad(day1)}`,
      to: `${year}-${monthNumber(month2)}-${pad(day2)}`,
    }),
  },
  {
    regex: new RegExp(`${MONTH} (\\d{1,2}) ?[-–] ?(\\d{1,2}), ?(1[89]\\d\\d)`, 'g'),
    attributes: ([, month, day1, day2, year]) => ({ from: `${year}-${monthNumber(month)}-${pad(day1)}`, to: `${year}-${monthNumber(month)}-${pad(day2)}` }),
  },
  {
    // "December 12, 1922", "December 24,1922", and the editor's "September 29 [1922]"
    regex: new RegExp(`${MONTH} (\\d{1,2})(?:,? ?(1[89]\\d\\d)|,? \\[(1[89]\\d\\d)\\])(?!\\d)`, 'g'),
    attributes: ([, month, day, printedYear, suppliedYear]) => {
      const year = printedYear ?? suppliedYear;
      return validDay(year, monthNumber(month), day) ? { when: `${year}-${monthNumber(month)}-${pad(day)}` } : undefined;
    },
  },
  {
    regex: new RegExp(`${MONTH},? (?:of )?(1[89]\\d\\d)(?![\\d’'s])`, 'g'),
    attributes: ([, month, year]) => ({ when: `${year}-${monthNumber(month)}` }),
  },
  {
    regex: new RegExp(`${MONTH} (\\d{1,2})(?!\\d|,? ?\\[?1[89]\\d\\d|\\))`, 'g'),
    attributes: ([, month, day], context) => {
      // inside the book's period the period decides (a paragraph often names a later month first);
      // a paragraph about another year (1917, 1927 …) lends its year
      const inPeriod = !context.year || context.year === '1922' || context.year === '1923';
      const year = inPeriod ? periodYear(monthNumber(month)) : context.year!;
      const cert = context.year ? 'medium' : 'low';
      return validDay(year, monthNumber(month), day) ? { when: `${year}-${monthNumber(month)}-${pad(day)}`, cert } : undefined;
    },
  },
  {
    // life dates "(1879-1937?)": the question mark makes the range uncertain
    regex: new RegExp(`${NOT_A_PAGE}(?<![\\d-])(1[89]\\d\\d) ?[-–] ?(\\d{4}|\\d{2})(\\?)?(?![\\d’'s])`, 'g'),
    attributes: ([, from, to, doubt]): Record<string, string> | undefined => {
      const end = to.length === 2 ? from.slice(0, 2) + to : to;
      if (Number(end) <= Number(from)) return undefined;
      return doubt ? { from, to: end, cert: 'low' } : { from, to: end };
    },
  },
  {
    regex: new RegExp(`${NOT_A_PAGE}(?<![\\d-])(1[89]\\d\\d)(?![\\d’'s]|-\\d)`, 'g'),
    attributes: ([, year]) => ({ when: year }),
  },
];

const attributeText = (attributes: Record<string, string>): string =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

export const DATE_RANK = 0;

/**
 * Tags the dates of one block. `specials` are the special dates found in this block, with their
 * offsets (located by the caller, who knows the seed lines).
 */
export function tagDates(text: string, spans: SpanSet, specials: { start: number; date: SpecialDate }[]): void {
  const context = createDateContext();
  interface Candidate {
    start: number;
    end: number;
    /** Resolved in text order, so that a date without a year sees the year printed before it. */
    resolve(context: Context): Record<string, string> | undefined;
    note?: string;
  }
  const found: Candidate[] = specials.map(({ start, date }) => ({
    start,
    end: start + date.text.length,
    resolve: () => date.attributes,
    note: date.note,
  }));
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      const captured = match;
      found.push({ start, end, resolve: (current) => pattern.attributes(captured, current) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const date of found) {
    const attributes = date.resolve(context);
    if (!attributes) continue;
    const full = /^(\d{4})-\d\d/.exec(attributes.when ?? attributes.to ?? '');
    if (full && !attributes.cert) context.year = full[1];
    const accepted = spans.add({ start: date.start, end: date.end, open: `<date${attributeText(attributes)}>`, close: '</date>', rank: DATE_RANK });
    if (accepted && date.note) spans.insert(date.end, `<note type="edition" resp="per:edition">${date.note}</note>`);
  }
}
