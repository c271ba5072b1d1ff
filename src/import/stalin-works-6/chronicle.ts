/**
 * The Biographical Chronicle for 1924: a dated list of events. Each entry is a date label (with
 * an optional time of day) followed by its text; every date resolves to 1924 from the chronicle's
 * heading (@cert="medium", as the conventions ask for dates resolved from context).
 */
import type { BodyWriter } from './body.js';
import { iso, MONTHS } from './dates.js';
import { dateElement, render } from './inline.js';
import type { Volume } from './volume.js';
import { escapeXml } from './xml.js';

const YEAR = 1924;
const MONTH = `(${MONTHS.join('|')})`;
const DATE_LABEL = new RegExp(
  `^\\s*(?:${MONTH}(?: (\\d{1,2}))?(?:\\s?[-—]\\s?(?:${MONTH})?\\s?(\\d{1,2})?)?|(Beginning|End|Middle) of ${MONTH}|Before ${MONTH} (\\d{1,2}))\\s*$`,
);
const TIME_LABEL = /^\s*\d{1,2}(?:\.\d{2})? [ap]\. ?m\.(?:—)?\s*$/;

export function isDateLabel(text: string): boolean {
  return DATE_LABEL.test(text);
}

/** The value of a chronicle date label. */
export function labelValue(label: string): Record<string, string> | undefined {
  const m = DATE_LABEL.exec(label.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const month = (name: string) => MONTHS.indexOf(name) + 1;
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
  times: number[];
  text: number[];
}

export function chronicleBody(volume: Volume, writer: BodyWriter, from: number, to: number): string {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let headingLine = from;
  for (let line = from + 1; line <= to; line++) {
    const text = volume.text[line].trim();
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
    const labelText = entry.label.map((line) => volume.text[line].trim()).join(' ');
    const value = entry.label.length ? labelValue(labelText) : lastValue;
    if (entry.label.length) lastValue = value;
    const pbs = writer.pagesWithin(Math.min(...entry.label, ...entry.times, ...entry.text), Math.min(...entry.label, ...entry.times, ...entry.text));
    const when = value ? Object.entries(value).filter(([name]) => name !== 'cert').map(([name, v]) => ` ${name}="${v}"`).join('') : '';
    const labelXml = entry.label.length && value ? dateElement(escapeXml(labelText), value) : escapeXml(labelText);
    const timesXml = entry.times.map((line) => `<time>${escapeXml(volume.text[line].trim())}</time>`).join(' ');
    const headText = [labelXml, timesXml].filter(Boolean).join(' ');
    const text = writer.joinLines(entry.text);
    xml += `<event${when}>${headText ? `<head>${headText}</head>` : ''}<p>${pbs}${render(text, volume.insertions, { yearForBareDays: YEAR })}</p></event>`;
  }
  return `${xml}</listEvent></div>`;
}
