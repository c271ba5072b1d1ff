import { blankLines, type NoiseProfile } from './noise-profile.js';

/** Seed 003 (Marxists Internet Archive): the navigation footer, its link-image texts, the update stamp. */
export const noiseProfile: NoiseProfile = {
  sourceId: 'platform-mia',
  seedFile: '003_aedfe63598753b50.txt',
  clean(lines) {
    return blankLines(lines, (line) => {
      const text = line.trim();
      return (
        /^Chapter [IVXLC]+\s+\|\s+Platform of the Opposition Index\s+\|\s+Chapter [IVXLC]+$/.test(text) ||
        /^(return ?)+$/.test(text) ||
        /^Last updated on: [\d.]+$/.test(text)
      );
    });
  },
};
