import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descendants, xmlId } from '../../src/xml/model.js';
import { walk, type Json } from './dts-client.js';
import { LETTERS_CORPUS, REAL_CORPUS, exportCorpus } from './export-fixture.js';

/** The DTS files of a letters project and of the edition, walked from the entry point (dts-client.ts). */
describe('DTS 1.0 (static files)', () => {
  it('a letters project: every link from the entry point resolves, every response has the required fields', () => {
    const { outDir } = exportCorpus(LETTERS_CORPUS);
    const result = walk(outDir);
    expect(result.client.misses).toEqual([]);
    expect(result.resources).toBe(5);
    expect(result.pages).toBeGreaterThan(0);
  }, 120_000);

  it('the same with absolute URLs under baseUrl', () => {
    const baseUrl = 'https://example.org/letters/';
    const { outDir } = exportCorpus(LETTERS_CORPUS, { baseUrl });
    const entry = JSON.parse(readFileSync(path.join(outDir, 'dts', 'index.jsonld'), 'utf8')) as Json;
    expect(entry.collection.startsWith(`${baseUrl}dts/collection/`)).toBe(true);
    const result = walk(outDir, baseUrl);
    expect(result.client.misses).toEqual([]);
  }, 120_000);

  it('the edition: collection → navigation → document without a miss, pages as a second tree', () => {
    const { outDir, plan } = exportCorpus(REAL_CORPUS);
    const result = walk(outDir);
    expect(result.client.misses).toEqual([]);
    expect(result.resources).toBe(plan.facts.texts.length);
    // Every <pb> of the edition's texts is a page unit.
    const pbs = plan.facts.texts.reduce((sum, text) => sum + descendants(text.document.root, 'pb').length, 0);
    expect(result.pages).toBe(pbs);
    expect(result.units - result.pages).toBeGreaterThan(1000);
  }, 300_000);

  it('positional identifiers give way to xml:ids', () => {
    const { plan, outDir } = exportCorpus(LETTERS_CORPUS);
    const text = plan.facts.texts.find((t) => t.id === 'K_0002')!;
    const navigation = JSON.parse(readFileSync(path.join(outDir, 'dts', 'navigation', 'K_0002;down=-1.jsonld'), 'utf8')) as Json;
    const identifiers = (navigation.member as Json[]).map((unit) => unit.identifier);
    // The Escher letters give every paragraph an id; their divisions have none.
    expect(identifiers).toContain('K_0002_p2');
    expect(identifiers.filter((id) => /^d\d+$/.test(id)).length).toBeGreaterThan(0);
    expect(descendants(text.document.root, 'p').filter((p) => xmlId(p)).every((p) => identifiers.includes(xmlId(p)!))).toBe(true);
  }, 120_000);
});
