import { allElements, attribute } from '../../../xml/model.js';
import { datingMethodIsJulian, hasDateAttribute, ISO_DATE_ATTRIBUTES } from '../../dates/date-attributes.js';
import { isDatable } from '../../dates/datable.js';
import { parseIsoDate } from '../../dates/iso-date.js';
import type { Rule } from '../../rule.js';

export const dateIso: Rule = {
  id: 'date-iso',
  meta: {
    description: 'Date attributes (@when, @from, @to, @notBefore, @notAfter, their -iso twins, and -custom values of Julian dates) are valid ISO dates that exist in their calendar.',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/date-iso/README.md',
  },
  messages: {
    invalid: '{attribute}="{value}" is not a valid date: {reason}',
  },
  check({ document, index, report }) {
    for (const element of allElements(document)) {
      if (!hasDateAttribute(element) || !isDatable(element.name)) continue;
      for (const name of ISO_DATE_ATTRIBUTES) {
        for (const written of [attribute(element, name), attribute(element, `${name}-iso`)]) {
          if (!written) continue;
          const parsed = parseIsoDate(written.value);
          if (!parsed.ok) report({ at: written, messageId: 'invalid', data: { attribute: written.name, value: written.value, reason: parsed.reason } });
        }
        const custom = attribute(element, `${name}-custom`);
        if (custom && datingMethodIsJulian(document, element, index)) {
          const parsed = parseIsoDate(custom.value, 'julian');
          if (!parsed.ok) report({ at: custom, messageId: 'invalid', data: { attribute: custom.name, value: custom.value, reason: `${parsed.reason} (Julian calendar)` } });
        }
      }
    }
  },
};
