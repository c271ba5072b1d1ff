/**
 * An importer turns one seed (a plain-text source) into first TEI drafts, one per work.
 * Drafts are curated by hand afterwards; from then on `tei/` is the source of truth.
 */
export interface ImportedDocument {
  /** Where the document goes, relative to `tei/` (`texts/platform-imt/imt-….xml`). */
  path: string;
  xml: string;
}

export interface Importer {
  /** The source's `xml:id` in `tei/sources.xml`. */
  sourceId: string;
  /** File name of the seed in the seeds folder. */
  seedFile: string;
  importSeed(seedText: string): ImportedDocument[];
}

/** The seed does not read as the importer expects: reported with its line, without a stack trace. */
export class SeedFormatError extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SeedFormatError';
  }
}
