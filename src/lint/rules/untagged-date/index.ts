import type { XmlText } from '../../../xml/model.js';
import { languageOf, positionInText, runningTextNodes } from '../../running-text.js';
import type { Rule } from '../../rule.js';

/** Already tagged, not reading text, or the source's uncorrected reading. */
const SKIPPED = new Set(['date', 'time', 'teiHeader', 'sic', 'orig', 'idno', 'ptr', 'fw']);

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

const matchers = new Map<string, RegExp>();

/**
 * Month and day ("October 10", "April 20–21", "10 October"), month and year ("October 1917") and
 * month ranges ("May–August") written with the language's month names (as printed, case included).
 */
function dateExpression(months: readonly string[]): RegExp {
  const key = months.join('|');
  let regex = matchers.get(key);
  if (!regex) {
    const month = `(?:${[...months].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
    const day = '\\d{1,2}(?:st|nd|rd|th)?(?!\\d)';
    const dash = '\\s*[–—-]\\s*';
    const alternatives = [
      `${month}(?:${dash}${month})?\\s+${day}(?:${dash}${day})?(?:,?\\s+\\d{4}(?!\\d))?`,
      `${day}(?:${dash}${day})?\\s+(?:of\\s+)?${month}(?:,?\\s+\\d{4}(?!\\d))?`,
      `${month},?\\s+\\d{4}(?!\\d)`,
      `${month}${dash}${month}`,
    ];
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu');
    matchers.set(key, regex);
  }
  return regex;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const untaggedDate: Rule = {
  id: 'untagged-date',
  meta: {
    description: 'A date expression in running text (month and day, month and year, a range of months) that is not inside <date> — a date the tagging missed.',
    severity: 'warning',
    docs: 'src/lint/rules/untagged-date/README.md',
    optIn: true,
  },
  messages: {
    untagged: '"{expression}" is a date but is not tagged; encode it as <date> with @when (or @from/@to)',
  },
  optionsProblem(options) {
    const months = options.months;
    if (months === undefined) return undefined;
    const valid = typeof months === 'object' && months !== null && !Array.isArray(months) &&
      Object.values(months).every((list) => Array.isArray(list) && list.length === 12 && list.every((name) => typeof name === 'string' && name.trim() !== ''));
    return valid ? undefined : '"months" must map languages to lists of the twelve month names';
  },
  check({ document, report, options }) {
    const months: Record<string, string[]> = { en: ENGLISH_MONTHS, ...(options.months as Record<string, string[]> | undefined) };
    for (const node of runningTextNodes(document, SKIPPED)) {
      const language = (languageOf(node) ?? 'en').split('-')[0];
      const names = months[language];
      if (!names) continue; // a language whose month names are not configured is not read
      for (const expression of expressions(node, names)) {
        report({ at: positionInText(document, node, expression.index), messageId: 'untagged', data: { expression: expression.text } });
      }
    }
  },
};

function expressions(node: XmlText, months: readonly string[]): { index: number; text: string }[] {
  return [...node.value.matchAll(dateExpression(months))].map((match) => ({ index: match.index, text: match[0].replace(/\s+/g, ' ') }));
}
