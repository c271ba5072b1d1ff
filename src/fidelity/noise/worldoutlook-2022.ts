import { blankLines, type NoiseProfile } from './noise-profile.js';

/** Seed 001 (World-Outlook blog): the category label above the post and the comment-section links. */
export const noiseProfile: NoiseProfile = {
  sourceId: 'worldoutlook-2022',
  seedFile: '001_5c49c09aded13e01.txt',
  clean(lines) {
    return blankLines(lines, (line, lineNumber) => {
      const text = line.trim();
      if (lineNumber === 1 && text === 'Marxism') return true;
      return /^\d+ repl(y|ies) »$/.test(text) || text === 'Leave a Reply';
    });
  },
};
