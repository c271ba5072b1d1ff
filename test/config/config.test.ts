import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SCHEMA, loadConfig } from '../../src/config/config.js';
import { ToolError } from '../../src/errors/tool-error.js';

function project(config?: unknown, withTei = true): string {
  const root = mkdtempSync(path.join(tmpdir(), 'config-'));
  if (withTei) mkdirSync(path.join(root, 'tei'));
  if (config !== undefined) writeFileSync(path.join(root, 'edition.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

describe('loadConfig', () => {
  it('falls back to tei/, the bundled schema and dist/ without a config file', () => {
    const root = project();
    const config = loadConfig(root);
    expect(config.corpus).toBe(path.join(root, 'tei'));
    expect(config.schema).toBe(BUNDLED_SCHEMA);
    expect(config.output).toBe(path.join(root, 'dist'));
    expect(config.configFile).toBeUndefined();
  });

  it('uses the working folder as corpus in a project without tei/', () => {
    const root = project(undefined, false);
    expect(loadConfig(root).corpus).toBe(root);
  });

  it('resolves paths relative to the config file and keeps rule settings', () => {
    const root = project({ corpus: 'letters', output: 'site', rules: { 'person-referenced': 'off' } });
    const config = loadConfig(root);
    expect(config.corpus).toBe(path.join(root, 'letters'));
    expect(config.output).toBe(path.join(root, 'site'));
    expect(config.rules).toEqual({ 'person-referenced': 'off' });
  });

  it('rejects invalid JSON, wrong types and unknown rule settings as tool errors', () => {
    for (const bad of ['{ not json', '[1]', { corpus: 3 }, { rules: { 'date-iso': 'loud' } }, { rules: { 'no-such-rule': 'off' } }]) {
      const root = project(bad);
      expect(() => loadConfig(root)).toThrow(ToolError);
    }
  });

  it('keeps rule options and rejects options a rule does not accept, naming the rule', () => {
    const options = { 'date-calendar-before': { before: '1918-02-14', files: ['texts/'] } };
    expect(loadConfig(project({ ruleOptions: options })).ruleOptions).toEqual(options);
    const bad: [unknown, RegExp][] = [
      [{ 'date-calendar-before': { before: '14.2.1918' } }, /date-calendar-before.*YYYY-MM-DD/],
      [{ 'date-iso': { strict: true } }, /date-iso.*takes no options/],
      [{ 'no-such-rule': {} }, /no such rule: no-such-rule/],
      [{ 'untagged-date': { months: { fr: ['janvier'] } } }, /twelve month names/],
      [{ 'untagged-date': 'on' }, /map rule ids to objects/],
    ];
    for (const [ruleOptions, message] of bad) expect(() => loadConfig(project({ ruleOptions }))).toThrow(message);
  });

  it('reports a missing explicit config file as a tool error', () => {
    const root = project();
    expect(() => loadConfig(root, path.join(root, 'nope.json'))).toThrow(/not found/);
  });
});

describe('loadConfig: fields of the wrong type are configuration errors', () => {
  for (const [field, value] of [
    ['rules', null],
    ['rules', 'off'],
    ['rules', []],
    ['ignore', 5],
    ['ignore', [1]],
    ['allowOutsideOutput', 'yes'],
  ] as const) {
    it(`"${field}": ${JSON.stringify(value)}`, () => {
      const root = project({ [field]: value });
      expect(() => loadConfig(root)).toThrow(ToolError);
      expect(() => loadConfig(root)).toThrow(`"${field}" must be`);
    });
  }

  it('reads allowOutsideOutput', () => {
    expect(loadConfig(project({ allowOutsideOutput: true })).allowOutsideOutput).toBe(true);
    expect(loadConfig(project({})).allowOutsideOutput).toBe(false);
  });
});
