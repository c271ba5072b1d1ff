/**
 * The importers, registered explicitly (one line per source; edit under the `registry` lock).
 */
import type { Importer } from './importer.js';

export const IMPORTERS: Importer[] = [];
