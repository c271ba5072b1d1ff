import { attribute, elementsNamed, type XmlAttribute, type XmlElement } from '../../../xml/model.js';
import { datingMethodIsJulian, isoDates } from '../../dates/date-attributes.js';
import { readDateText, type TextDate } from '../../dates/date-text.js';
import { earliestDay, latestDay, parseIsoDate, type CalendarDate } from '../../dates/iso-date.js';
import { readingText } from '../../dates/reading-text.js';
import type { Rule } from '../../rule.js';

export const dateText: Rule = {
  id: 'date-text',
  meta: {
    description: 'The text of a date agrees with its attributes (day, month and year as far as the text states them; ranges; Old Style values).',
    severity: 'error',
    docs: 'src/lint/rules/date-text/README.md',
  },
  messages: {
    disagrees: 'The text "{text}" says {says}, but @{attribute}="{value}"',
    range: 'The text "{text}" is a range ({says}), but @{attribute}="{value}" is a single point; use @from and @to',
    rangeOutside: 'The range "{text}{rest}" goes on after the date element, which holds only "{text}"; put the whole range inside it, with @from and @to',
    outside: 'The text "{text}" says {says}, outside @notBefore–@notAfter ({from} – {to})',
  },
  check({ document, index, report }) {
    for (const date of elementsNamed(document, 'date')) {
      const text = readingText(date);
      const said = readDateText(text).filter((point) => point.year !== undefined || point.month !== undefined);
      if (said.length === 0) continue;
      const iso = isoDates(date);
      const rest = rangeContinuation(date, text);
      if (rest) {
        report({ at: date, messageId: 'rangeOutside', data: { text, rest } });
        continue;
      }
      const julian = datingMethodIsJulian(document, date, index);
      const custom = (name: string): CalendarDate | undefined => {
        const written = attribute(date, `${name}-custom`);
        if (!written || !julian) return undefined;
        const parsed = parseIsoDate(written.value, 'julian');
        return parsed.ok ? parsed.date : undefined;
      };
      const disagree = (point: TextDate, name: string, value: { date: CalendarDate; attribute: XmlAttribute }) => {
        const oldStyle = custom(name);
        if (agrees(point, value.date) || (oldStyle && agrees(point, oldStyle))) return false;
        report({ at: value.attribute, messageId: 'disagrees', data: { text, says: describe(point), attribute: value.attribute.name, value: value.attribute.value } });
        return true;
      };

      const rangeEnd = said.find((point) => point.rangeEnd);
      if (iso.when && rangeEnd) {
        const range = `${describe({ ...said[Math.max(0, said.indexOf(rangeEnd) - 1)], alternativeDay: undefined })} – ${describe(rangeEnd)}`;
        report({ at: iso.when.attribute, messageId: 'range', data: { text, says: range, attribute: iso.when.attribute.name, value: iso.when.attribute.value } });
      } else if (iso.when) {
        said.some((point) => disagree(point, 'when', iso.when!));
      } else if (iso.from && iso.to) {
        const first = said[0];
        const last = said[said.length - 1];
        if (said.length === 1) {
          if (!agrees(first, iso.from.date) && !agrees(first, iso.to.date)) disagree(first, 'from', iso.from);
        } else if (!disagree(first, 'from', iso.from)) {
          disagree(last, 'to', iso.to);
        }
      } else if (iso.notBefore && iso.notAfter && said.length === 1 && said[0].year !== undefined) {
        const point: CalendarDate = { year: said[0].year, month: said[0].month, day: said[0].day };
        if (latestDay(point) < earliestDay(iso.notBefore.date) || earliestDay(point) > latestDay(iso.notAfter.date)) {
          report({
            at: iso.notBefore.attribute,
            messageId: 'outside',
            data: { text, says: describe(said[0]), from: iso.notBefore.attribute.value, to: iso.notAfter.attribute.value },
          });
        }
      }
    }
  },
};

/** "1919</date>-21", "May</date>–August": the end of a printed range left outside the element. */
function rangeContinuation(date: XmlElement, text: string): string | undefined {
  const siblings = date.parent?.children ?? [];
  const next = siblings[siblings.indexOf(date) + 1];
  if (!next || next.kind !== 'text') return undefined;
  const continuation = /^[–—-]\s*(?:\d{4}|\d{1,2}|[A-Z][a-z]+)(?![\p{L}\p{N}])/u.exec(next.value)?.[0];
  if (!continuation) return undefined;
  const ends = (written: string) => readDateText(written).filter((point) => point.rangeEnd).length;
  return ends(text + continuation) > ends(text) ? continuation : undefined;
}

function agrees(point: TextDate, date: CalendarDate): boolean {
  if (point.year !== undefined && point.year !== date.year) return false;
  if (point.month !== undefined && date.month !== undefined && point.month !== date.month) return false;
  if (point.day !== undefined && date.day !== undefined && point.day !== date.day && point.alternativeDay !== date.day) return false;
  return true;
}

function describe(point: TextDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = point.year === undefined ? '-' : String(point.year);
  return [year, point.month && pad(point.month), point.day && pad(point.day)].filter(Boolean).join('-') +
    (point.alternativeDay ? ` (or day ${point.alternativeDay})` : '');
}
