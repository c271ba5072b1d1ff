import { allElements, attribute } from '../../../xml/model.js';
import { hasDateAttribute, isoDates } from '../../dates/date-attributes.js';
import { isDatable } from '../../dates/datable.js';
import { earliestDay, latestDay } from '../../dates/iso-date.js';
import type { Rule } from '../../rule.js';

const PAIRS = [
  ['from', 'to'],
  ['notBefore', 'notAfter'],
] as const;

export const dateRange: Rule = {
  id: 'date-range',
  meta: {
    description: 'Date ranges are in order (and, under the edition profile, come in complete pairs: @from with @to, @notBefore with @notAfter).',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/date-range/README.md',
  },
  messages: {
    incomplete: '@{present} without @{missing}',
    reversed: '@{start}="{startValue}" is after @{end}="{endValue}"',
  },
  check({ document, profile, report }) {
    for (const element of allElements(document)) {
      if (!hasDateAttribute(element) || !isDatable(element.name)) continue;
      const dates = isoDates(element);
      for (const [start, end] of PAIRS) {
        const startAttribute = attribute(element, start) ?? attribute(element, `${start}-iso`);
        const endAttribute = attribute(element, end) ?? attribute(element, `${end}-iso`);
        // TEI allows a lone @notBefore or @to ("after 1850", "until 1923"); complete pairs are house policy
        if (profile === 'edition') {
          if (startAttribute && !endAttribute) report({ at: startAttribute, messageId: 'incomplete', data: { present: start, missing: end } });
          if (endAttribute && !startAttribute) report({ at: endAttribute, messageId: 'incomplete', data: { present: end, missing: start } });
        }
        const first = dates[start];
        const last = dates[end];
        // "in order": the range may not end before it starts, at any precision
        if (first && last && earliestDay(first.date) > latestDay(last.date)) {
          report({ at: last.attribute, messageId: 'reversed', data: { start, startValue: first.attribute.value, end, endValue: last.attribute.value } });
        }
      }
    }
  },
};
