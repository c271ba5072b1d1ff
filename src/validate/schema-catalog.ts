/**
 * The XML-catalog-like table of remote schemas we hold a bundled copy of (`schemas/catalog.json`):
 * a document that names `https://www.tei-c.org/release/…/tei_all.rng` is validated against our copy,
 * never against the network.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface CatalogEntry {
  name: string;
  version: string;
  /** Absolute path of the bundled copy. */
  file: string;
  licence: string;
  match: RegExp;
  /** The copy is a superset of the named schema (tei_all for tei_lite): its own restrictions go unchecked. */
  superset: boolean;
}

export const SCHEMAS_FOLDER = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../schemas');

let catalog: CatalogEntry[] | undefined;

export function schemaCatalog(): CatalogEntry[] {
  if (!catalog) {
    const raw = JSON.parse(readFileSync(path.join(SCHEMAS_FOLDER, 'catalog.json'), 'utf8')) as {
      schemas: { name: string; version: string; file: string; licence: string; match: string; superset?: boolean }[];
    };
    catalog = raw.schemas.map((entry) => ({
      ...entry,
      file: path.join(SCHEMAS_FOLDER, entry.file),
      match: new RegExp(entry.match),
      superset: entry.superset ?? false,
    }));
  }
  return catalog;
}

/** The bundled copy standing for a remote schema URL, if we have one. */
export function catalogEntryFor(uri: string): CatalogEntry | undefined {
  return schemaCatalog().find((entry) => entry.match.test(uri));
}
