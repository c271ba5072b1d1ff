/**
 * The noise profiles, registered explicitly (one line per source; edit under the `registry` lock).
 * Each `noise/<sourceId>.ts` exports `noiseProfile`.
 */
import type { NoiseProfile } from './noise-profile.js';
import { noiseProfile as platformImt } from './platform-imt.js';
import { noiseProfile as worldOutlook2022 } from './worldoutlook-2022.js';
import { noiseProfile as platformMia } from './platform-mia.js';
import { noiseProfile as pathfinder1975 } from './pathfinder-1975.js';
import { noiseProfile as stalinWorks6 } from './stalin-works-6.js';

export type { NoiseProfile } from './noise-profile.js';

export const NOISE_PROFILES: NoiseProfile[] = [
  platformImt,
  worldOutlook2022,
  platformMia,
  pathfinder1975,
  stalinWorks6,
];
