import { blankLines, type NoiseProfile } from './noise-profile.js';

/** Seed 000 (marxist.com page): the site's series label and the "Join us" recruitment box. */
export const noiseProfile: NoiseProfile = {
  sourceId: 'platform-imt',
  seedFile: '000_efe3eab986bba2d1.txt',
  clean(lines) {
    const cleaned = blankLines(
      lines,
      (line) => line.trim() === 'Join us' || line.startsWith('If you want more information about joining the IMT'),
    );
    return cleaned.map((line) => line.replace(/^\[Classics\] /, ''));
  },
};
