import { allElements, attribute } from '../../../xml/model.js';
import { datingMethodIsJulian, ISO_DATE_ATTRIBUTES } from '../../dates/date-attributes.js';
import { formatDate, parseIsoDate } from '../../dates/iso-date.js';
import { julianToGregorian } from '../../dates/julian.js';
import { isUnresolved } from '../../corpus-index.js';
import type { Rule } from '../../rule.js';

export const dateCalendar: Rule = {
  id: 'date-calendar',
  meta: {
    description: '@calendar and @datingMethod point to a declared calendar, and a Julian -custom value converts to the Gregorian value beside it.',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/date-calendar/README.md',
  },
  messages: {
    undeclared: '{attribute}="{value}" does not lead to a declared calendar: {reason}',
    notCalendar: '{attribute}="{value}" leads to <{target}>, not to a <calendar>',
    conversion: '{custom}="{julian}" (Julian) is {gregorian} in the Gregorian calendar, but @{name}="{value}"',
  },
  check({ document, index, profile, report }) {
    for (const element of allElements(document)) {
      for (const name of ['calendar', 'datingMethod']) {
        const pointer = attribute(element, name);
        if (!pointer) continue;
        for (const value of pointer.value.split(/\s+/).filter(Boolean)) {
          const resolved = index.resolve(document, value);
          if (isUnresolved(resolved, profile)) {
            report({ at: pointer, messageId: 'undeclared', data: { attribute: name, value, reason: resolved.reason }, hint: 'Declare it in profileDesc/calendarDesc/calendar.' });
          } else if (resolved.kind === 'element' && resolved.element.name !== 'calendar') {
            report({ at: pointer, messageId: 'notCalendar', data: { attribute: name, value, target: resolved.element.name } });
          }
        }
      }
      if (!datingMethodIsJulian(document, element, index)) continue;
      for (const name of ISO_DATE_ATTRIBUTES) {
        const gregorianAttribute = attribute(element, name);
        const julianAttribute = attribute(element, `${name}-custom`);
        if (!gregorianAttribute || !julianAttribute) continue;
        const julian = parseIsoDate(julianAttribute.value, 'julian');
        const gregorian = parseIsoDate(gregorianAttribute.value);
        if (!julian.ok || !gregorian.ok) continue; // date-iso reports those
        if (Number.isNaN(julian.date.year) || Number.isNaN(gregorian.date.year)) continue; // no year, no conversion
        const converted = julianToGregorian(julian.date);
        if (!converted || gregorian.date.day === undefined) continue; // month or year precision: no day to convert
        if (formatDate(converted) !== formatDate(gregorian.date)) {
          report({
            at: julianAttribute,
            messageId: 'conversion',
            data: { custom: julianAttribute.name, julian: julianAttribute.value, gregorian: formatDate(converted), name, value: gregorianAttribute.value },
          });
        }
      }
    }
  },
};
