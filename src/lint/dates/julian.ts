/**
 * Julian ↔ Gregorian through the Julian day number (JDN), valid for the proleptic calendars of
 * both (Fliegel–Van Flandern style integer arithmetic). 1582-10-05 Julian = 1582-10-15 Gregorian.
 */
import type { CalendarDate } from './iso-date.js';

interface FullDate {
  year: number;
  month: number;
  day: number;
}

function shifted(date: FullDate) {
  const a = Math.floor((14 - date.month) / 12);
  return { y: date.year + 4800 - a, m: date.month + 12 * a - 3 };
}

export function julianToJdn(date: FullDate): number {
  const { y, m } = shifted(date);
  return date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

export function gregorianToJdn(date: FullDate): number {
  const { y, m } = shifted(date);
  return date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function jdnToGregorian(jdn: number): FullDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function julianToGregorian(date: CalendarDate): CalendarDate | undefined {
  if (date.month === undefined || date.day === undefined) return undefined;
  return jdnToGregorian(julianToJdn({ year: date.year, month: date.month, day: date.day }));
}
