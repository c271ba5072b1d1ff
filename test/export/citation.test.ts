import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import type { EditionMetadata } from '../../src/pipeline/edition-metadata.js';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, xmlFiles } from '../site/site-fixture.js';
import { walk } from './dts-client.js';

/**
 * Citations as a scholar's tools read them (issue 15, point 2) and reproducible builds (issue 14):
 * the site fixture built with a baseUrl, a release date and a licence.
 */
const BASE = 'https://example.org/edition/';
const EDITION: EditionMetadata = {
  title: 'Test Edition',
  version: '2.0.0',
  date: '2026-11-22',
  baseUrl: BASE,
  licence: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

async function build(edition: EditionMetadata): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cite-'));
  const result = await buildSite({ corpusDir: FIXTURE_CORPUS, files: xmlFiles(FIXTURE_CORPUS), outDir, edition, search: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return outDir;
}

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name), base) : [path.relative(base, path.join(dir, entry.name))],
  ).sort();
}

function metaTags(html: string): Array<[string, string]> {
  return [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]);
}

/**
 * What Zotero's "Embedded Metadata" translator makes of the tags: it applies its Highwire mappings
 * in order, each later one overwriting the field (so citation_date would overwrite
 * citation_publication_date); citation_book_title makes the item a book section.
 */
function asZotero(html: string) {
  const tags = metaTags(html);
  const last = (name: string) => tags.filter(([n]) => n === name).at(-1)?.[1];
  const item: Record<string, unknown> = {};
  for (const [tag, field] of [
    ['citation_title', 'title'],
    ['citation_publication_date', 'date'],
    ['citation_date', 'date'],
    ['citation_book_title', 'bookTitle'],
    ['citation_publisher', 'publisher'],
    ['citation_public_url', 'url'],
  ]) {
    const value = last(tag);
    if (value) item[field] = value;
  }
  item.itemType = last('citation_book_title') ? 'bookSection' : 'journalArticle';
  item.creators = tags.filter(([n]) => n === 'citation_author').map(([, v]) => v);
  const first = last('citation_firstpage');
  if (first) item.pages = first + (last('citation_lastpage') ? `-${last('citation_lastpage')}` : '');
  return item;
}

let site: string;
beforeAll(async () => {
  site = await build(EDITION);
}, BUILD_TIMEOUT);

describe('citations', () => {
  it('Zotero reads the release date, the absolute URL, the edition and the source pages', () => {
    const html = readFileSync(path.join(site, 'texts', 'pf-lenin-to-trotsky.html'), 'utf8');
    const item = asZotero(html);
    expect(item).toMatchObject({
      itemType: 'bookSection',
      date: '2026-11-22',
      url: `${BASE}texts/pf-lenin-to-trotsky.html`,
      bookTitle: 'Test Edition',
      pages: '150-151',
    });
    expect((item.creators as string[]).length).toBeGreaterThan(0);
    // The text's own date must not reach Zotero's date field.
    expect(metaTags(html).some(([name]) => name === 'citation_date')).toBe(false);
    expect(metaTags(html).filter(([name]) => name === 'citation_editor').length).toBeGreaterThan(0);
  });

  it('CSL-JSON: absolute URL, editors, source pages, release date as issued, the text date as original-date', () => {
    const [record] = JSON.parse(readFileSync(path.join(site, 'cite', 'pf-lenin-to-trotsky.json'), 'utf8'));
    expect(record.URL).toBe(`${BASE}texts/pf-lenin-to-trotsky.html`);
    expect(record.editor.length).toBeGreaterThan(0);
    expect(record.page).toBe('150-151');
    expect(record.issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect(record['original-date']['date-parts'][0]).toEqual([1923, 3, 5]);
    expect(record.version).toBe('2.0.0');
    expect(record.license).toBeTruthy();
    expect(record.publisher).toBeUndefined();
  });

  it('BibTeX: register entries are @misc, texts without an author still name editors', () => {
    for (const file of readdirSync(path.join(site, 'cite')).filter((name) => name.endsWith('.bib'))) {
      const bib = readFileSync(path.join(site, 'cite', file), 'utf8');
      if (file.startsWith('person-')) expect(bib.startsWith('@misc{'), file).toBe(true);
      if (bib.startsWith('@incollection{')) expect(/\n {2}(author|editor) = /.test(bib), file).toBe(true);
      expect(bib).toContain(`url = {${BASE}`);
      expect(bib).toContain('year = {2026}');
    }
  });

  it('every citation, meta tag and CSL record carries an absolute URL; every page shows the licence', () => {
    const all = files(site);
    const pages = all.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(path.join(site, page), 'utf8');
      expect(html, page).toContain('<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC-BY-4.0</a>');
      for (const [name, value] of metaTags(html)) {
        if (name === 'citation_public_url' || name === 'DC.identifier') expect(value.startsWith(BASE), `${page} ${name}`).toBe(true);
      }
      const citation = /<p class="citation-text" id="citation-text">([^<]*)<\/p>/.exec(html)?.[1];
      if (citation) expect(citation).toContain(BASE);
    }
    for (const file of all.filter((name) => name.startsWith('cite/') && name.endsWith('.json'))) {
      expect(JSON.parse(readFileSync(path.join(site, file), 'utf8'))[0].URL.startsWith(BASE), file).toBe(true);
    }
    expect(readFileSync(path.join(site, 'cmif.xml'), 'utf8')).toContain(`<idno type="url">${BASE}cmif.xml</idno>`);
  });

  it('the built site: DTS downloads resolve to the published TEI, and the footer links to the data', () => {
    const result = walk(site, BASE, { downloads: true });
    expect(result.client.misses).toEqual([]);
    const home = readFileSync(path.join(site, 'index.html'), 'utf8');
    for (const link of ['tei/persons.xml', 'persons.csv', 'persons.jsonld', 'cmif.xml', 'dts/index.jsonld', 'test-edition-2.0.0.zip']) {
      expect(home).toContain(`href="${link}"`);
    }
  });
});

describe('authority ids', () => {
  it('the ids the register states reach the person page, persons.jsonld, persons.csv and nothing is added', () => {
    const wikidata = 'http://www.wikidata.org/entity/Q1394';
    const gnd = 'https://d-nb.info/gnd/118571869';
    const page = readFileSync(path.join(site, 'persons', 'lenin.html'), 'utf8');
    expect(page).toContain(`href="${wikidata}"`);
    expect(page).toContain(`href="${gnd}"`);
    const nodes = JSON.parse(readFileSync(path.join(site, 'persons.jsonld'), 'utf8'))['@graph'] as Array<Record<string, any>>;
    expect(nodes.find((node) => node.identifier === 'lenin')!.sameAs).toEqual([wikidata, gnd]);
    expect(nodes.filter((node) => node.sameAs).map((node) => node.identifier)).toEqual(['lenin']);
    expect(readFileSync(path.join(site, 'persons.csv'), 'utf8')).toContain(`${wikidata} ${gnd}`);
    expect(readFileSync(path.join(site, 'persons', 'trotsky.html'), 'utf8')).not.toContain('Authority files');
  });
});

describe('reproducible builds', () => {
  it('two builds of the same sources are byte-identical, and no file carries the build day', async () => {
    const again = await build(EDITION);
    const first = files(site);
    expect(files(again)).toEqual(first);
    const differing = first.filter((file) => !readFileSync(path.join(site, file)).equals(readFileSync(path.join(again, file))));
    expect(differing).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    if (today !== EDITION.date) {
      const dated = first.filter((file) => !file.endsWith('.zip') && readFileSync(path.join(site, file), 'utf8').includes(today));
      expect(dated).toEqual([]);
    }
  }, BUILD_TIMEOUT);
});

describe('without baseUrl', () => {
  it('the build has one warning to give, and citations stay relative', async () => {
    const { relativeUrlWarning } = await import('../../src/pipeline/edition-metadata.js');
    expect(relativeUrlWarning({ baseUrl: undefined })).toMatch(/baseUrl/);
    expect(relativeUrlWarning({ baseUrl: BASE })).toBeUndefined();
    const relative = await build({ ...EDITION, baseUrl: undefined });
    const [record] = JSON.parse(readFileSync(path.join(relative, 'cite', 'pf-lenin-to-trotsky.json'), 'utf8'));
    expect(record.URL).toBe('texts/pf-lenin-to-trotsky.html');
  }, BUILD_TIMEOUT);
});
