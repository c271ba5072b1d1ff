import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathfinderDocuments, repositoryRoot } from './documents.js';

const TEI_ALL = join(repositoryRoot, '..', 'shared', 'reference', 'tei', 'tei_all.rng');

describe('pathfinder-1975 TEI: validity', () => {
  it('is valid against TEI P5 tei_all (all files in one jing run)', () => {
    const files = pathfinderDocuments().map((document) => document.path);
    expect(files.length).toBeGreaterThan(0);
    const run = spawnSync('jing', [TEI_ALL, ...files], { encoding: 'utf8' });
    const errors = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => line.includes(': error:'));
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 60_000);
});
