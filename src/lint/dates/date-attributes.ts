/** Reading the date attributes of an element (att.datable) once, for the date rules. */
import { attribute, type XmlAttribute, type XmlDocument, type XmlElement } from '../../xml/model.js';
import type { CorpusIndex } from '../corpus-index.js';
import { parseIsoDate, type CalendarDate } from './iso-date.js';

export const ISO_DATE_ATTRIBUTES = ['when', 'from', 'to', 'notBefore', 'notAfter'] as const;
export type IsoDateAttribute = (typeof ISO_DATE_ATTRIBUTES)[number];

const DATE_ATTRIBUTE_NAMES = new Set(
  ISO_DATE_ATTRIBUTES.flatMap((name) => [name, `${name}-iso`, `${name}-custom`]),
);

/** A quick test before the detailed look-ups: most elements carry no date at all. */
export function hasDateAttribute(element: XmlElement): boolean {
  return element.attributes.some((a) => DATE_ATTRIBUTE_NAMES.has(a.name));
}

/** The valid ISO values among @when, @from, @to, @notBefore, @notAfter (and their -iso twins). */
export function isoDates(element: XmlElement): Partial<Record<IsoDateAttribute, { date: CalendarDate; attribute: XmlAttribute }>> {
  const found: Partial<Record<IsoDateAttribute, { date: CalendarDate; attribute: XmlAttribute }>> = {};
  for (const name of ISO_DATE_ATTRIBUTES) {
    const written = attribute(element, name) ?? attribute(element, `${name}-iso`);
    if (!written) continue;
    const parsed = parseIsoDate(written.value);
    if (parsed.ok && !Number.isNaN(parsed.date.year)) found[name] = { date: parsed.date, attribute: written };
  }
  return found;
}

/** Whether @datingMethod (for the -custom values) names a Julian calendar. */
export function datingMethodIsJulian(document: XmlDocument, element: XmlElement, index: CorpusIndex): boolean {
  const method = attribute(element, 'datingMethod')?.value;
  if (!method) return false;
  return method.split(/\s+/).some((token) => isJulianCalendar(document, token, index));
}

export function isJulianCalendar(document: XmlDocument, token: string, index: CorpusIndex): boolean {
  const resolved = index.resolve(document, token);
  if (resolved.kind === 'element') return /julian/i.test(resolved.id);
  return /julian/i.test(token);
}
