import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Importer } from '../../src/import/importer.js';
import { ImportInputError, runImport, type ImportOptions } from '../../src/import/run-import.js';

const fakeImporter: Importer = {
  sourceId: 'fake-source',
  seedFile: 'seed.txt',
  importSeed: (seedText) => [{ path: 'texts/fake-source/fake-one.xml', xml: `<TEI>${seedText.trim()}</TEI>` }],
};

let options: ImportOptions;
let target: string;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'tei-import-'));
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds', 'seed.txt'), 'draft text\n');
  options = {
    seedsDirectory: join(root, 'seeds'),
    teiDirectory: join(root, 'tei'),
    draftDirectory: join(root, '.cache', 'import'),
    force: false,
    sourceIds: [],
  };
  target = join(root, 'tei', 'texts', 'fake-source', 'fake-one.xml');
});

describe('runImport', () => {
  it('creates a missing file, then leaves an identical one alone', () => {
    expect(runImport([fakeImporter], options).map((file) => file.outcome)).toEqual(['created']);
    expect(readFileSync(target, 'utf8')).toBe('<TEI>draft text</TEI>');
    expect(runImport([fakeImporter], options).map((file) => file.outcome)).toEqual(['unchanged']);
  });

  it('never overwrites a curated file: the draft goes to the cache folder', () => {
    runImport([fakeImporter], options);
    writeFileSync(target, '<TEI>curated by hand</TEI>');
    const [result] = runImport([fakeImporter], options);
    expect(result.outcome).toBe('draft');
    expect(readFileSync(target, 'utf8')).toBe('<TEI>curated by hand</TEI>');
    expect(readFileSync(join(options.draftDirectory, 'texts/fake-source/fake-one.xml'), 'utf8')).toBe(
      '<TEI>draft text</TEI>',
    );
  });

  it('overwrites a curated file only with force', () => {
    runImport([fakeImporter], options);
    writeFileSync(target, '<TEI>curated by hand</TEI>');
    const [result] = runImport([fakeImporter], { ...options, force: true });
    expect(result.outcome).toBe('overwritten');
    expect(readFileSync(target, 'utf8')).toBe('<TEI>draft text</TEI>');
  });

  it('reports a missing seeds folder as an input error naming the folder', () => {
    const missing = { ...options, seedsDirectory: join(options.seedsDirectory, 'nowhere') };
    expect(() => runImport([fakeImporter], missing)).toThrow(ImportInputError);
    expect(() => runImport([fakeImporter], missing)).toThrow(/nowhere.*--seeds/);
  });

  it('rejects an unknown source id and runs only the selected source', () => {
    expect(() => runImport([fakeImporter], { ...options, sourceIds: ['no-such'] })).toThrow(/Unknown source id no-such/);
    expect(runImport([fakeImporter], { ...options, sourceIds: ['fake-source'] })).toHaveLength(1);
    expect(existsSync(target)).toBe(true);
  });

  it('refuses a path outside the TEI folder', () => {
    const escaping: Importer = { ...fakeImporter, importSeed: () => [{ path: '../evil.xml', xml: '<TEI/>' }] };
    expect(() => runImport([escaping], options)).toThrow(/outside tei/);
  });
});

describe('runImport with a seed the importer does not expect', () => {
  it('reports the seed line instead of crashing', async () => {
    const { SeedFormatError } = await import('../../src/import/importer.js');
    const strict: Importer = {
      ...fakeImporter,
      importSeed: () => {
        throw new SeedFormatError(3, 'expected "Chapter 7"');
      },
    };
    expect(() => runImport([strict], options)).toThrow(/seed\.txt:3:1: expected "Chapter 7" \(importer fake-source\)/);
  });
});
