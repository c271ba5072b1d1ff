/**
 * Joining two printed lines: a line-end hyphen that only splits a word is removed; one that belongs
 * to a compound ("petty-bourgeois", "rank-and-file") is kept. A compound is recognised when the
 * book prints the same hyphenated word inside a line elsewhere, or when the next line starts with
 * a capital ("Marxism-Leninism"), or when it is listed below.
 */

/** Compounds split at their own hyphen that the book never prints whole inside a line. */
const KNOWN_COMPOUNDS = new Set([
  'nationalist-socialists', 'production-technique', 'petty-bourgeois',
  'self-education', 'well-defined', 'well-considered', // 002:6868, 3923, 3945
]);

export interface Joint {
  /** What goes between the two lines: a space, or nothing (split word, dash). */
  separator: '' | ' ';
  /** Drop the hyphen that ends the first line. */
  dropHyphen: boolean;
  /** The lines are one word split at the line end (a page break there gets `break="no"`). */
  wordSplit: boolean;
}

export function collectHyphenatedWords(seedLines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of seedLines) {
    const inner = line.replace(/[A-Za-z]+-\s*$/, ''); // the split word at the end is not evidence
    for (const match of inner.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)+/g)) words.add(match[0].toLowerCase());
  }
  return words;
}

export function joinLines(previous: string, next: string, hyphenatedWords: Set<string>): Joint {
  const end = previous.trimEnd();
  const start = next.trimStart();
  if (/[A-Za-z]-$/.test(end)) {
    const head = /[A-Za-z-]*-$/.exec(end)?.[0] ?? '';
    const tail = /^[A-Za-z-]*/.exec(start)?.[0] ?? '';
    const compound = (head + tail).toLowerCase();
    const keep = /^[A-Z]/.test(start) || KNOWN_COMPOUNDS.has(compound) || hyphenatedWords.has(compound);
    return { separator: '', dropHyphen: !keep, wordSplit: true };
  }
  if (/\d-$/.test(end) || /—$/.test(end) || /^—/.test(start)) return { separator: '', dropHyphen: false, wordSplit: false };
  return { separator: ' ', dropHyphen: false, wordSplit: false };
}
