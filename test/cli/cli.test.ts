import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** End-to-end: the compiled CLI (npm test compiles first) run on a copy of a small project. */
const BIN = path.resolve('bin/tei-edition.js');
const FIXTURE = path.resolve('test/fixtures/project');

/** A copy of the fixture project, with the schema its <?xml-model?> names in the project's own schemas/. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cli-'));
  cpSync(FIXTURE, root, { recursive: true });
  cpSync(path.resolve('schemas/tei-edition.rng'), path.join(root, 'schemas/tei-edition.rng'));
  return root;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const LETTER = 'tei/texts/demo/letter.xml';

describe('tei-edition CLI', { timeout: 60_000 }, () => {
  it('checks a clean project with exit 0', () => {
    const result = run(project(), 'check');
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(result.code).toBe(0);
  });

  it('reports a malformed file with file:line:col and exit 1, and still checks the others', () => {
    const root = project();
    writeFileSync(path.join(root, 'tei/texts/demo/broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n    <p>oops</teiHeader>\n</TEI>\n');
    // plant a lint fault in another file: it must still be found
    const letter = path.join(root, LETTER);
    writeFileSync(letter, readFileSync(letter, 'utf8').replace('<persName ref="per:lenin">Lenin', '<persName ref="per:nobody">Lenin'));
    const result = run(root, 'check', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; line?: number; column?: number; ruleId: string }[] };
    const malformed = report.diagnostics.find((d) => d.file.endsWith('broken.xml'));
    expect(malformed).toMatchObject({ ruleId: 'xml/malformed', line: 3 });
    expect(malformed?.column).toBeGreaterThan(0);
    const unresolved = report.diagnostics.find((d) => d.file.endsWith('letter.xml') && /ref/.test(d.ruleId));
    expect(unresolved?.line).toBe(23);
  });

  it('prints SARIF 2.1.0 with --format sarif', () => {
    const root = project();
    const letter = path.join(root, LETTER);
    writeFileSync(letter, readFileSync(letter, 'utf8').replace('when="1922-12-30"', 'when="1922-02-30"'));
    const result = run(root, 'check', '--format', 'sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(22);
  });

  it('exits 2 on usage errors and a missing config, without a stack trace', () => {
    const root = project();
    for (const args of [['frobnicate'], ['check', '--format', 'xml'], ['--config', 'nope.json', 'check'], ['check', '--max-warnings', 'many']]) {
      const result = run(root, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a missing input path and goes on with the others', () => {
    const result = run(project(), 'validate', 'tei/nowhere.xml', LETTER, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['io/missing']);
    expect(report.summary.files).toBe(1);
  });

  it('refuses DTDs and XInclude without resolving them', () => {
    const root = project();
    writeFileSync(
      path.join(root, 'tei/texts/demo/entity.xml'),
      '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n',
    );
    const result = run(root, 'check', '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('root:');
    const ids = JSON.parse(result.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(ids).toContain('xml/doctype');
  });

  it('keeps the previous site when a build fails', () => {
    const root = project();
    const first = run(root, 'build');
    expect(first.code, first.stderr).toBe(0);
    const index = path.join(root, 'dist/index.html');
    expect(existsSync(index)).toBe(true);
    const before = readFileSync(index, 'utf8');
    writeFileSync(path.join(root, 'tei/texts/demo/broken.xml'), '<TEI');
    const second = run(root, 'build');
    expect(second.code).toBe(1);
    expect(readFileSync(index, 'utf8')).toBe(before);
  }, 120_000);

  it('with --incremental, changes only what an edit changed, in place, and a failed build changes nothing', () => {
    const root = project();
    expect(run(root, 'build').code).toBe(0);
    const site = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');
    const marker = site('.tei-edition-output');
    const home = site('index.html');
    const letter = path.join(root, LETTER);
    writeFileSync(letter, readFileSync(letter, 'utf8').replace('</note></p>', '</note> An added sentence.</p>'));
    const second = run(root, 'build', '--incremental');
    expect(second.code, second.stderr).toBe(0);
    // patched, not replaced: the same site (its marker), the edited letter's page changed, home not
    expect(site('.tei-edition-output')).toBe(marker);
    expect(readdirSync(path.join(root, 'dist', 'texts')).map((name) => site(`texts/${name}`)).join('')).toContain('An added sentence.');
    expect(site('index.html')).toBe(home);
    // the search index covers the edited page
    expect(existsSync(path.join(root, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);

    const before = readFileSync(letter, 'utf8');
    writeFileSync(letter, before.replace('An added sentence.</p>', 'An added sentence.<hi></p>'));
    const failed = run(root, 'build', '--incremental');
    expect(failed.code).toBe(1);
    expect(readdirSync(path.join(root, 'dist', 'texts')).map((name) => site(`texts/${name}`)).join('')).toContain('An added sentence.');
    expect(readdirSync(root).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    // the failed build left the record of the site too: mended, the next build patches it again
    writeFileSync(letter, before);
    expect(run(root, 'build', '--incremental').code).toBe(0);
    expect(site('.tei-edition-output')).toBe(marker);
  }, 120_000);

  it('exits 1 when warnings exceed --max-warnings', () => {
    const root = project();
    const letter = path.join(root, LETTER);
    // a person mentioned in running text without persName is a warning of the edition profile
    writeFileSync(path.join(root, 'edition.config.json'), JSON.stringify({ profile: 'edition' }));
    writeFileSync(letter, readFileSync(letter, 'utf8').replace('A note from', 'Lenin wrote a note from'));
    const relaxed = run(root, 'lint', '--format', 'json');
    const warnings = JSON.parse(relaxed.stdout).summary.warnings as number;
    expect(warnings).toBeGreaterThan(0);
    expect(relaxed.code).toBe(0);
    expect(run(root, 'lint', '--max-warnings', '0').code).toBe(1);
  });
});
