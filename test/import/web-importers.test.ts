import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSourceFidelity, formatLostRuns } from '../../src/fidelity/check-source.js';
import { NOISE_PROFILES } from '../../src/fidelity/noise/index.js';
import { SeedFormatError } from '../../src/import/importer.js';
import { IMPORTERS } from '../../src/import/index.js';
import { extractSourceReading } from '../../src/fidelity/source-reading.js';

const seedsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');
const WEB_SOURCES = ['platform-imt', 'worldoutlook-2022', 'platform-mia'];
const seedsPresent = existsSync(seedsDirectory);
if (!seedsPresent) console.warn(`web importers: ${seedsDirectory} is absent — importer tests on the real seeds are SKIPPED.`);

describe.skipIf(!seedsPresent)('importers of the web texts (000, 001, 003)', () => {
  for (const sourceId of WEB_SOURCES) {
    const importer = IMPORTERS.find((candidate) => candidate.sourceId === sourceId)!;
    const profile = NOISE_PROFILES.find((candidate) => candidate.sourceId === sourceId)!;

    it(`${sourceId}: drafts well-formed documents that keep every word of the seed`, () => {
      const documents = importer.importSeed(readFileSync(join(seedsDirectory, importer.seedFile), 'utf8'));
      expect(documents.length).toBeGreaterThan(0);
      const teiDirectory = mkdtempSync(join(tmpdir(), `drafts-${sourceId}-`));
      for (const document of documents) {
        expect(document.path).toMatch(new RegExp(`^texts/${sourceId}/[a-z0-9-]+\\.xml$`));
        expect(() => extractSourceReading(document.xml)).not.toThrow();
        mkdirSync(dirname(join(teiDirectory, document.path)), { recursive: true });
        writeFileSync(join(teiDirectory, document.path), document.xml);
      }
      const result = checkSourceFidelity(profile, seedsDirectory, teiDirectory);
      expect(result.documents).toHaveLength(documents.length);
      expect(result.lost, formatLostRuns(result)).toEqual([]);
    });

    it(`${sourceId}: refuses a seed that is not its own, naming the line`, () => {
      expect(() => importer.importSeed('Some other text\n\nwith other lines\n')).toThrow(SeedFormatError);
    });
  }
});
