import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noiseProfile } from '../../src/fidelity/noise/pathfinder-1975.js';
import { NOISE_PROFILES } from '../../src/fidelity/noise/index.js';
import { seedPath } from './documents.js';

const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/);
const cleaned = noiseProfile.clean(lines);

describe('pathfinder-1975 noise profile', () => {
  it('is registered and keeps the seed’s line count', () => {
    expect(NOISE_PROFILES).toContain(noiseProfile);
    expect(cleaned.length).toBe(lines.length);
  });

  it('blanks running heads, foot numbers, cover garbage, the library card and the index entries', () => {
    expect(lines[230]).toMatch(/^6 Lenin’s Fight Against Stalinism/);
    for (const line of [1, 5, 25, 44, 228, 231, 280, 3668, 3887, 7674, 7794, 8388]) expect(cleaned[line - 1], `line ${line}`).toBe('');
  });

  it('keeps the book’s text, including the contents and the index head', () => {
    for (const line of [22, 60, 88, 189, 1424, 2894, 7333, 7666, 7669, 8417]) {
      expect(cleaned[line - 1], `line ${line}`).toBe(lines[line - 1]);
      expect(cleaned[line - 1].trim(), `line ${line}`).not.toBe('');
    }
  });
});
