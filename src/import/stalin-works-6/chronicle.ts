/**
 * The Biographical Chronicle for 1924: a dated list of events. Each entry is a date label (with
 * an optional time of day) followed by its text; every date resolves to 1924 from the chronicle's
 * heading (@cert="medium", as the conventions ask for dates resolved from context).
 */
import type { BodyWriter } from './body.js';
import { iso, MONTHS } from './dates.js';
import { dateElement, render, tagText } from './inline.js';
import type { Volume } from './volume.js';
import { escapeXml } from './xml.js';

const YEAR = 1924;
const MONTH = `(${MONTHS.join('|')})`;
const DATE_LABEL = new RegExp(
  `^\\s*(?:${MONTH}(?: (\\d{1,2}))?(?:\\s?[-—]\\s?(?:${MONTH})?\\s?(\\d{1,2})?)?|(Beginning|End|Middle) of ${MONTH}|Before ${MONTH} (\\d{1,2}))\\s*$`,
);
const TIME_LABEL = /^\s*\d{1,2}(?:\.\d{2})? [ap]\. ?m\.(?:—)?\s*$/;

/** Two days of one month ("January 29, 31"). */
const DAY_LIST = new RegExp(`^\\s*${MONTH} (\\d{1,2}), (\\d{1,2})\\s*$`);

export function isDateLabel(text: string): boolean {
  return DATE_LABEL.test(text) || DAY_LIST.test(text);
}

/** The value of a chronicle date label. */
export function labelValue(label: string): Record<string, string> | undefined {
  const month = (name: string) => MONTHS.indexOf(name) + 1;
  const days = DAY_LIST.exec(label);
  if (days) {
    return { notBefore: iso(YEAR, month(days[1]), Number(days[2])), notAfter: iso(YEAR, month(days[1]), Number(days[3])), cert: 'medium' };
  }
  const m = DATE_LABEL.exec(label.replace(/\s+/g, ' '));
  if (!m) return undefined;
  if (m[1]) {
    const start = m[2] ? iso(YEAR, month(m[1]), Number(m[2])) : iso(YEAR, month(m[1]));
    if (m[4]) return { from: start, to: iso(YEAR, month(m[3] ?? m[1]), Number(m[4])), cert: 'medium' };
    if (m[3] && !m[4]) return { from: start, to: iso(YEAR, month(m[3])), cert: 'medium' };
    return { when: start, cert: 'medium' };
  }
  if (m[5]) {
    const monthValue = iso(YEAR, month(m[6]));
    return { when: monthValue, cert: 'medium' };
  }
  if (m[7]) return { notAfter: iso(YEAR, month(m[7]), Number(m[8])), cert: 'medium' };
  return undefined;
}

interface Entry {
  label: number[];
  /** The label as printed when it shares its line with the entry's text ("Before November 7 J. V. …"). */
  labelText?: string;
  times: number[];
  text: number[];
}

/**
 * The two-column layout of the chronicle broke in three places; the printed order stays in `sic`,
 * the entries' own texts are given in `corr`. Reviewed data (seed lines).
 */
export const REPAIRS: { from: number; to: number; corr: string; why: string }[] = [
  {
    from: 12008, to: 12011,
    corr: 'J. V. Stalin delivers a report on the “Results of the Thirteenth Congress of the R.C.P.(B.)” at the C.C., R.C.P.(B.) Courses for Secretaries of Uyezd Party Committees.',
    why: 'the line beginnings of the June 17 entry; the rest of its lines is printed in the June 27 entry',
  },
  { from: 12043, to: 12046, corr: '', why: 'the rest of the June 17 entry' },
  { from: 12081, to: 12081, corr: 'J. V. Stalin is elected to the Executive Committee and to the Presidium of the E.C. of the Comintern.', why: 'the July 15 entry, printed under July 8' },
  { from: 12087, to: 12087, corr: '', why: 'the July 8 entry, printed under July 25' },
];
/** Entries whose text the broken layout printed elsewhere (label line → the text). */
const SUPPLIED_TEXT = new Map([[12084, 'J. V. Stalin writes a letter to Demyan Bedny.']]);
/** A label split over two lines ("Beginning / of April"). */
const LABEL_START = /^(Beginning|End|Middle)$/;
/** A label at the start of an entry's line. */
const INLINE_LABEL = new RegExp(`^(Before ${MONTH} \\d{1,2}) (.+)$`);

export function chronicleBody(volume: Volume, writer: BodyWriter, from: number, to: number): string {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let headingLine = from;
  const repairs = applyRepairs(volume);
  for (let line = from + 1; line <= to; line++) {
    const text = volume.text[line].trim();
    const inline = INLINE_LABEL.exec(text);
    if (inline) {
      entries.push((current = { label: [line], labelText: inline[1], times: [], text: [line] }));
      volume.text[line] = inline[inline.length - 1];
      continue;
    }
    if (LABEL_START.test(text) && /^of /.test(volume.text[line + 1]?.trim() ?? '')) {
      entries.push((current = { label: [line, line + 1], times: [], text: [] }));
      line++;
      continue;
    }
    if (!text) {
      if (current && writer.hasPage(line)) current.text.push(line); // keep the pb
      continue;
    }
    const previousIsLabel = current && current.text.length === 0 && current.times.length === 0;
    if (isDateLabel(text) && !(previousIsLabel && /^\s*\d{1,2}\s*$/.test(text))) {
      // "March 31—" followed by "April 2": one label over two lines.
      if (current && current.text.length === 0 && current.times.length === 0 && /—\s*$/.test(volume.text[current.label[0]])) {
        current.label.push(line);
        continue;
      }
      entries.push((current = { label: [line], times: [], text: [] }));
    } else if (TIME_LABEL.test(text) && current) {
      if (current.text.length > 0) entries.push((current = { label: [], times: [line], text: [] }));
      else current.times.push(line);
    } else if (current) {
      current.text.push(line);
    } else {
      headingLine = line;
    }
  }
  let xml = `${writer.pagesWithin(from, from)}<div type="chronicle"><head>${render(volume.text[from].trim(), volume.insertions, { noDates: true })}</head>`;
  void headingLine;
  xml += '<listEvent>';
  let lastValue: Record<string, string> | undefined;
  for (const entry of entries) {
    const labelText = entry.labelText ?? entry.label.map((line) => volume.text[line].trim()).join(' ');
    const value = entry.label.length ? labelValue(labelText) : lastValue;
    // "Before November 7": the chronicle is in date order, so the entry is not before the previous one.
    if (value?.notAfter && !value.notBefore && lastValue) value.notBefore = lastValue.to ?? lastValue.when ?? lastValue.notAfter;
    if (entry.label.length) lastValue = value;
    const pbs = writer.pagesWithin(Math.min(...entry.label, ...entry.times, ...entry.text), Math.min(...entry.label, ...entry.times, ...entry.text));
    const when = value ? Object.entries(value).filter(([name]) => name !== 'cert').map(([name, v]) => ` ${name}="${v}"`).join('') : '';
    const labelXml = entry.label.length && value ? dateElement(escapeXml(labelText), value) : escapeXml(labelText);
    const timesXml = entry.times.map((line) => `<time>${escapeXml(volume.text[line].trim())}</time>`).join(' ');
    const headText = [labelXml, timesXml].filter(Boolean).join(' ');
    const supplied = entry.label.map((line) => SUPPLIED_TEXT.get(line)).find(Boolean);
    const text =
      (supplied ? volume.insertions.put(`<choice><sic/><corr resp="per:edition">${tagText(supplied, { yearForBareDays: YEAR })}</corr></choice> `) : '') +
      writer.joinLines(entry.text);
    xml += `<event${when}>${headText ? `<head>${headText}</head>` : ''}<p>${pbs}${render(text, volume.insertions, { yearForBareDays: YEAR })}</p></event>`;
  }
  void repairs;
  return `${xml}</listEvent></div>`;
}

/** Replaces the damaged lines by choices (placeholders); returns how many. */
function applyRepairs(volume: Volume): number {
  for (const repair of REPAIRS) {
    const printed = [];
    for (let line = repair.from; line <= repair.to; line++) {
      if (volume.text[line].trim()) printed.push(volume.text[line].trim());
      volume.text[line] = '';
    }
    const corr = repair.corr ? `<corr resp="per:edition">${tagText(repair.corr, { yearForBareDays: YEAR })}</corr>` : '<corr resp="per:edition"/>';
    volume.text[repair.from] = volume.insertions.put(
      `<choice><sic>${tagText(printed.join(' '), { yearForBareDays: YEAR })}</sic>${corr}</choice>`,
    );
  }
  return REPAIRS.length;
}
