import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ParseCache } from '../../src/corpus/load.js';
import { runCheck } from '../../src/pipeline/check.js';
import { LintCache } from '../../src/lint/lint-cache.js';
import { ValidationCache } from '../../src/validate/validation-cache.js';

/** A schema of two elements; `withQuote` also allows <q>. */
function schema(withQuote: boolean): string {
  const q = withQuote ? '<element name="q"><text/></element>' : '';
  return `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
  <start><element name="TEI"><zeroOrMore><choice><element name="p"><text/></element>${q}</choice></zeroOrMore></element></start>
</grammar>`;
}

const doc = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">${body}</TEI>\n`;

describe('the check as serve repeats it (parse, lint and validation caches)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tei-edition-check-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'tei'));
  mkdirSync(path.join(root, 'schema'));
  writeFileSync(path.join(root, 'edition.config.json'), JSON.stringify({ corpus: 'tei', schema: 'schema/s.rng' }));
  const write = (name: string, text: string) => writeFileSync(path.join(root, name), text);
  const cache = { parsed: new ParseCache(), validated: new ValidationCache(), linted: new LintCache() };
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

    // rewritten with the same size and its modification time set back (as `cp -p` or rsync leave
    // it): the new bytes are read all the same
    const file = path.join(root, 'tei/b.xml');
    const before = statSync(file);
    write('tei/b.xml', doc('<p>fine</p>\n<p>now plains</p>'));
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, before.atime, before.mtime);
    expect(invalid(await check())).toEqual([]);
    write('tei/b.xml', doc('<p>fine</p>\n<q>now quoted</q>'));

    // the schema changed: every file is validated against it again
    write('schema/s.rng', schema(true));
    const fourth = await check();
    expect(invalid(fourth)).toEqual([]);
  }, 120_000);

  it('lints again what a pointer leads to when that changed, though the document itself did not', async () => {
    const lintRoot = mkdtempSync(path.join(tmpdir(), 'tei-edition-lint-cache-'));
    mkdirSync(path.join(lintRoot, 'tei'));
    writeFileSync(path.join(lintRoot, 'edition.config.json'), JSON.stringify({ corpus: 'tei' }));
    const put = (name: string, text: string) => writeFileSync(path.join(lintRoot, 'tei', name), text);
    const lintCache = { parsed: new ParseCache(), validated: new ValidationCache(), linted: new LintCache() };
    const lint = async () => {
      const outcome = await runCheck({ config: loadConfig(lintRoot), inputs: [], validate: false, lint: true, cache: lintCache });
      return outcome.diagnostics.filter((d) => d.ruleId === 'pointer-resolves');
    };
    const where = (found: Awaited<ReturnType<typeof lint>>) => found.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}`);
    const places = (ids: string[]) => doc(`<teiHeader/><standOff><listPlace>${ids.map((id) => `<place xml:id="${id}"/>`).join('')}</listPlace></standOff>`);
    put('places.xml', places(['zurich', 'bern']));
    put('letter.xml', doc('<text><body><p>From <placeName ref="places.xml#zurich">Zürich</placeName>,\n<ref target="scan.png">scan</ref></p></body></text>'));

    const first = await lint();
    expect(where(first)).toEqual(['letter.xml:2:6']); // no scan.png yet

    // nothing changed: the findings are the ones kept
    const again = await lint();
    expect(where(again)).toEqual(['letter.xml:2:6']);
    expect(again[0]).toBe(first[0]);

    // the register lost the place the letter points to: the unchanged letter is linted again
    put('places.xml', places(['bern']));
    expect(where(await lint())).toEqual(['letter.xml:1:73', 'letter.xml:2:6']);

    // the register is mended and the scan exists: no finding is left standing
    put('places.xml', places(['zurich', 'bern']));
    writeFileSync(path.join(lintRoot, 'tei', 'scan.png'), '');
    expect(where(await lint())).toEqual([]);
    rmSync(lintRoot, { recursive: true, force: true });
  }, 120_000);
});
