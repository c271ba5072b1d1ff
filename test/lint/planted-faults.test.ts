import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, parse } from './helpers.js';

/**
 * The faults the issue names, planted one at a time in a clean letter: each is found, at the line
 * where it was planted, naming the faulty value. The clean letter itself has no finding.
 */
const PERSONS = 'test/fixtures/project/tei/persons.xml';
const LETTER = 'test/fixtures/project/tei/texts/demo/letter.xml';
const clean = readFileSync(LETTER, 'utf8').replace(
  '<p>A note from',
  '<p xml:id="demo-letter-p1">See <ref target="#demo-letter-p1">above</ref>.</p>\n        <p>A note from',
);

function check(text: string) {
  const persons = parse(PERSONS, readFileSync(PERSONS, 'utf8'));
  return lint([parse(LETTER, text), persons]).diagnostics.filter((d) => d.severity === 'error');
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

const FAULTS: { name: string; from: string; to: string; ruleId: string; value: string }[] = [
  { name: 'an unresolved @ref', from: 'ref="per:lenin">Lenin', to: 'ref="per:lenni">Lenin', ruleId: 'person-ref-resolves', value: 'per:lenni' },
  { name: 'an impossible date', from: 'when="1922-12-30"', to: 'when="1922-02-30"', ruleId: 'date-iso', value: '1922-02-30' },
  { name: 'a date whose text and @when disagree', from: 'when="1922-12-30"', to: 'when="1922-12-31"', ruleId: 'date-text', value: '1922-12-31' },
  { name: 'a duplicate xml:id', from: '<p>A note from', to: '<p xml:id="demo-letter-p1">A note from', ruleId: 'xml-id-unique', value: 'demo-letter-p1' },
  { name: 'a dangling #target', from: 'target="#demo-letter-p1"', to: 'target="#demo-letter-p9"', ruleId: 'pointer-resolves', value: '#demo-letter-p9' },
];

describe('planted faults', () => {
  it('the clean letter has no error', () => {
    expect(check(clean)).toEqual([]);
  });

  for (const fault of FAULTS) {
    it(`finds ${fault.name}`, () => {
      expect(clean).toContain(fault.from);
      const faulty = clean.replace(fault.from, fault.to);
      const findings = check(faulty).filter((d) => d.ruleId === fault.ruleId);
      expect(findings).toHaveLength(1);
      expect(findings[0].file).toBe(LETTER);
      expect(findings[0].line).toBe(lineOf(faulty, fault.to));
      expect(findings[0].message).toContain(fault.value);
      // the finding spans the faulty attribute, name="value"
      const line = faulty.split('\n')[(findings[0].line as number) - 1];
      expect(findings[0].endLine).toBe(findings[0].line);
      expect(line.slice((findings[0].column as number) - 1, (findings[0].endColumn as number) - 1)).toMatch(new RegExp(`^[\\w:]+="[^"]*${fault.value}"$`));
    });
  }
});
