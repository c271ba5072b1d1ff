/** Values read from TEI the same way by every export: normalised dates and text. */
import { attr, type XmlElement } from '../xml/model.js';

/** A TEI date as its normalised attributes. */
export interface DateValue {
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
}

export function dateValue(element: XmlElement): DateValue | undefined {
  const value: DateValue = {};
  for (const name of ['when', 'from', 'to', 'notBefore', 'notAfter'] as const) {
    const found = attr(element, name) ?? attr(element, `${name}-iso`);
    if (found && /^-?\d{4}(-\d{2}(-\d{2})?)?$/.test(found)) value[name] = found;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

/** The earliest day a date names, for sorting and for display ('' when undated). */
export function dateStart(date: DateValue | undefined): string {
  return date ? (date.when ?? date.from ?? date.notBefore ?? date.to ?? date.notAfter ?? '') : '';
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

