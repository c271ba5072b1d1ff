/**
 * What a source prints that is not part of its texts (site furniture, running heads, page numbers …).
 * One profile per source, in `src/fidelity/noise/<sourceId>.ts`, exported as `noiseProfile` and
 * registered in `./index.ts`. Every TEI header's `encodingDesc` documents the same noise.
 */
export interface NoiseProfile {
  sourceId: string;
  /** File name of the seed in the seeds folder. */
  seedFile: string;
  /** Same number of lines back: noise lines blanked, noise spans cut out. */
  clean(lines: string[]): string[];
}

/** Helper for profiles: blanks every line for which `isNoise` holds. */
export function blankLines(
  lines: string[],
  isNoise: (line: string, lineNumber: number) => boolean,
): string[] {
  return lines.map((line, index) => (isNoise(line, index + 1) ? '' : line));
}
