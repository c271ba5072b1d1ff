import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus, xmlFiles } from './site-fixture.js';

/**
 * The register lists every mention and the chronology every dated text. Expected numbers are counted
 * from the TEI independently of the XSLT (plain text scanning), for the fixtures and for tei/.
 */
const REAL_CORPUS = path.resolve(__dirname, '..', '..', 'tei');

function texts(corpus: string): string[] {
  try {
    return xmlFiles(path.join(corpus, 'texts'));
  } catch {
    return [];
  }
}

/** Mentions per person id: persName/@ref tokens in the text part (after <text), per:ID or …#ID. */
function countMentions(files: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const body = xml.slice(xml.search(/<text[\s>]/));
    for (const tag of body.match(/<persName\b[^>]*>/g) ?? []) {
      const ref = /\sref="([^"]*)"/.exec(tag)?.[1] ?? '';
      for (const token of ref.split(/\s+/).filter(Boolean)) {
        const id = token.replace(/^per:/, '').replace(/^.*#/, '');
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Works whose header dates their creation with a normalised value: texts linked by text/@corresp
    (either way) are witnesses of one work, which has one entry. */
function countDatedTexts(files: string[]): number {
  const dated = files.filter((file) => {
    const creation = /<creation>([\s\S]*?)<\/creation>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    return /<date\b[^>]*\s(when|from|notBefore|to|notAfter)="/.test(creation);
  });
  const work = new Map(dated.map((file) => [file, file]));
  const find = (file: string): string => (work.get(file) === file ? file : find(work.get(file)!));
  for (const file of dated) {
    const corresp = /<text\b[^>]*\scorresp="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const target of corresp.split(/\s+/).filter(Boolean)) {
      const other = path.resolve(path.dirname(file), target.replace(/#.*$/, ''));
      if (work.has(other)) work.set(find(file), find(other));
    }
  }
  return new Set(dated.map(find)).size;
}

for (const [label, corpus] of [
  ['fixtures', FIXTURE_CORPUS],
  ['tei/', REAL_CORPUS],
] as const) {
  const files = texts(corpus);
  describe.runIf(files.length > 0)(`coverage of the site built from ${label}`, () => {
    it('lists every mention of every person on the person’s page, and every dated text and event on the chronology', async () => {
      const site = await buildCorpus(corpus);
      expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const expected = countMentions(files);
      expect(expected.size).toBeGreaterThan(0);
      for (const [id, count] of expected) {
        const page = readFileSync(path.join(site.outDir, 'persons', `${id}.html`), 'utf8');
        const listed = page.match(/<ol class="kwic">[\s\S]*?<\/ol>/g)?.join('').match(/<li>/g)?.length ?? 0;
        expect({ id, listed }).toEqual({ id, listed: count });
        expect(page).toContain(`Mentions in the edition (${count})`);
      }
      const chronology = readFileSync(path.join(site.outDir, 'chronology.html'), 'utf8');
      expect(chronology.match(/<li class="event event-text"/g)?.length ?? 0).toBe(countDatedTexts(files));
      expect(chronology.match(/<g class="mark mark-text"/g)?.length ?? 0).toBe(countDatedTexts(files));
      // every chronicle event (TEI <event>) is on the chronology, besides dated chronicle items
      const events = files.reduce((sum, file) => sum + (readFileSync(file, 'utf8').match(/<event\b/g)?.length ?? 0), 0);
      expect(chronology.match(/<li class="event event-event"/g)?.length ?? 0).toBeGreaterThanOrEqual(events);
    }, BUILD_TIMEOUT);
  });
}
