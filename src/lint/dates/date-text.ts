/**
 * Reads the calendar facts an English date text states: "December 30, 1922", "30 December 1922",
 * "December 30–31, 1922", "December 1922", "1922", "October 10 (23), 1917" (Old Style with the New
 * Style day in brackets), "5.III.1923", and ranges ("1919-21", "May–August", "April 20–21",
 * "March 31 – April 2, 1924"). Returns the dates in the order written; what a text leaves
 * out (the year of "Monday, October 2") stays undefined and is not compared.
 */

export interface TextDate {
  year?: number;
  month?: number;
  day?: number;
  /** The bracketed second day of a double date. */
  alternativeDay?: number;
  /** The end of a printed range (after a dash or "to"), as opposed to the next item of a list ("19 and 20"). */
  rangeEnd?: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const DASH = '\\s*(?:[–—-]|to|and)\\s*';
/** A separator that makes a range, not a list. */
const RANGE_SEPARATOR = /^\s*(?:[–—-]|to)\s*$/;

/** Each alternative is tried at every position; the first that matches wins. */
const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => TextDate[] }[] = [
  {
    // December 30–31, 1922 · October 10 (23), 1917 · March 5, 1923 · December 30
    regex: new RegExp(`^${MONTH}\\s+${DAY}(?:\\s*\\((\\d{1,2})\\))?(?:${DASH}${DAY}(?!\\d|\\s*[A-Za-z]{3}))?(?:,?\\s*${YEAR})?(?!\\d)`, 'i'),
    read: (m) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = optionalNumber(m[5]);
      const first: TextDate = { year, month, day: Number(m[2]), alternativeDay: optionalNumber(m[3]) };
      return m[4] ? [first, { year, month, day: Number(m[4]), rangeEnd: isDayRange(m[0]) }] : [first];
    },
  },
  {
    // 30–31 December 1922 · 5th of March 1923 · 30 December
    regex: new RegExp(`^${DAY}(?:${DASH}${DAY})?(?:\\s+of)?\\s+${MONTH}(?:,?\\s*${YEAR})?(?!\\d)`, 'i'),
    read: (m) => {
      const month = MONTHS[m[3].toLowerCase()];
      const year = optionalNumber(m[4]);
      const first: TextDate = { year, month, day: Number(m[1]) };
      return m[2] ? [first, { year, month, day: Number(m[2]), rangeEnd: isDayRange(m[0]) }] : [first];
    },
  },
  {
    // 30.12.1922 · 5.III.1923
    regex: /^(\d{1,2})\.\s?(\d{1,2}|[IVX]{1,4})\.\s?(\d{4})(?!\d)/i,
    read: (m) => [{ day: Number(m[1]), month: /\d/.test(m[2]) ? Number(m[2]) : ROMAN[m[2].toLowerCase()], year: Number(m[3]) }],
  },
  {
    // December 1922
    regex: new RegExp(`^${MONTH},?\\s+${YEAR}(?!\\d)`, 'i'),
    read: (m) => [{ month: MONTHS[m[1].toLowerCase()], year: Number(m[2]) }],
  },
  {
    // December (no year)
    regex: new RegExp(`^${MONTH}(?![A-Za-z])`, 'i'),
    read: (m) => [{ month: MONTHS[m[1].toLowerCase()] }],
  },
  {
    // 1919-21 · 1922–1923 (a range of years; the second may give only its last two digits)
    regex: /^(\d{4})\s*[–—-]\s*(\d{4}|\d{2})(?!\d)/,
    read: (m) => {
      const first = Number(m[1]);
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      return second > first ? [{ year: first }, { year: second, rangeEnd: true }] : [{ year: first }];
    },
  },
  {
    // 1922
    regex: /^(\d{4})(?!\d)/,
    read: (m) => [{ year: Number(m[1]) }],
  },
];

export function readDateText(text: string): TextDate[] {
  const dates: TextDate[] = [];
  let i = 0;
  let lastEnd = -1;
  while (i < text.length) {
    // only start a match at a word boundary
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    let advanced = false;
    for (const pattern of PATTERNS) {
      const match = pattern.regex.exec(rest);
      if (match && !/[\p{L}]/u.test(rest[match[0].length] ?? '')) {
        const read = pattern.read(match).filter((date) => date.month === undefined || (date.month >= 1 && date.month <= 12));
        // "May–August", "December 30, 1922 – January 4, 1923": a dash between two matches makes a range
        if (read.length && dates.length && RANGE_SEPARATOR.test(text.slice(lastEnd, i))) read[0].rangeEnd = true;
        for (const date of read) dates.push(date);
        i += match[0].length;
        lastEnd = i;
        advanced = true;
        break;
      }
    }
    if (!advanced) i++;
  }
  // "December 30 – January 2, 1923": a year written once belongs to its neighbours too
  dates.forEach((date, index) => {
    if (date.year !== undefined || date.month === undefined) return;
    const after = dates.slice(index + 1).find((other) => other.year !== undefined && other.month !== undefined);
    const before = dates.slice(0, index).reverse().find((other) => other.year !== undefined && other.month !== undefined);
    if (after) date.year = (after.year as number) - (date.month > (after.month as number) ? 1 : 0);
    else if (before) date.year = (before.year as number) + (date.month < (before.month as number) ? 1 : 0);
  });
  return dates;
}

/** Whether two days are joined as a range ("30–31", "10 to 25"), not as a list ("19 and 20"). */
function isDayRange(matched: string): boolean {
  return /\d(?:st|nd|rd|th)?(?:\s*\(\d{1,2}\))?\s*(?:[–—-]|to)\s*\d/.test(matched);
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}
