/**
 * The export stage: the edition's data in the formats other projects read — DTS (dts/), CMIF
 * (cmif.xml), the registers as CSV and JSON-LD, and the citable release zip. Planned before the pages
 * are written (the pages link to what will exist), written once after them. Corpus-wide facts are
 * gathered once (corpus-facts.ts); each format is one linear pass over them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionMetadata } from '../pipeline/edition-metadata.js';
import { CMIF_FILE, letterCount, writeCmif } from './cmif.js';
import { factsWithoutDocuments, gatherCorpusFacts, type CorpusFacts, type ParsedDocument } from './corpus-facts.js';
import { ENTRY_POINT, writeDts } from './dts.js';
import { hashOf, type ExportContext, type ExportUnits } from './export-context.js';
import { registerFiles, writeRegisters } from './registers.js';
import { releaseFileName, writeRelease } from './release.js';
import { SiteUrls } from './site-urls.js';

export interface ExportInput {
  corpusDir: string;
  projectRoot: string;
  documents: ParsedDocument[];
  edition: EditionMetadata;
}

export interface ExportPlan {
  facts: CorpusFacts;
  /** The data files the pages may link to, below the site root: register TEI, CSV, JSON-LD, CMIF, DTS, zip. */
  links: string[];
  /**
   * Writes every export into the site folder; returns the number of files written. With `units`,
   * a file is written only when what it is made from changed since the build they describe.
   */
  write(outDir: string, units?: ExportUnits): number;
}

export function planExports(input: ExportInput): ExportPlan {
  const facts = gatherCorpusFacts(input.corpusDir, input.documents);
  const zipName = releaseFileName(input.edition.title, input.edition.version);
  const links = [
    ...facts.registerFiles.map((file) => `tei/${file}`),
    ...registerFiles(facts),
    ...(letterCount(facts) ? [CMIF_FILE] : []),
    ...(facts.texts.length ? [ENTRY_POINT] : []),
    zipName,
  ];
  return {
    facts,
    links,
    write(outDir: string, units?: ExportUnits): number {
      let written = 0;
      // Thousands of files go into a few folders: each folder is made once.
      const folders = new Set<string>();
      /** The files of the unit being produced. */
      let outputs: string[] = [];
      const context: ExportContext = {
        edition: input.edition,
        urls: new SiteUrls(input.edition.baseUrl),
        write(file, content) {
          const target = path.join(outDir, ...file.split('/'));
          const folder = path.dirname(target);
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          writeFileSync(target, content);
          outputs.push(file);
          written++;
        },
        unit(key, hash, produce) {
          if (units?.keep(key, hash)) return;
          const outer = outputs;
          outputs = [];
          try {
            produce();
            units?.record(key, hash, outputs);
          } finally {
            outputs = outer;
          }
        },
      };
      // The whole-corpus files are made again only when the facts they are made of changed: the
      // registers, CMIF and the DTS collections (dts.ts) never show a text's wording, so an edit of
      // wording leaves them as they are. The release holds every document: it is made every time.
      const factsHash = hashOf([input.edition, factsWithoutDocuments(facts)]);
      context.unit('export:registers', factsHash, () => writeRegisters(facts, context));
      if (letterCount(facts)) context.unit('export:cmif', factsHash, () => writeCmif(facts, context));
      if (facts.texts.length) writeDts(facts, context, factsHash);
      context.unit('export:release', '', () => writeRelease(facts, { projectRoot: input.projectRoot, documents: input.documents }, context));
      return written;
    },
  };
}
