import { describe, expect, it } from 'vitest';
import { applyReplacement, compileXsdPattern } from '../../src/lint/xsd-pattern.js';

function groups(pattern: string, input: string) {
  const compiled = compileXsdPattern(pattern);
  if ('problem' in compiled) throw new Error(compiled.problem);
  return compiled.pattern.matchWhole(input);
}

describe('prefixDef matchPattern (XML Schema regex, run by RE2)', () => {
  it('matches the whole value and captures groups', () => {
    expect(groups('([a-z0-9\\-]+)', 'lenin-1')).toEqual(['lenin-1', 'lenin-1']);
    expect(groups('([a-z]+)', 'lenin ')).toBeUndefined();
    expect(groups('(ab)', 'xab')).toBeUndefined();
  });

  it('reads ^ and $ as characters, as XSD does', () => {
    expect(groups('^(a)$', '^a$')).toEqual(['^a$', 'a']);
    expect(groups('^(a)$', 'a')).toBeUndefined();
  });

  it('gives \\d, \\w, \\s and . their XSD meaning', () => {
    expect(groups('(\\d+)', '١٢٣')).toBeDefined(); // Arabic-Indic digits are \d in XSD
    expect(groups('\\w+', 'Ленин')).toBeDefined();
    expect(groups('\\w+', 'a,b')).toBeUndefined();
    expect(groups('a.b', 'a\nb')).toBeUndefined();
    expect(groups('a\\sb', 'a\tb')).toBeDefined();
  });

  it('refuses what it cannot run faithfully, with the reason', () => {
    expect(compileXsdPattern('[a-z-[aeiou]]')).toMatchObject({ problem: expect.stringMatching(/subtraction/) });
    expect(compileXsdPattern('\\p{IsGreek}+')).toMatchObject({ problem: expect.stringMatching(/block names/) });
    expect(compileXsdPattern('(a')).toMatchObject({ problem: expect.stringMatching(/not a valid regular expression/) });
    expect(compileXsdPattern('a'.repeat(1001))).toMatchObject({ problem: expect.stringMatching(/longer than/) });
  });

  it('never backtracks: (a+)+b on a long run of a’s answers at once', () => {
    expect(groups('(a+)+b', `${'a'.repeat(100_000)}!`)).toBeUndefined();
  });

  it('replaces $n by groups, as fn:replace does', () => {
    expect(applyReplacement('persons.xml#$1', ['lenin', 'lenin'])).toBe('persons.xml#lenin');
    expect(applyReplacement('\\$1-$2', ['x', 'a', undefined])).toBe('$1-');
  });
});
