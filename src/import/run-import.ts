/**
 * Writes importer drafts without ever silently replacing curated TEI: a new file is written to
 * `tei/`; an existing file that differs gets its draft in the cache folder instead, unless forced.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { SeedFormatError, type ImportedDocument, type Importer } from './importer.js';

export interface ImportOptions {
  seedsDirectory: string;
  teiDirectory: string;
  /** Where drafts of already curated files go (`.cache/import`). */
  draftDirectory: string;
  force: boolean;
  /** Only these sources; all when empty. */
  sourceIds: string[];
}

export type ImportOutcome = 'created' | 'unchanged' | 'draft' | 'overwritten';

export interface ImportedFile {
  sourceId: string;
  /** Path relative to the TEI folder. */
  path: string;
  outcome: ImportOutcome;
  /** Where the draft was written, for `draft`. */
  draftPath?: string;
}

/** A problem with the user's input: reported as one line, without a stack trace. */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportInputError';
  }
}

export function selectImporters(importers: Importer[], sourceIds: string[]): Importer[] {
  const unknown = sourceIds.filter((id) => !importers.some((importer) => importer.sourceId === id));
  if (unknown.length > 0) {
    const known = importers.map((importer) => importer.sourceId).join(', ') || '(none registered)';
    throw new ImportInputError(`Unknown source id ${unknown.join(', ')}. Known: ${known}.`);
  }
  return sourceIds.length === 0 ? importers : importers.filter((importer) => sourceIds.includes(importer.sourceId));
}

export function runImport(importers: Importer[], options: ImportOptions): ImportedFile[] {
  if (!existsSync(options.seedsDirectory) || !statSync(options.seedsDirectory).isDirectory()) {
    throw new ImportInputError(
      `The seeds folder ${options.seedsDirectory} does not exist. Pass its location with --seeds DIR.`,
    );
  }
  const results: ImportedFile[] = [];
  for (const importer of selectImporters(importers, options.sourceIds)) {
    const seedPath = join(options.seedsDirectory, importer.seedFile);
    if (!existsSync(seedPath)) {
      throw new ImportInputError(`The seed ${seedPath} for source ${importer.sourceId} does not exist.`);
    }
    for (const document of importSeedChecked(importer, seedPath)) {
      checkRelativePath(importer.sourceId, document.path);
      results.push({ sourceId: importer.sourceId, ...writeDocument(document.path, document.xml, options) });
    }
  }
  return results;
}

function importSeedChecked(importer: Importer, seedPath: string): ImportedDocument[] {
  try {
    return importer.importSeed(readFileSync(seedPath, 'utf8'));
  } catch (error) {
    if (error instanceof SeedFormatError) {
      const where = error.line === undefined ? seedPath : `${seedPath}:${error.line}:1`;
      throw new ImportInputError(`${where}: ${error.message} (importer ${importer.sourceId})`);
    }
    throw error;
  }
}

function writeDocument(
  path: string,
  xml: string,
  options: ImportOptions,
): Pick<ImportedFile, 'path' | 'outcome' | 'draftPath'> {
  const target = join(options.teiDirectory, path);
  if (!existsSync(target)) {
    writeFile(target, xml);
    return { path, outcome: 'created' };
  }
  if (readFileSync(target, 'utf8') === xml) return { path, outcome: 'unchanged' };
  if (options.force) {
    writeFile(target, xml);
    return { path, outcome: 'overwritten' };
  }
  const draftPath = join(options.draftDirectory, path);
  writeFile(draftPath, xml);
  return { path, outcome: 'draft', draftPath };
}

/** An importer may only write inside the TEI folder. */
function checkRelativePath(sourceId: string, path: string): void {
  const normalized = normalize(path);
  if (isAbsolute(path) || normalized.startsWith('..') || relative('.', normalized).startsWith('..')) {
    throw new ImportInputError(`Importer ${sourceId} returned the path ${path}, which is outside tei/.`);
  }
}

function writeFile(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}
