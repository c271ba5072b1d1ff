/**
 * The fidelity check of one source: the cleaned seed against the source reading of its TEI
 * documents. Returns the lost runs (empty = every word of the source is in the edition, in order).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XmlSyntaxError } from '../xml/stream.js';
import { alignSource, type AlignOptions, type LostRun } from './align.js';
import type { NoiseProfile } from './noise/noise-profile.js';
import { normalizeLines } from './normalize.js';
import { concatenateReadings, extractSourceReading } from './source-reading.js';
import { findSourceDocuments, MalformedDocumentError, type SourceDocument } from './source-documents.js';

export interface FidelityResult {
  sourceId: string;
  seedFile: string;
  /** Documents checked, in seed order, relative to the TEI folder. */
  documents: string[];
  /** Normalised characters of the cleaned seed. */
  sourceLength: number;
  lost: LostRun[];
  /** The seed's lines, for showing lost runs in context. */
  seedLines: string[];
}

export class FidelityInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FidelityInputError';
  }
}

export function readSeedLines(seedsDirectory: string, seedFile: string): string[] {
  return readFileSync(join(seedsDirectory, seedFile), 'utf8').split(/\r?\n/);
}

export function checkSourceFidelity(
  profile: NoiseProfile,
  seedsDirectory: string,
  teiDirectory: string,
  options?: AlignOptions,
  catalogue?: Map<string, SourceDocument[]>,
): FidelityResult {
  const lines = readSeedLines(seedsDirectory, profile.seedFile);
  const cleaned = profile.clean(lines);
  if (cleaned.length !== lines.length) {
    throw new FidelityInputError(
      `Noise profile ${profile.sourceId} returned ${cleaned.length} lines for ${lines.length}; it must blank lines, not remove them.`,
    );
  }
  let documents: SourceDocument[];
  try {
    documents = findSourceDocuments(teiDirectory, profile.sourceId, catalogue);
  } catch (error) {
    if (error instanceof MalformedDocumentError) throw new FidelityInputError(error.message);
    throw error;
  }
  const readings = documents.map((document) => {
    try {
      return extractSourceReading(document.xml);
    } catch (error) {
      if (error instanceof XmlSyntaxError) {
        throw new FidelityInputError(`${document.path}:${error.line}:${error.column}: ${error.message}`);
      }
      throw error;
    }
  });
  const source = normalizeLines(cleaned);
  return {
    sourceId: profile.sourceId,
    seedFile: profile.seedFile,
    documents: documents.map((document) => relative(teiDirectory, document.path)),
    sourceLength: source.chars.length,
    lost: alignSource(source, concatenateReadings(readings), options),
    seedLines: lines,
  };
}

export function formatLostRuns(result: FidelityResult, limit = 40): string {
  const shown = result.lost.slice(0, limit).map((run) => {
    const lines = `${result.seedFile}:${run.fromLine}:${run.fromColumn}` + (run.toLine > run.fromLine ? `–${run.toLine}` : '');
    const text = run.text.length > 120 ? `${run.text.slice(0, 120)}… (${run.text.length} chars)` : run.text;
    const printed = result.seedLines[run.fromLine - 1] ?? '';
    const start = Math.max(0, run.fromColumn - 31);
    const context = `${start > 0 ? '…' : ''}${printed.slice(start, run.fromColumn + 69).trim()}${printed.length > run.fromColumn + 69 ? '…' : ''}`;
    return `  ${lines}: ${text}\n      seed: ${context}`;
  });
  const more = result.lost.length > limit ? [`  … and ${result.lost.length - limit} more runs`] : [];
  return [`${result.sourceId}: ${result.lost.length} lost run(s)`, ...shown, ...more].join('\n');
}
