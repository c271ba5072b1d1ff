import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jingAvailable, validateWithJing } from '../../src/adapters/jing.js';
import { repositoryRoot, volumeDocuments } from './documents.js';

const TEI_ALL = join(repositoryRoot, '..', 'shared', 'reference', 'tei', 'tei_all.rng');
const EDITION_SCHEMA = join(repositoryRoot, 'schemas', 'tei-edition.rng');

describe.skipIf(!jingAvailable())('stalin-works-6 TEI: validity', () => {
  const files = volumeDocuments().map((document) => document.path);

  it('has one document per work, the notes section and the chronicle', () => {
    expect(files.length).toBe(23);
  });

  it('is valid against TEI P5 tei_all (all files in one jing run)', async () => {
    expect(await validateWithJing(TEI_ALL, files)).toEqual([]);
  }, 60_000);

  it('is valid against the edition schema', async () => {
    expect(await validateWithJing(EDITION_SCHEMA, files)).toEqual([]);
  }, 60_000);
});
