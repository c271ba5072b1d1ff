import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ParseCache } from '../../src/corpus/load.js';
import { runCheck } from '../../src/pipeline/check.js';
import { ValidationCache } from '../../src/validate/validation-cache.js';

/** A schema of two elements; `withQuote` also allows <q>. */
function schema(withQuote: boolean): string {
  const q = withQuote ? '<element name="q"><text/></element>' : '';
  return `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
  <start><element name="TEI"><zeroOrMore><choice><element name="p"><text/></element>${q}</choice></zeroOrMore></element></start>
</grammar>`;
}

const doc = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">${body}</TEI>\n`;

describe('the check as serve repeats it (parse and validation caches)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tei-edition-check-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'tei'));
  mkdirSync(path.join(root, 'schema'));
  writeFileSync(path.join(root, 'edition.config.json'), JSON.stringify({ corpus: 'tei', schema: 'schema/s.rng' }));
  const write = (name: string, text: string) => writeFileSync(path.join(root, name), text);
  const cache = { parsed: new ParseCache(), validated: new ValidationCache() };
  const check = () => runCheck({ config: loadConfig(root), inputs: [], validate: true, lint: false, keepDocuments: true, cache });
  const invalid = (outcome: Awaited<ReturnType<typeof check>>) =>
    outcome.diagnostics.filter((d) => d.ruleId === 'schema/invalid').map((d) => `${path.basename(d.file)}:${d.line}`);

  it('parses and validates again only what changed, and never reports a finding that is no longer true', async () => {
    write('schema/s.rng', schema(false));
    write('tei/a.xml', doc('<q>quoted</q>'));
    write('tei/b.xml', doc('<p>fine</p>'));
    const first = await check();
    expect(invalid(first)).toEqual(['a.xml:1']);

    // a is mended, b is broken: each file's findings follow its own bytes
    write('tei/a.xml', doc('<p>mended</p>'));
    write('tei/b.xml', doc('<p>fine</p>\n<q>now quoted</q>'));
    const second = await check();
    expect(invalid(second)).toEqual(['b.xml:2']);

    // nothing changed: the same trees, the same findings
    const third = await check();
    expect(invalid(third)).toEqual(['b.xml:2']);
    for (const name of ['a.xml', 'b.xml']) {
      const tree = (outcome: typeof third) => outcome.files.find((file) => file.file.endsWith(name))?.document;
      expect(tree(third)).toBeDefined();
      expect(tree(third)).toBe(tree(second));
    }

    // the schema changed: every file is validated against it again
    write('schema/s.rng', schema(true));
    const fourth = await check();
    expect(invalid(fourth)).toEqual([]);
  }, 120_000);
});
