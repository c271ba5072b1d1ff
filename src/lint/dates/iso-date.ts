/** ISO 8601 / XSD calendar values as TEI date attributes use them, with precision kept. */

export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export type IsoParse = { ok: true; date: CalendarDate } | { ok: false; reason: string };

/** YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time (THH:MM[:SS[.s]][zone]); also --MM-DD, --MM and a time alone. */
const ISO_PATTERN =
  /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const MONTH_DAY_PATTERN = /^--(\d{2})(?:-(\d{2}))?$/;
/** A time of day alone (xsd:time), which att.datable also allows: no calendar date to check. */
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$|^24:00:00$/;

export function parseIsoDate(value: string, calendar: 'gregorian' | 'julian' = 'gregorian'): IsoParse {
  if (TIME_PATTERN.test(value)) return { ok: true, date: { year: NaN } };
  const monthDay = MONTH_DAY_PATTERN.exec(value);
  if (monthDay) {
    const month = Number(monthDay[1]);
    const day = monthDay[2] === undefined ? undefined : Number(monthDay[2]);
    if (month < 1 || month > 12) return { ok: false, reason: `month ${monthDay[1]} does not exist` };
    if (day !== undefined && (day < 1 || day > daysInMonth(2000, month, calendar))) return { ok: false, reason: `day ${monthDay[2]} does not exist in month ${monthDay[1]}` };
    return { ok: true, date: { year: NaN, month, day } };
  }
  const match = ISO_PATTERN.exec(value);
  if (!match) return { ok: false, reason: 'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' };
  const [, yearText, monthText, dayText, hour, minute, second] = match;
  const year = Number(yearText);
  if (yearText.replace('-', '').length > 4 && yearText.replace('-', '').startsWith('0')) return { ok: false, reason: 'a year of more than four digits cannot start with 0' };
  const date: CalendarDate = { year };
  if (monthText !== undefined) {
    date.month = Number(monthText);
    if (date.month < 1 || date.month > 12) return { ok: false, reason: `month ${monthText} does not exist` };
  }
  if (dayText !== undefined) {
    date.day = Number(dayText);
    const last = daysInMonth(year, date.month as number, calendar);
    if (date.day < 1 || date.day > last) return { ok: false, reason: `${yearText}-${monthText} has ${last} days, not ${dayText}` };
  }
  if (hour !== undefined && (Number(hour) > 24 || Number(minute) > 59 || Number(second ?? 0) > 59)) {
    return { ok: false, reason: 'the time of day does not exist' };
  }
  return { ok: true, date };
}

export function isLeapYear(year: number, calendar: 'gregorian' | 'julian' = 'gregorian'): boolean {
  if (calendar === 'julian') return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number, calendar: 'gregorian' | 'julian' = 'gregorian'): number {
  if (month === 2) return isLeapYear(year, calendar) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A sortable number for the first day the (possibly partial) date can mean. */
export function earliestDay(date: CalendarDate): number {
  return dayKey(date.year, date.month ?? 1, date.day ?? 1);
}

/** A sortable number for the last day the (possibly partial) date can mean. */
export function latestDay(date: CalendarDate): number {
  const month = date.month ?? 12;
  return dayKey(date.year, month, date.day ?? daysInMonth(date.year, month));
}

function dayKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year).padStart(4, '0'), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}
