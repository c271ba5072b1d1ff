import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus, normaliseHtml } from './site-fixture.js';

/**
 * Golden tests: the fixture corpus renders to the reviewed HTML under test/site/golden/.
 * After an intended change, regenerate with UPDATE_GOLDEN=1 and review the diff before committing.
 */
const GOLDEN = path.resolve(__dirname, 'golden');
const PAGES = [
  'texts/pf-lenin-to-trotsky.html',
  'texts/wo-lenin-to-trotsky.html',
  'texts/wo-hostile-markup.html',
  'persons/lenin.html',
  'persons/index.html',
  'index.html',
  'chronology.html',
  'cite/pf-lenin-to-trotsky.json',
  'cite/pf-lenin-to-trotsky.bib',
];

let site: Awaited<ReturnType<typeof buildCorpus>>;

beforeAll(async () => {
  site = await buildCorpus(FIXTURE_CORPUS);
}, BUILD_TIMEOUT);

describe('site golden files', () => {
  it('builds the fixture corpus without errors', () => {
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 3 texts + 4 persons + register + home + chronology + search
    expect(site.pages).toBe(11);
  });

  for (const page of PAGES) {
    it(`renders ${page} as the golden file`, () => {
      const actual = readFileSync(path.join(site.outDir, page), 'utf8');
      const golden = path.join(GOLDEN, page);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
        if (process.env.CI) throw new Error(`golden file ${page} is missing; run UPDATE_GOLDEN=1 locally`);
        mkdirSync(path.dirname(golden), { recursive: true });
        writeFileSync(golden, actual);
      }
      expect(normaliseHtml(actual)).toBe(normaliseHtml(readFileSync(golden, 'utf8')));
    });
  }
});
