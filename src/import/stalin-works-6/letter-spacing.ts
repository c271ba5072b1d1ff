/**
 * Letter-spacing repair. The PDF converter spelled justified lines letter by letter
 * ("J . V. S t a l i n d i r e c t s"). Such lines are rejoined into words with a lexicon of the
 * words the seed prints normally: the segmentation of a line's tokens into known words that is
 * most probable (fewest, most frequent words) wins.
 */

/** Leading and trailing punctuation around a word. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export class Lexicon {
  private readonly counts = new Map<string, number>();
  private total = 0;

  add(word: string): void {
    const core = coreOf(word);
    if (!core) return;
    this.counts.set(core, (this.counts.get(core) ?? 0) + 1);
    this.total++;
  }

  /** Cost of a known word (lower for frequent words), undefined for an unknown one. */
  cost(word: string): number | undefined {
    const core = coreOf(word);
    if (!core) return 0.5; // punctuation only: free to attach
    const count = this.counts.get(core);
    return count === undefined ? undefined : 1 + Math.log(this.total / count);
  }
}

function coreOf(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '').toLowerCase();
}

export function isLetterSpaced(line: string): boolean {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const single = tokens.filter((token) => token.length === 1 && /\p{L}/u.test(token)).length;
  return tokens.length >= 6 && single >= 4 && single / tokens.length > 0.3;
}

/**
 * Words that the volume prints only letter-spaced, so the lexicon cannot learn them from the
 * seed (reviewed: Bukhara, loggerheads, precept, entangled, dedicated; and the words the
 * `spaced-letters` lint rule found left broken: reporter, confers, offshoot, officially, anger,
 * supporter, continuously; records, strictest, which a check of every rejoined line for stray letters found — seed 004:11695, 11862, 6906, 4854, 1274, 11517, 2970, 2458, 4904).
 */
const LETTER_SPACED_ONLY = [
  'Bukhara', 'loggerheads', 'precept', 'entangled', 'dedicated',
  'reporter', 'confers', 'offshoot', 'officially', 'anger', 'supporter', 'continuously', 'records', 'strictest',
];

/**
 * Letter-spacing that the printed book has, as opposed to the converter's: most letter-spaced
 * stretches of the PDF text begin or end inside a word and run to the end of a justified line — an
 * artefact, rejoined silently (the header says so). These are whole words spaced inside a normally
 * set line (the emphasis of a quotation: Lenin's “for”, Marx's “smashing”, “destruction”) or a
 * display line (the dedication, a signature); they become `<hi rend="letter-spaced">`. The volume's
 * italics (“My italics.—J. St.”) are not in the PDF text at all and cannot be restored.
 */
export interface LetterSpacedWords {
  line: number;
  /** As the seed prints it. */
  spaced: string;
  /** The person the words name, if they are a name. */
  person?: string;
  why: string;
}

export const LETTER_SPACED_WORDS: LetterSpacedWords[] = [
  { line: 1829, spaced: 'D E D I CATE D', why: 'display line of the dedication' },
  { line: 1831, spaced: 'J. S T A L I N', person: 'stalin', why: 'signature of the dedication' },
  { line: 2878, spaced: 'f o r', why: 'emphasis in the quotation from Lenin (the same words at 10909)' },
  { line: 3128, spaced: 's m a s h i n g', why: 'emphasis in the quotation from Marx, through Lenin' },
  { line: 3128, spaced: 'd e s t r u ct i o n', why: 'emphasis in the quotation from Marx, through Lenin' },
  { line: 7585, spaced: 'J. S t a l i n', person: 'stalin', why: 'signature' },
  { line: 10909, spaced: 'f o r', why: 'emphasis in the quotation from Lenin (as at 2878)' },
];

/** The rejoined words: initials keep their space ("J. Stalin"), spaced letters lose theirs. */
export function rejoinSpaced(spaced: string): string {
  return spaced.replace(/(?<=\p{L}) (?=\p{L})/gu, '').replace(/(?<=\p{L}{2}) (?=\p{L})/gu, ' ');
}

/** Builds the lexicon from the lines that are not letter-spaced. */
export function buildLexicon(lines: string[]): Lexicon {
  const lexicon = new Lexicon();
  for (const word of LETTER_SPACED_ONLY) lexicon.add(word);
  for (const line of lines) {
    if (isLetterSpaced(line)) continue;
    for (const token of line.split(/\s+/)) if (token) lexicon.add(token);
  }
  return lexicon;
}

const UNKNOWN_TOKEN_COST = 25;
const LONGEST_JOIN = 24;

/** Rejoins a letter-spaced stretch of text (no markup inside). Spacing only changes. */
export function repairLetterSpacing(text: string, lexicon: Lexicon): string {
  const leading = /^\s*/.exec(text)![0];
  const trailing = /\s*$/.exec(text)![0];
  const tokens = attachPunctuation(text.trim().split(/\s+/).filter(Boolean));
  if (tokens.length === 0) return text;
  const best: { cost: number; from: number }[] = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= tokens.length; end++) {
    best[end] = { cost: Infinity, from: end - 1 };
    for (let start = Math.max(0, end - LONGEST_JOIN); start < end; start++) {
      if (!Number.isFinite(best[start].cost)) continue;
      if (joinsTwoWords(tokens, start, end, lexicon)) continue;
      const word = tokens.slice(start, end).join('');
      let cost = lexicon.cost(word);
      if (cost === undefined) {
        if (end - start > 1) continue;
        cost = UNKNOWN_TOKEN_COST;
      }
      if (best[start].cost + cost < best[end].cost) best[end] = { cost: best[start].cost + cost, from: start };
    }
  }
  const words: string[] = [];
  for (let end = tokens.length; end > 0; end = best[end].from) words.unshift(tokens.slice(best[end].from, end).join(''));
  return leading + words.join(' ') + trailing;
}

/**
 * Two neighbouring tokens that are words of three letters or more on their own stay apart: the
 * converter spaces letters, it does not split words into words ("the working class" is not the
 * merged compound "workingclass" the lexicon also knows; seed 004:4777).
 */
function joinsTwoWords(tokens: string[], start: number, end: number, lexicon: Lexicon): boolean {
  const isWord = (token: string) => token.replace(/[^\p{L}]/gu, '').length >= 3 && lexicon.cost(token) !== undefined;
  for (let i = start; i + 1 < end; i++) if (isWord(tokens[i]) && isWord(tokens[i + 1])) return true;
  return false;
}

/** Closing punctuation belongs to the word before it, opening punctuation to the word after it. */
function attachPunctuation(tokens: string[]): string[] {
  const result: string[] = [];
  let opening = '';
  for (const token of tokens) {
    if (/^[.,;:!?)\]’”]+$/.test(token) && result.length > 0) {
      result[result.length - 1] += token;
    } else if (/^[(\[“‘]+$/.test(token)) {
      opening += token;
    } else {
      result.push(opening + token);
      opening = '';
    }
  }
  if (opening) result.push(opening);
  return result;
}
