import type { NoiseProfile } from './noise-profile.js';
import { cleanLine } from '../../import/stalin-works-6/noise.js';

/** Seed 004 (Stalin, Works 6, PDF text): running heads, page numbers, garbage, the watermark. */
export const noiseProfile: NoiseProfile = {
  sourceId: 'stalin-works-6',
  seedFile: '004_93893b877f0de433.txt',
  clean(lines) {
    return lines.map((line, index) => cleanLine(line, index + 1));
  },
};
