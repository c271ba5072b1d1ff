import type { XmlText } from '../../../xml/model.js';
import { languageOf, positionInText, runningTextNodes } from '../../running-text.js';
import type { Rule } from '../../rule.js';

/** Not reading text, or the source's own uncorrected reading. */
const SKIPPED = new Set(['teiHeader', 'sic', 'orig', 'abbr', 'idno', 'ptr', 'formula', 'code', 'fw']);

/** Words of one letter, by language (the part of `xml:lang` before the first "-"); "en" when none is given. */
const ONE_LETTER_WORDS: Record<string, string[]> = {
  en: ['a', 'A', 'I', 'O'],
  fr: ['a', 'à', 'y', 'A', 'À', 'Y'],
  de: [],
  it: ['a', 'e', 'è', 'o', 'i', 'A', 'E', 'È', 'O', 'I'],
  es: ['a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y'],
  ru: [...'авикосуяж', ...'АВИКОСУЯЖ'],
  la: ['a', 'e', 'A', 'E'],
};

/**
 * A spaced letter, possibly with opening punctuation (which starts a run: "“ o f") or closing
 * punctuation (which ends one: "w a r,"). A full stop or colon makes an initial ("J.", "F:"), an
 * apostrophe an elision ("d'"): neither is a spaced letter.
 */
const SPACED_LETTER = /^([“‘"(\[]*)(\p{L})([,;!?)\]’”"]*)$/u;

interface Token {
  text: string;
  start: number;
  /** The single letter, when the token is one letter with at most some punctuation around it. */
  letter?: string;
  opens?: boolean;
  closes?: boolean;
}

export const spacedLetters: Rule = {
  id: 'spaced-letters',
  meta: {
    description: 'Letters separated by spaces inside words ("the s e m i proletarians", "report e r") — letter-spaced print or a converter’s broken words, left in the reading text.',
    severity: 'warning',
    docs: 'src/lint/rules/spaced-letters/README.md',
  },
  messages: {
    spaced: '"{run}" is a word spelt letter by letter ("{joined}"); rejoin it, and encode letter-spacing that the source prints as <hi rend="…">',
  },
  optionsProblem(options) {
    const words = options.oneLetterWords;
    const valid = typeof words === 'object' && words !== null && !Array.isArray(words) &&
      Object.values(words).every((list) => Array.isArray(list) && list.every((word) => typeof word === 'string' && [...word].length === 1));
    return words === undefined || valid ? undefined : '"oneLetterWords" must map languages to lists of one-letter words';
  },
  check({ document, report, options }) {
    const configured = (options.oneLetterWords ?? {}) as Record<string, string[]>;
    for (const node of runningTextNodes(document, SKIPPED)) {
      const language = (languageOf(node) ?? 'en').split('-')[0];
      const words = new Set(configured[language] ?? ONE_LETTER_WORDS[language] ?? ONE_LETTER_WORDS.en);
      for (const run of spacedRuns(node, words)) {
        report({ at: positionInText(document, node, run.start), messageId: 'spaced', data: { run: run.text, joined: run.joined } });
      }
    }
  },
};

/**
 * Two or more letters that are not one-letter words, cased as one word is ("e r", "T h e",
 * "S T A L I N"); capitals alone need three, since two are usually initials ("J J").
 */
function looksSpaced(letters: string[], words: ReadonlySet<string>): boolean {
  if (letters.filter((letter) => !words.has(letter)).length < 2) return false;
  const upper = (letter: string) => letter !== letter.toLowerCase();
  const rest = letters.slice(1);
  if (rest.every(upper)) return upper(letters[0]) ? letters.length >= 3 : false;
  return rest.every((letter) => !upper(letter));
}

/** Runs of two or more one-letter tokens in a row, of which at least two are not words of the language. */
function spacedRuns(node: XmlText, words: ReadonlySet<string>): { start: number; text: string; joined: string }[] {
  const tokens: Token[] = [];
  for (const match of node.value.matchAll(/\S+/g)) {
    const spaced = SPACED_LETTER.exec(match[0]);
    tokens.push({ text: match[0], start: match.index, letter: spaced?.[2], opens: !!spaced?.[1], closes: !!spaced?.[3] });
  }
  const runs: { start: number; text: string; joined: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].letter) {
      i++;
      continue;
    }
    let end = i;
    while (!tokens[end].closes && end + 1 < tokens.length && tokens[end + 1].letter && !tokens[end + 1].opens) end++;
    const letters = tokens.slice(i, end + 1);
    if (looksSpaced(letters.map((token) => token.letter!), words)) {
      // show the neighbours too: they are often the rest of the broken word ("report e r")
      const first = i > 0 && /^\p{L}{1,4}$/u.test(tokens[i - 1].text) ? tokens[i - 1] : tokens[i];
      const last = end + 1 < tokens.length && /^\p{L}{1,4}[,;:.!?]?$/u.test(tokens[end + 1].text) ? tokens[end + 1] : tokens[end];
      const text = node.value.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
      runs.push({ start: tokens[i].start, text, joined: letters.map((token) => token.text).join('') });
    }
    i = end + 1;
  }
  return runs;
}
