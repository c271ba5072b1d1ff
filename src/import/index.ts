/**
 * The importers, registered explicitly (one line per source; edit under the `registry` lock).
 */
import type { Importer } from './importer.js';
import { platformImtImporter } from './platform-imt/importer.js';
import { platformMiaImporter } from './platform-mia/importer.js';
import { worldOutlookImporter } from './worldoutlook-2022/importer.js';
import { pathfinderImporter } from './pathfinder-1975/index.js';
import { stalinWorks6Importer } from './stalin-works-6/index.js';

export const IMPORTERS: Importer[] = [
  platformImtImporter,
  platformMiaImporter,
  worldOutlookImporter,
  pathfinderImporter,
  stalinWorks6Importer,
];
