import { describe, expect, it } from 'vitest';
import { readDateText } from '../../src/lint/dates/date-text.js';
import { parseIsoDate } from '../../src/lint/dates/iso-date.js';
import { gregorianToJdn, julianToGregorian, julianToJdn } from '../../src/lint/dates/julian.js';
import { gndProblem, authorityIdProblem, authorityInUrl } from '../../src/lint/authority-ids.js';

describe('ISO dates', () => {
  it('accepts the precisions TEI uses and rejects days that do not exist', () => {
    for (const value of ['1922', '1922-12', '1922-12-30', '2000-02-29', '1923-03-05T14:30:00', '--03-05', '-0044-03-15', '14:30:00']) {
      expect(parseIsoDate(value).ok, value).toBe(true);
    }
    for (const value of ['1922-02-30', '1900-02-29', '1922-13', '1922-00', '22-12-30', '1922/12/30', '30.12.1922', '', '1922-12-30T25:00', '25:30:00']) {
      expect(parseIsoDate(value).ok, value).toBe(false);
    }
  });

  it('knows that 1900 was a leap year only in the Julian calendar', () => {
    expect(parseIsoDate('1900-02-29', 'julian').ok).toBe(true);
    expect(parseIsoDate('1900-02-29', 'gregorian').ok).toBe(false);
  });
});

describe('Julian day numbers', () => {
  it('converts the day of the Gregorian reform', () => {
    expect(julianToGregorian({ year: 1582, month: 10, day: 5 })).toEqual({ year: 1582, month: 10, day: 15 });
    expect(julianToJdn({ year: 1582, month: 10, day: 5 })).toBe(gregorianToJdn({ year: 1582, month: 10, day: 15 }));
  });

  it('converts Old Style dates of the Russian revolution', () => {
    expect(julianToGregorian({ year: 1917, month: 10, day: 25 })).toEqual({ year: 1917, month: 11, day: 7 });
    expect(julianToGregorian({ year: 1918, month: 1, day: 31 })).toEqual({ year: 1918, month: 2, day: 13 });
  });

  it('has the known day number of 2000-01-01', () => {
    expect(gregorianToJdn({ year: 2000, month: 1, day: 1 })).toBe(2451545);
  });

  it('gives no day for a month-precision date', () => {
    expect(julianToGregorian({ year: 1917, month: 10 })).toBeUndefined();
  });
});

describe('date texts', () => {
  it('reads the common English forms', () => {
    expect(readDateText('December 30, 1922')).toEqual([{ year: 1922, month: 12, day: 30 }]);
    expect(readDateText('30 December 1922')).toEqual([{ year: 1922, month: 12, day: 30 }]);
    expect(readDateText('December 1922')).toEqual([{ year: 1922, month: 12 }]);
    expect(readDateText('1922')).toEqual([{ year: 1922 }]);
    expect(readDateText('Dec. 30th, 1922')).toEqual([{ year: 1922, month: 12, day: 30 }]);
    expect(readDateText('5.III.1923')).toEqual([{ year: 1923, month: 3, day: 5 }]);
  });

  it('reads ranges and shares a year written once', () => {
    expect(readDateText('December 30–31, 1922')).toEqual([
      { year: 1922, month: 12, day: 30 },
      { year: 1922, month: 12, day: 31, rangeEnd: true },
    ]);
    expect(readDateText('December 30 – January 4, 1923')).toEqual([
      { year: 1922, month: 12, day: 30 },
      { year: 1923, month: 1, day: 4, rangeEnd: true },
    ]);
  });

  it('reads printed ranges of years and months, and tells a list from a range', () => {
    expect(readDateText('1919-21')).toEqual([{ year: 1919 }, { year: 1921, rangeEnd: true }]);
    expect(readDateText('1922–1923')).toEqual([{ year: 1922 }, { year: 1923, rangeEnd: true }]);
    expect(readDateText('May–August')).toEqual([{ month: 5 }, { month: 8, rangeEnd: true }]);
    expect(readDateText('April 20–21, 1921')[1]).toEqual({ year: 1921, month: 4, day: 21, rangeEnd: true });
    expect(readDateText('June 19 and 20').map((date) => date.rangeEnd)).toEqual([undefined, false]);
    expect(readDateText('1905 and 1917').map((date) => date.rangeEnd)).toEqual([undefined, undefined]);
  });

  it('reads a double date with the New Style day in brackets', () => {
    expect(readDateText('October 10 (23), 1917')).toEqual([{ year: 1917, month: 10, day: 10, alternativeDay: 23 }]);
  });

  it('finds nothing in texts without a date and does not take words for months', () => {
    expect(readDateText('the end of the year')).toEqual([]);
    expect(readDateText('in the 1920s')).toEqual([]);
    expect(readDateText('Marxism')).toEqual([]);
  });
});

describe('authority ids', () => {
  it('checks GND check characters', () => {
    expect(gndProblem('118571869')).toBeUndefined(); // Lenin
    expect(gndProblem('118571868')).toContain('should be 9');
    expect(gndProblem('95980479X')).toBeUndefined();
    expect(gndProblem('4011882-4')).toBeUndefined(); // former SWD number with hyphen
    expect(gndProblem('abc')).toBeDefined();
  });

  it('recognises authority URLs and checks their ids', () => {
    expect(authorityIdProblem(authorityInUrl('https://www.wikidata.org/wiki/Q1394')!)).toBeUndefined();
    expect(authorityIdProblem(authorityInUrl('http://www.wikidata.org/entity/Q0')!)).toBeDefined();
    expect(authorityIdProblem(authorityInUrl('https://viaf.org/viaf/64002600/')!)).toBeUndefined();
    expect(authorityIdProblem(authorityInUrl('https://viaf.org/viaf/6400x')!)).toBeDefined();
    expect(authorityInUrl('https://example.org/lenin')).toBeUndefined();
  });
});
