import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSource } from '../src/fidelity/align.js';
import { checkSourceFidelity, FidelityInputError, formatLostRuns } from '../src/fidelity/check-source.js';
import { NOISE_PROFILES } from '../src/fidelity/noise/index.js';
import { normalizeLines } from '../src/fidelity/normalize.js';
import { findSourceDocuments, readSourceCatalogue } from '../src/fidelity/source-documents.js';
import { extractSourceReading } from '../src/fidelity/source-reading.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDirectory = join(repositoryRoot, '..', 'shared', 'seeds');
const teiDirectory = join(repositoryRoot, 'tei');

/** A minimal TEI document around `body` (the header must be ignored). */
function tei(body: string): string {
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Header words</title></titleStmt></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
}

function lostText(seed: string, body: string): string[] {
  const source = normalizeLines(seed.split('\n'));
  return alignSource(source, extractSourceReading(tei(body))).map((run) => run.text);
}

describe('source reading', () => {
  it('keeps sic, orig and abbr, drops corr, reg, expan, supplied and edition notes, and moves notes out', () => {
    const reading = extractSourceReading(
      tei(
        '<p>A <choice><sic>joke</sic><corr resp="per:edition">yoke</corr></choice> of <choice><abbr>CC</abbr><expan>Central Committee</expan></choice>' +
          '<supplied>gap</supplied><note type="edition" resp="per:edition">Our remark.</note>' +
          ' end.<note n="1" type="author" resp="per:lenin">See vol. 2.</note></p>',
      ),
    );
    expect(reading.main).toBe('ajokeofccend1');
    expect(reading.blocks).toEqual([{ text: '1seevol2', numberLength: 1 }]);
  });
});

describe('aligner', () => {
  const seed = [
    'The Twelfth Congress of our party recognised the necessity of a struggle. [1]',
    'During recent years the whole thing has developed in the opposite direction.',
    '',
    '1. Lenin, To S.G. Said-Galiev, July 20, 1921.',
  ].join('\n');
  const body =
    '<p>The Twelfth Congress of our party recognised the necessity of a struggle.' +
    '<note n="1" type="editor" place="end" resp="per:imt">Lenin, To S.G. Said-Galiev, July 20, 1921.</note>' +
    ' During recent years the whole thing has developed in the opposite direction.</p>';

  it('passes when an endnote has moved to its anchor', () => {
    expect(lostText(seed, body)).toEqual([]);
  });

  it('passes an edition correction and an inserted word', () => {
    const corrected = body.replace('struggle', 'struggle <choice><sic></sic><corr resp="per:edition">indeed</corr></choice>and more');
    expect(lostText(seed, corrected)).toEqual([]);
  });

  it('fails on a planted omission and names the lost words and their line', () => {
    const source = normalizeLines(seed.split('\n'));
    const runs = alignSource(source, extractSourceReading(tei(body.replace('the whole thing ', ''))));
    expect(runs.map((run) => run.text)).toEqual(['thewholething']);
    expect(runs[0].fromLine).toBe(2);
  });

  it('fails when a word survives only as a correction', () => {
    const replaced = body.replace('recent', '<choice><sic>late</sic><corr resp="per:edition">recent</corr></choice>');
    expect(lostText(seed, replaced)).toEqual(['recent']);
  });

  it('passes a footnote printed mid-word at a page break and kept at its anchor', () => {
    const pageBreakSeed = 'the proletarian revolution under capi* My italics.—J. St.\ntalism is not the same';
    const anchored =
      '<p>the proletarian revolution<note n="*" type="author" resp="per:stalin">My italics.—J. St.</note> under capitalism is not the same</p>';
    expect(lostText(pageBreakSeed, anchored)).toEqual([]);
  });

  it('passes a note whose first words are also the first words of the text after it', () => {
    const sameStartSeed = [
      'our permanentists took the idea of uninterrupted revolution from Marx,',
      'our permanentists altered it somewhat, and spoilt it.',
    ].join('\n');
    const moved =
      '<p>Text<note n="1" type="editor" resp="per:edition">our permanentists took the idea of uninterrupted revolution from Marx,</note></p>' +
      '<p>our permanentists altered it somewhat, and spoilt it.</p>';
    expect(lostText('Text 1\n' + sameStartSeed, moved)).toEqual([]);
  });

  it('fails when a note is missing', () => {
    const withoutNote = body.replace(/<note[^]*<\/note>/, '');
    expect(lostText(seed, withoutNote)).toEqual(['1', '1lenintosgsaidgalievjuly201921']);
  });
});

describe('checkSourceFidelity input errors', () => {
  it('names the file, line and column of a malformed TEI document', () => {
    const teiRoot = mkdtempSync(join(tmpdir(), 'tei-fidelity-'));
    mkdirSync(join(teiRoot, 'texts', 'test-source'), { recursive: true });
    writeFileSync(join(teiRoot, 'texts', 'test-source', 'broken.xml'), '<TEI>\n<teiHeader>\n</TEI>');
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(seeds, 'seed.txt'), 'text');
    const profile = { sourceId: 'test-source', seedFile: 'seed.txt', clean: (lines: string[]) => lines };
    expect(() => checkSourceFidelity(profile, seeds, teiRoot)).toThrow(FidelityInputError);
    expect(() => checkSourceFidelity(profile, seeds, teiRoot)).toThrow(/broken\.xml:3:\d+: /);
  });
});

const seedsPresent = existsSync(seedsDirectory);
if (!seedsPresent) {
  console.warn(`fidelity: the seeds folder ${seedsDirectory} is absent — the per-source fidelity tests are SKIPPED.`);
}

describe.skipIf(!seedsPresent)('fidelity of the encoded sources (seeds in ../shared/seeds)', () => {
  // The corpus is read and parsed once for all sources.
  const catalogue = readSourceCatalogue(teiDirectory);
  const encoded = NOISE_PROFILES.filter((profile) => findSourceDocuments(teiDirectory, profile.sourceId, catalogue).length > 0);

  for (const profile of NOISE_PROFILES.filter((candidate) => !encoded.includes(candidate))) {
    it.skip(`${profile.sourceId}: no TEI documents yet`, () => {});
  }

  for (const profile of encoded) {
    it(`${profile.sourceId}: the TEI keeps every word of ${profile.seedFile}`, () => {
      const result = checkSourceFidelity(profile, seedsDirectory, teiDirectory, undefined, catalogue);
      expect(result.sourceLength).toBeGreaterThan(0);
      expect(result.lost, formatLostRuns(result)).toEqual([]);
    });
  }
});
