import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/import/pathfinder-1975/assemble.js';
import { collectHyphenatedWords, joinLines } from '../../src/import/pathfinder-1975/dehyphenate.js';
import { CurationDataError } from '../../src/import/pathfinder-1975/errors.js';
import { importPathfinder } from '../../src/import/pathfinder-1975/importer.js';
import { classifyLines } from '../../src/import/pathfinder-1975/page-furniture.js';
import { recoverPageBreaks } from '../../src/import/pathfinder-1975/pages.js';
import { WORKS } from '../../src/import/pathfinder-1975/works.js';
import { ImportInputError } from '../../src/import/run-import.js';
import { seedPath } from './documents.js';

const seed = readFileSync(seedPath, 'utf8');
const seedLines = seed.split(/\r?\n/);

describe('pathfinder importer: hyphenation', () => {
  const words = collectHyphenatedWords(['a rank-and-file worker', 'the petty-bourgeois mind']);

  it('removes a hyphen that only splits a word', () => {
    expect(joinLines('Ordzhoni-', 'kidze was', words)).toEqual({ separator: '', dropHyphen: true, wordSplit: true });
  });

  it('keeps a hyphen the book prints inside a line elsewhere, and before a capital', () => {
    expect(joinLines('closer to being rank-', 'and-file workers', words).dropHyphen).toBe(false);
    expect(joinLines('Institute of Marxism-', 'Leninism', words).dropHyphen).toBe(false);
  });

  it('joins the halves of a word across a page break without a space', () => {
    const assembled = assemble(
      [
        { kind: 'line', line: 1, column: 0, text: 'the most popular representa-' },
        { kind: 'pb', page: 31 },
        { kind: 'line', line: 2, column: 0, text: 'tive of this genre' },
      ],
      words,
    );
    expect(assembled.text).toBe('the most popular representative of this genre');
    expect(assembled.milestones).toEqual([{ offset: 'the most popular representa'.length, xml: '<pb n="31"/>' }]);
  });
});

describe('pathfinder importer: page recovery', () => {
  it('numbers pages 5–160 from the running heads and foot numbers of the seed', () => {
    const breaks = recoverPageBreaks(classifyLines(seedLines), WORKS);
    expect(breaks.map((entry) => entry.page)).toEqual(Array.from({ length: 156 }, (_, index) => index + 5));
  });

  it('reports a missed page with its seed line', () => {
    const damaged = [...seedLines];
    damaged[230] = ''; // line 231, the head of page 6
    expect(() => recoverPageBreaks(classifyLines(damaged), WORKS)).toThrow(/:280: page 7 follows page 5/);
  });
});

describe('pathfinder importer: bad input', () => {
  it('rejects a seed that does not match its curated tables with a one-line error naming the seed line', () => {
    const damaged = seed.replace('Krupskaya.!', 'Krupskaya.');
    let error: unknown;
    try {
      importPathfinder(damaged);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CurationDataError);
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as Error).message).toMatch(/^002_bbcd4ea18619e104\.txt:1621: note 1 of part 2/);
  });

  it('imports the seed into one document per work, each under the source folder', () => {
    const documents = importPathfinder(seed);
    expect(documents.map((document) => document.path)).toEqual(WORKS.map((work) => `texts/pathfinder-1975/${work.id}.xml`));
  });
});
