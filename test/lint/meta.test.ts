import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/lint.js';
import { rulesDocument } from '../../src/lint/rules-doc.js';
import { RULES_FOLDER } from './helpers.js';

const folders = readdirSync(RULES_FOLDER).filter((entry) => statSync(path.join(RULES_FOLDER, entry)).isDirectory());

describe('rule catalogue', () => {
  it('every rule folder is registered, and every registered rule has a folder', () => {
    expect(folders.sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('rule ids are unique and kebab-case', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.id} has README, fixtures, description and docs path`, () => {
      for (const file of ['index.ts', 'README.md', 'valid.xml', 'invalid.xml']) {
        expect(existsSync(path.join(RULES_FOLDER, rule.id, file)), `${rule.id}/${file}`).toBe(true);
      }
      const readme = readFileSync(path.join(RULES_FOLDER, rule.id, 'README.md'), 'utf8');
      expect(readme.startsWith(`# ${rule.id}\n`)).toBe(true);
      for (const section of ['## What it checks', '## Why', '## Invalid', '## Valid', '## Options']) expect(readme).toContain(section);
      expect(readme).toContain(`**Default severity:** ${rule.meta.severity}`);
      expect(readme).toContain(`**Profile:** ${rule.meta.profile} — `);
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(rule.meta.docs).toBe(`src/lint/rules/${rule.id}/README.md`);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });
  }

  it('docs/rules.md is generated from the READMEs and lists every rule', () => {
    const documented = readFileSync('docs/rules.md', 'utf8');
    expect(documented, 'regenerate: node lib/lint/rules-doc.js > docs/rules.md').toBe(rulesDocument(RULES_FOLDER));
    for (const rule of rules) expect(documented).toContain(`## ${rule.id}`);
  });
});
