import { attribute, elementsNamed } from '../../../xml/model.js';
import { ISO_DATE_ATTRIBUTES, isoDates } from '../../dates/date-attributes.js';
import { earliestDay, parseIsoDate } from '../../dates/iso-date.js';
import { readingText } from '../../dates/reading-text.js';
import type { Rule } from '../../rule.js';

interface Options {
  /** The first day of the new calendar (ISO): dates before it must say which calendar they follow. */
  before: string;
  /** Fragments of document paths the rule applies to (default: every document). */
  files?: string[];
}

export const dateCalendarBefore: Rule = {
  id: 'date-calendar-before',
  meta: {
    description: 'A day or month date before a configured calendar changeover (Russia: 1918-02-14) states its calendar with @calendar.',
    severity: 'error',
    docs: 'src/lint/rules/date-calendar-before/README.md',
    optIn: true,
  },
  messages: {
    unstated: '"{text}" ({attribute}="{value}") is before {before}, the calendar changeover of these sources, but does not state its calendar',
  },
  optionsProblem(options) {
    if (typeof options.before !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(options.before) || !parseIsoDate(options.before).ok) {
      return '"before" must be the first day of the new calendar, as YYYY-MM-DD';
    }
    const files = options.files;
    if (files !== undefined && !(Array.isArray(files) && files.every((file) => typeof file === 'string' && file !== ''))) {
      return '"files" must be a list of path fragments';
    }
    return undefined;
  },
  check({ document, report, options }) {
    const { before, files } = options as unknown as Options;
    if (typeof before !== 'string') return; // turned on without options: nothing to compare with
    const changeover = parseIsoDate(before);
    if (!changeover.ok) return;
    const path = document.file.split('\\').join('/');
    if (files && !files.some((fragment) => path.includes(fragment))) return;
    const firstNewDay = earliestDay(changeover.date);
    for (const date of elementsNamed(document, 'date')) {
      if (attribute(date, 'calendar')) continue;
      const iso = isoDates(date);
      for (const name of ISO_DATE_ATTRIBUTES) {
        const value = iso[name];
        // a year alone is the same in both calendars but for its last days: not asked for
        if (!value || value.date.month === undefined || earliestDay(value.date) >= firstNewDay) continue;
        report({
          at: value.attribute,
          messageId: 'unstated',
          data: { text: readingText(date), attribute: value.attribute.name, value: value.attribute.value, before },
          hint: 'Old Style: calendar="…julian" datingMethod="…julian", @when Gregorian and @when-custom as printed; New Style: calendar="…gregorian".',
        });
        break;
      }
    }
  },
};
