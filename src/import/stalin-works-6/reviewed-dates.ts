/**
 * Reviewed date decisions of the volume (checked against the seed lines given in `why`).
 *
 * Calendar: the Institute dates events in Russia before the changeover of 1918-02-14 Old Style
 * (Julian), as Soviet editions do; `dates.ts` encodes every single-calendar date before it so. The
 * dates that are New Style — events abroad, letters written abroad — are listed here by context.
 *
 * Bare dates: days and months printed without a year ("the December 5 resolution"), with the year
 * the context gives (cert="medium", as the edition does for inferred years).
 */

export const CALENDAR_CHANGEOVER = '1918-02-14';

export interface NewStyleDate {
  /** Text around the date, unique enough to find it; the date is the first date found inside. */
  context: string;
  /** How many times the context occurs in the volume. */
  count: number;
  why: string;
}

export const NEW_STYLE: NewStyleDate[] = [
  { context: 'Engels of April 16, 1856', count: 1, why: 'Marx’s letter, written in London (seed 004:11022 note 4)' },
  { context: 'was held on November 24-25, 1912', count: 1, why: 'the Basle Congress, in Switzerland (note 7)' },
  { context: 'Lenin published in November 1915', count: 1, why: 'Lenin’s article “On the Two Lines of the Revolution”, published in Geneva (004:2731)' },
  { context: 'Kugelmann (April 1871)', count: 1, why: 'Marx’s letter, written in London' },
  { context: 'Hoffmann in February 1918', count: 1, why: 'the German advance began on February 18, 1918, after the changeover' },
];

export interface BareDate {
  /** Text around the date; `text` is found inside it. */
  context: string;
  /** The date as printed (a day, a month, or two of them for a range). */
  text: string;
  /** ISO value in the printed calendar: a day or month, or `from/to`. */
  value: string;
  count: number;
  /** When the context leaves doubt about the day itself ("I believe it was on December 12"). */
  cert?: 'low';
  why: string;
}

export const BARE_DATES: BareDate[] = [
  // sw6-thirteenth-congress (seed 004:5153–6402): the C.C. and C.C.C. resolution of December 5, 1923 on Party development
  { context: 'December 5', text: 'December 5', value: '1923-12-05', count: 18, why: 'the resolution on Party development of December 5, 1923 (004:6313 “December 5, 1923”)' },
  { context: 'Committee of December 9', text: 'December 9', value: '1923-12-09', count: 1, why: 'Trotsky’s letter, “four days after” the resolution of December 5, 1923' },
  { context: 'as on May 1', text: 'May 1', value: '1924-05-01', count: 3, why: 'the membership figures of the report of May 24, 1924' },
  // sw6-thirteenth-conference (January 1924), about the discussion of late 1923
  { context: 'on December 12 in the Hall', text: 'December 12', value: '1923-12-12', count: 1, cert: 'low', why: 'a meeting of the discussion of 1923; “I believe it was”' },
  { context: 'the letter of October 8', text: 'October 8', value: '1923-10-08', count: 1, why: 'Trotsky’s letter to the C.C. of October 8, 1923' },
  // notes of the Institute
  { context: 'sitting on October 22 he spoke', text: 'October 22', value: '1924-10-22', count: 1, why: 'the conference of secretaries of rural Party units, October 1924 (note 70)' },
  { context: 'sitting on October 26 spoke', text: 'October 26', value: '1924-10-26', count: 1, why: 'the plenum of the C.C., October 25–27, 1924 (note 71)' },
  { context: 'On January 31, the congress', text: 'January 31', value: '1924-01-31', count: 1, why: 'the Second Congress of Soviets of the U.S.S.R., January 26 – February 2, 1924' },
  // sw6-trotskyism-or-leninism and sw6-october-revolution-and-tactics: 1917, Old Style
  { context: 'October 10', text: 'October 10', value: '1917-10-10', count: 6, why: 'the C.C. meeting of October 10, 1917 (minutes quoted in the speech)' },
  { context: 'March-April', text: 'March-April', value: '1917-03/1917-04', count: 1, why: 'Lenin’s return and April Theses, 1917' },
  { context: 'May-August', text: 'May-August', value: '1917-05/1917-08', count: 1, why: '1917, the period before the Sixth Congress' },
  { context: 'September-October', text: 'September-October', value: '1917-09/1917-10', count: 1, why: '1917, the period before the uprising' },
  { context: 'September-November 1917', text: 'September-November 1917', value: '1917-09/1917-11', count: 2, why: 'Lenin, “Left-Wing” Communism, on 1917 (004:10709, 10716)' },
  { context: 'September-November', text: 'September-November', value: '1917-09/1917-11', count: 1, why: 'the same, the corrected reading of “SeptemberNovember 1917” (004:10708); the year is its own date' },
  { context: 'June 10', text: 'June 10', value: '1917-06-10', count: 2, why: 'the demonstration planned for June 10, 1917' },
  { context: 'October 15', text: 'October 15', value: '1917-10-15', count: 2, why: 'the Petrograd Committee meeting of October 15, 1917' },
  { context: 'October 16', text: 'October 16', value: '1917-10-16', count: 2, why: 'the enlarged C.C. meeting of October 16, 1917' },
  { context: 'October 25', text: 'October 25', value: '1917-10-25', count: 6, why: 'the uprising of October 25, 1917' },
  { context: 'January 9', text: 'January 9', value: '1905-01-09', count: 1, why: 'Bloody Sunday, January 9, 1905' },
  { context: 'April 20-21', text: 'April 20-21', value: '1917-04-20/1917-04-21', count: 1, why: 'the April demonstrations of 1917' },
  { context: 'June 9', text: 'June 9', value: '1917-06-09', count: 2, why: 'the demonstration called for June 10, 1917, cancelled on June 9' },
  { context: 'July 3', text: 'July 3', value: '1917-07-03', count: 2, why: 'the July days of 1917' },
  { context: 'April 20', text: 'April 20', value: '1917-04-20', count: 1, why: 'the April demonstrations of 1917' },
];

const used = new Map<object, number>();

export function resetReviewedDates(): void {
  used.clear();
}

export function noteUse(entry: object): void {
  used.set(entry, (used.get(entry) ?? 0) + 1);
}

/** Entries whose context was not found as often as reviewed (the seed or the data changed). */
export function unmetReviewedDates(): string[] {
  return [...NEW_STYLE, ...BARE_DATES]
    .filter((entry) => entry.count > 0 && (used.get(entry) ?? 0) !== entry.count)
    .map((entry) => `“${entry.context}”: expected ${entry.count}, found ${used.get(entry) ?? 0}`);
}
