/** Runs the export stage alone (no XSLT) on a corpus into a fresh folder, for the export tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findXmlFiles } from '../../src/corpus/find-files.js';
import { loadFiles } from '../../src/corpus/load.js';
import { planExports, type ExportPlan } from '../../src/export/index.js';
import type { EditionMetadata } from '../../src/pipeline/edition-metadata.js';

export const REAL_CORPUS = path.resolve(__dirname, '..', '..', 'tei');
export const LETTERS_CORPUS = path.resolve(__dirname, 'fixtures', 'escher-letters');

export const EDITION: EditionMetadata = {
  title: 'Test Edition',
  version: '1.2.3',
  date: '2026-11-22',
  licence: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

export function exportCorpus(corpusDir: string, edition: Partial<EditionMetadata> = {}): { outDir: string; plan: ExportPlan; written: number } {
  const files = findXmlFiles([corpusDir], corpusDir, []).files;
  const documents = loadFiles(files).files;
  const plan = planExports({ corpusDir, projectRoot: path.dirname(corpusDir), documents, edition: { ...EDITION, ...edition } });
  const outDir = mkdtempSync(path.join(tmpdir(), 'export-'));
  const written = plan.write(outDir);
  return { outDir, plan, written };
}
