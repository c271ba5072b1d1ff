import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWithJing } from '../../src/adapters/jing.js';
import { pathfinderDocuments, repositoryRoot } from './documents.js';

const TEI_ALL = join(repositoryRoot, '..', 'shared', 'reference', 'tei', 'tei_all.rng');

describe('pathfinder-1975 TEI: validity', () => {
  it('is valid against TEI P5 tei_all (all files in one jing run)', async () => {
    const files = pathfinderDocuments().map((document) => document.path);
    expect(files.length).toBeGreaterThan(0);
    expect(await validateWithJing(TEI_ALL, files)).toEqual([]);
  }, 60_000);
});
