import type { EditionMetadata } from '../pipeline/edition-metadata.js';
import type { SiteUrls } from './site-urls.js';

/** What every export writer is given: the edition's facts, its URLs and where to write. */
export interface ExportContext {
  edition: EditionMetadata;
  urls: SiteUrls;
  /** Writes a file below the site root ('/'-separated path). */
  write(file: string, content: string | Uint8Array): void;
}
