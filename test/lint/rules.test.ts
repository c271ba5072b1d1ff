import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/lint.js';
import { lint, parseFixture, positionsOf } from './helpers.js';

/**
 * Every rule against its own fixtures: valid.xml yields no finding at all, invalid.xml yields this
 * rule's findings at exactly these positions (line:column of the attribute, element or text).
 */
const EXPECTED: Record<string, string[]> = {
  'person-ref-resolves': ['17:20', '17:71', '18:20', '18:61', '19:13'],
  'pointer-resolves': ['12:34', '13:15', '13:49', '14:10'],
  'person-referenced': ['17:17'],
  'person-name-untagged': ['12:54', '13:16', '13:59'],
  'date-iso': ['18:16', '19:16', '19:65', '20:16', '20:62', '21:34'],
  'date-range': ['12:16', '13:16', '14:34'],
  'date-text': ['12:16', '13:34', '14:16', '14:58', '15:16', '16:16', '17:16', '17:49', '18:16', '18:59', '19:13', '19:50'],
  'date-calendar-before': ['12:16', '12:62', '13:15'],
  'untagged-date': ['12:14', '12:48', '12:68', '12:85', '13:28', '13:45'],
  'spaced-letters': ['12:21', '12:48', '13:25', '13:50', '14:16', '15:27'],
  'date-calendar': ['18:49', '19:34', '20:34', '21:34'],
  'date-life': ['9:34', '16:80'],
  'xml-id-unique': ['13:10', '14:12'],
  'note-sequence': ['13:18', '14:20', '15:19'],
  'pb-sequence': ['12:30', '13:13'],
  'authority-id': ['11:24', '12:17', '13:17', '15:68'],
};

/** Options the fixtures are linted with (they also turn the opt-in rules on). */
const FIXTURE_OPTIONS: Record<string, Record<string, unknown>> = {
  'date-calendar-before': { before: '1918-02-14' },
  'untagged-date': {},
};

/** Only the rule under test gets its options: other opt-in rules stay off on its fixtures. */
function optionsFor(ruleId: string): Record<string, Record<string, unknown>> {
  return ruleId in FIXTURE_OPTIONS ? { [ruleId]: FIXTURE_OPTIONS[ruleId] } : {};
}

describe('rule fixtures', () => {
  it('has expectations for every registered rule', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  for (const rule of rules) {
    it(`${rule.id}: valid.xml is clean`, () => {
      const result = lint([parseFixture(rule.id, 'valid')], { ruleOptions: optionsFor(rule.id) });
      expect(result.toolFailures).toEqual([]);
      expect(result.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });

    it(`${rule.id}: invalid.xml is found at the expected positions`, () => {
      const result = lint([parseFixture(rule.id, 'invalid')], { ruleOptions: optionsFor(rule.id) });
      expect(result.toolFailures).toEqual([]);
      expect(positionsOf(result.diagnostics, rule.id)).toEqual(EXPECTED[rule.id]);
      for (const finding of result.diagnostics.filter((d) => d.ruleId === rule.id)) {
        expect(finding).toMatchObject({ source: 'lint', severity: rule.meta.severity });
        expect(finding.file).toMatch(new RegExp(`${rule.id}/invalid\\.xml$`));
      }
    });

    it(`${rule.id}: can be turned off and re-graded`, () => {
      const document = parseFixture(rule.id, 'invalid');
      expect(positionsOf(lint([document], { rules: { [rule.id]: 'off' }, ruleOptions: optionsFor(rule.id) }).diagnostics, rule.id)).toEqual([]);
      const regraded = lint([document], { rules: { [rule.id]: 'info' }, ruleOptions: optionsFor(rule.id) }).diagnostics.filter((d) => d.ruleId === rule.id);
      expect(regraded.length).toBe(EXPECTED[rule.id].length);
      expect(regraded.every((d) => d.severity === 'info')).toBe(true);
    });
  }

  it('opt-in rules are off unless the configuration names them', () => {
    for (const rule of rules.filter((candidate) => candidate.meta.optIn)) {
      expect(positionsOf(lint([parseFixture(rule.id, 'invalid')]).diagnostics, rule.id), rule.id).toEqual([]);
    }
    expect(rules.filter((rule) => rule.meta.optIn).map((rule) => rule.id).sort()).toEqual(['date-calendar-before', 'untagged-date']);
  });
});
