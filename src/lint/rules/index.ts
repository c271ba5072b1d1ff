/** Every lint rule, registered explicitly (a meta-test keeps this list and the rule folders in step). */
import type { Rule } from '../rule.js';
import { authorityId } from './authority-id/index.js';
import { dateCalendar } from './date-calendar/index.js';
import { dateCalendarBefore } from './date-calendar-before/index.js';
import { dateIso } from './date-iso/index.js';
import { dateLife } from './date-life/index.js';
import { dateRange } from './date-range/index.js';
import { dateText } from './date-text/index.js';
import { noteSequence } from './note-sequence/index.js';
import { pbSequence } from './pb-sequence/index.js';
import { personNameUntagged } from './person-name-untagged/index.js';
import { personRefResolves } from './person-ref-resolves/index.js';
import { personReferenced } from './person-referenced/index.js';
import { pointerResolves } from './pointer-resolves/index.js';
import { spacedLetters } from './spaced-letters/index.js';
import { untaggedDate } from './untagged-date/index.js';
import { xmlIdUnique } from './xml-id-unique/index.js';

export const rules: readonly Rule[] = [
  personRefResolves,
  pointerResolves,
  personReferenced,
  personNameUntagged,
  dateIso,
  dateRange,
  dateText,
  dateCalendar,
  dateCalendarBefore,
  untaggedDate,
  dateLife,
  xmlIdUnique,
  noteSequence,
  pbSequence,
  authorityId,
  spacedLetters,
];
