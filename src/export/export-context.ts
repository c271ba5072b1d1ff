import { createHash } from 'node:crypto';
import type { EditionMetadata } from '../pipeline/edition-metadata.js';
import type { SiteUrls } from './site-urls.js';

/** What every export writer is given: the edition's facts, its URLs and where to write. */
export interface ExportContext {
  edition: EditionMetadata;
  urls: SiteUrls;
  /** Writes a file below the site root ('/'-separated path). */
  write(file: string, content: string | Uint8Array): void;
  /**
   * Files that depend only on the inputs `hash` sums up: `produce` writes them, unless a previous
   * build of this site made them from the same inputs (they are then left as they are).
   */
  unit(key: string, hash: string, produce: () => void): void;
}

/** Which units the site already holds, and what each wrote (an incremental build's SiteUnits). */
export interface ExportUnits {
  keep(key: string, hash: string): boolean;
  record(key: string, hash: string, outputs: string[]): void;
}

/** The hash of what a unit of exports is made from, as JSON (ExportContext.unit). */
export function hashOf(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}
