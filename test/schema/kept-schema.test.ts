import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/corpus/load.js';
import { validateFiles } from '../../src/validate/validate.js';

// A few files are validated in this process against a schema compiled once and kept (libxml2-wasm);
// many go to xmllint-wasm's worker. Both are libxml2: a rebuild of serve must report exactly what a
// full check reports.
const SCHEMA = path.resolve('schemas/tei-edition.rng');
const TEXT = path.resolve('tei/texts/pathfinder-1975/pf-back-cover.xml');

describe('validation of a few files with the schema kept compiled', () => {
  it('finds what the batch validator finds, file, line and column alike', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kept-schema-'));
    const original = readFileSync(TEXT, 'utf8');
    const broken = original.replace('<p>', '<p wen="x">').replace('</body>', '<foo/></body>');
    expect(broken).not.toBe(original);
    const brokenFile = path.join(folder, 'broken.xml');
    writeFileSync(brokenFile, broken);
    const valid = Array.from({ length: 20 }, (_, index) => {
      const file = path.join(folder, `valid-${index}.xml`);
      writeFileSync(file, original);
      return file;
    });

    const alone = await validateFiles(loadFiles([brokenFile]).files, SCHEMA, 'libxml2');
    const inBatch = await validateFiles(loadFiles([brokenFile, ...valid]).files, SCHEMA, 'libxml2');

    const where = (found: typeof alone) => found.map((d) => [d.file, d.line, d.column, d.ruleId, d.message]);
    expect(alone.length).toBeGreaterThanOrEqual(2);
    expect(where(alone)).toEqual(where(inBatch));
    expect(alone.some((d) => /wen/.test(d.message))).toBe(true);
  });

  it('uses the schema as it is now, not as it was compiled before', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kept-schema-'));
    const schema = path.join(folder, 'letter.rng');
    const letter = path.join(folder, 'letter.xml');
    writeFileSync(letter, '<TEI xmlns="http://www.tei-c.org/ns/1.0">Dear</TEI>');
    const grammar = (name: string) => `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0"><start><element name="${name}"><text/></element></start></grammar>`;
    writeFileSync(schema, grammar('TEI'));
    expect(await validateFiles(loadFiles([letter]).files, schema, 'libxml2')).toEqual([]);
    writeFileSync(schema, grammar('teiCorpus'));
    const found = await validateFiles(loadFiles([letter]).files, schema, 'libxml2');
    expect(found.map((d) => [d.line, d.ruleId])).toEqual([[1, 'schema/invalid']]);
  });
});
