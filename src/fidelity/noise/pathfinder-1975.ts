import { classifyLine, isNoiseLine } from '../../import/pathfinder-1975/page-furniture.js';
import { blankLines, type NoiseProfile } from './noise-profile.js';

/**
 * Seed 002 (OCR of the Pathfinder book): cover, stamp, Internet Archive notice, library card and
 * back-cover codes; running heads and bare page numbers (kept as pb/@n); the printed index's
 * entries (replaced by the register). The importer's classification is the single definition.
 */
export const noiseProfile: NoiseProfile = {
  sourceId: 'pathfinder-1975',
  seedFile: '002_bbcd4ea18619e104.txt',
  clean(lines) {
    return blankLines(lines, (line, lineNumber) => isNoiseLine(classifyLine(line, lineNumber).kind));
  },
};
