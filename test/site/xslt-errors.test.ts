import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStylesheets } from '../../src/adapters/saxon.js';
import { problemToDiagnostic } from '../../src/site/xslt-diagnostics.js';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus } from './site-fixture.js';

/** A copy of the fixture corpus with one text replaced or added. */
function corpusWith(relative: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), content);
  return dir;
}

const LETTER = 'texts/worldoutlook-2022/wo-lenin-to-trotsky.xml';
const letter = () => readFileSync(path.join(FIXTURE_CORPUS, LETTER), 'utf8');

describe('XSLT problems surface as diagnostics', () => {
  it('reports a compile error with the stylesheet line, without throwing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xslt-'));
    mkdirSync(path.join(dir, 'pages'));
    writeFileSync(
      path.join(dir, 'pages', 'broken.xsl'),
      [
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" expand-text="yes">',
        '  <xsl:template match="/">',
        '    <p>{ 1 + }</p>',
        '  </xsl:template>',
        '</xsl:stylesheet>',
      ].join('\n'),
    );
    const outcome = await compileStylesheets(dir, ['pages/broken.xsl'], path.join(dir, 'cache'));
    expect(outcome.stylesheets.size).toBe(0);
    expect(outcome.problems).toHaveLength(1);
    const diagnostic = problemToDiagnostic(outcome.problems[0], path.join(dir, 'pages', 'broken.xsl'), 'compile');
    expect(diagnostic).toMatchObject({ ruleId: 'xslt/XPST0003', severity: 'error', source: 'xslt', line: 3 });
    expect(diagnostic.file).toMatch(/broken\.xsl$/);
  }, BUILD_TIMEOUT);

  it('renders a text without a document id under an id from its file name, without an error (issue 12)', async () => {
    const dir = corpusWith(LETTER, letter().replace(' xml:id="wo-lenin-to-trotsky"', ''));
    const site = await buildCorpus(dir);
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(existsSync(path.join(site.outDir, 'texts', 'wo-lenin-to-trotsky.html'))).toBe(true);
  }, BUILD_TIMEOUT);

  it('reports xsl:message warnings (a person missing from the register) with the file', async () => {
    const dir = corpusWith(LETTER, letter().replace('<persName ref="per:stalin">', '<persName ref="per:nobody">'));
    const site = await buildCorpus(dir);
    const warning = site.diagnostics.find((d) => d.ruleId === 'xslt/unresolved-person');
    expect(warning).toMatchObject({ severity: 'warning', source: 'xslt' });
    expect(warning?.file).toMatch(/wo-lenin-to-trotsky\.xml$/);
    expect(warning?.message).toContain('per:nobody');
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, BUILD_TIMEOUT);

  it('reports a malformed document as a diagnostic instead of crashing', async () => {
    const dir = corpusWith('texts/worldoutlook-2022/wo-broken.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader></TEI>');
    const site = await buildCorpus(dir);
    const broken = site.diagnostics.find((d) => d.file.endsWith('wo-broken.xml'));
    expect(broken).toMatchObject({ severity: 'error', source: 'xslt' });
  }, BUILD_TIMEOUT);
});
