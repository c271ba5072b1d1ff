import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus, xmlFiles } from './site-fixture.js';
import { brokenLinks, htmlFiles } from './site-links.js';

const REAL_CORPUS = path.resolve(__dirname, '..', '..', 'tei');
const realTexts = (() => {
  try {
    return xmlFiles(path.join(REAL_CORPUS, 'texts')).length;
  } catch {
    return 0;
  }
})();

describe('no broken internal link', () => {
  it('in the fixture site (with search index)', async () => {
    const site = await buildCorpus(FIXTURE_CORPUS, true);
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { checked, broken } = brokenLinks(site.outDir);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    expect(readdirSync(path.join(site.outDir, 'pagefind')).length).toBeGreaterThan(0);
  }, BUILD_TIMEOUT);

  it.runIf(realTexts > 0)(`in the edition built from tei/ (${realTexts} texts)`, async () => {
    const site = await buildCorpus(REAL_CORPUS, true);
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(htmlFiles(site.outDir).length).toBe(site.pages);
    const { broken } = brokenLinks(site.outDir);
    expect(broken).toEqual([]);
  }, BUILD_TIMEOUT);
});
