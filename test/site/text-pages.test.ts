import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStylesheets, loadXml, stylesheetForThread, transform, type XmlDocument } from '../../src/adapters/saxon.js';
import { serializeDocument } from '../../src/adapters/saxon-documents.js';
import { compiledXsltDir, sefCacheDir, xsltDir } from '../../src/site/build-site.js';
import { renderTextPagesInWorkers, type SharedTextInputs, type TextTaskResult } from '../../src/site/text-pages.js';

/** The worker threads that make text pages: every task answered, a bad file a finding, never a hang. */
const ROOT = path.resolve(__dirname, '..', '..');
const TEXT = path.join(ROOT, 'tei', 'texts', 'pathfinder-1975', 'pf-back-cover.xml');

describe('text pages in worker threads', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'text-pages-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('makes each page, reports a file it cannot read, and takes a document given as text', async () => {
    const compiled = await compileStylesheets(xsltDir, ['data/digest.xsl', 'data/catalogue.xsl', 'pages/text.xsl'], sefCacheDir, compiledXsltDir);
    const load = async (file: string) => (await loadXml(file)) as XmlDocument;
    const persons = await load(path.join(ROOT, 'tei', 'persons.xml'));
    const sources = await load(path.join(ROOT, 'tei', 'sources.xml'));
    const text = await load(TEXT);
    const edition = { 'edition-title': 'Test', 'edition-version': '1', 'edition-date': '2026-01-01', 'data-files': [] as string[] };
    const digest = transform({
      stylesheet: compiled.stylesheets.get('data/digest.xsl')!,
      source: text,
      params: { ...edition, persons, sources, 'text-path': 'texts/pathfinder-1975/pf-back-cover.xml', order: 1 },
      outputDir: site,
      asDocument: true,
    }).document!;
    const catalogue = transform({
      stylesheet: compiled.stylesheets.get('data/catalogue.xsl')!,
      source: sources,
      params: { ...edition, persons, sources, digests: [digest] },
      outputDir: site,
      asDocument: true,
    }).document!;
    const shared: SharedTextInputs = {
      stylesheet: stylesheetForThread(compiled.stylesheets.get('pages/text.xsl')!),
      produce: 'pages',
      params: edition,
      documents: {
        persons: { text: serializeDocument(persons), file: persons.file },
        sources: { text: serializeDocument(sources), file: sources.file },
        catalogue: { text: serializeDocument(catalogue), file: sources.file },
      },
      outputDir: path.join(site, 'texts'),
      siteDir: site,
    };
    // The same document once from its file and once as text under another id, and a file that is not there.
    const copy = serializeDocument(text).replace(/xml:id="pf-back-cover"/, 'xml:id="copy-of-back-cover"');
    const missing = path.join(site, 'no-such-file.xml');
    const results: TextTaskResult[] = [];
    await renderTextPagesInWorkers(
      [
        { key: 'text:a', file: TEXT },
        { key: 'text:b', file: missing },
        { key: 'text:c', file: TEXT, text: copy },
      ],
      shared,
      (result) => results.push(result),
    ).done;
    const byKey = new Map(results.map((result) => [result.key, result]));
    expect([...byKey.keys()].sort()).toEqual(['text:a', 'text:b', 'text:c']);
    expect(byKey.get('text:a')?.written).toContain('texts/pf-back-cover.html');
    expect(byKey.get('text:c')?.written).toContain('texts/copy-of-back-cover.html');
    expect(readFileSync(path.join(site, 'texts', 'copy-of-back-cover.html'), 'utf8')).toContain('<h1>');
    expect(byKey.get('text:b')?.written).toBeUndefined();
    expect(byKey.get('text:b')?.diagnostics.map((d) => [d.severity, d.file.endsWith('no-such-file.xml')])).toEqual([['error', true]]);
    expect(existsSync(path.join(site, 'texts', 'pf-back-cover.html'))).toBe(true);

    // Digests are made the same way and come back as XML text, the same as this thread makes them.
    const digests: TextTaskResult[] = [];
    await renderTextPagesInWorkers(
      [
        { key: 'a', file: TEXT, params: { 'text-path': 'texts/pathfinder-1975/pf-back-cover.xml', order: 1 } },
        { key: 'b', file: missing, params: { 'text-path': 'no-such-file.xml', order: 2 } },
      ],
      { ...shared, stylesheet: stylesheetForThread(compiled.stylesheets.get('data/digest.xsl')!), produce: 'document', documents: { persons: shared.documents.persons, sources: shared.documents.sources } },
      (result) => digests.push(result),
    ).done;
    const digestByKey = new Map(digests.map((result) => [result.key, result]));
    expect(digestByKey.get('a')?.document).toBe(serializeDocument(digest));
    expect(digestByKey.get('a')?.written).toBeUndefined();
    expect(digestByKey.get('b')?.document).toBeUndefined();
    expect(digestByKey.get('b')?.diagnostics.map((d) => d.severity)).toEqual(['error']);

    // More tasks than a worker takes at a time, with a worker held back and then added: each once.
    const many: TextTaskResult[] = [];
    const workers = renderTextPagesInWorkers(
      Array.from({ length: 20 }, (_, index) => ({ key: `copy:${index}`, file: TEXT })),
      shared,
      (result) => many.push(result),
      1,
    );
    workers.addWorkers();
    await workers.done;
    expect(many.map((result) => result.key).sort()).toEqual(Array.from({ length: 20 }, (_, index) => `copy:${index}`).sort());
    expect(many.every((result) => result.written?.includes('texts/pf-back-cover.html'))).toBe(true);
  }, 120_000);
});
