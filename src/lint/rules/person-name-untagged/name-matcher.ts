/**
 * Finds the known names of persons in a text quickly: names are indexed by their first run of
 * letters, so each capitalised word of the text costs one map look-up, not a scan of every name.
 */
import type { PersonEntry } from '../../corpus-index.js';

export interface NameMatch {
  index: number;
  name: string;
  persons: PersonEntry[];
}

interface Candidate {
  name: string;
  persons: PersonEntry[];
}

const LETTER_RUN = /\p{Lu}\p{L}*/gu;
const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A name followed by one of these is an institution or an event named after the person, not a
 * mention ("the Lenin Enrolment", "Lenin Institute"); docs/encoding.md says these are not tagged.
 */
const NAMED_AFTER = /^\s+(?:enrolment|enrollment|levy|call|institute|mausoleum|museum|library|school|university|academy|prize|fund|corner|days|station|works|plant|street|square)\b/i;
/** "Order of Lenin", "Institute of Marx": the same, with the name last. */
const NAMED_BEFORE = /\b(?:Order|Institute|Prize|Museum|Library|School|University|Academy|Mausoleum|Fund)\s+of\s+(?:the\s+)?$/;
/** "Lenin Hydroelectric Station": a name followed by a capitalised common word names a thing. */
const CAPITALISED_WORD = /^\s+(\p{Lu}\p{Ll}{3,})/u;

export class NameMatcher {
  private readonly byFirstWord = new Map<string, Candidate[]>();

  constructor(persons: readonly PersonEntry[]) {
    const byName = new Map<string, PersonEntry[]>();
    for (const person of persons) {
      for (const name of person.names) {
        // initials alone, short or lower-case words are too ambiguous to report
        if (name.length < 3 || !/^\p{Lu}/u.test(name)) continue;
        const list = byName.get(name) ?? [];
        if (!list.includes(person)) list.push(person);
        byName.set(name, list);
      }
    }
    for (const [name, list] of byName) {
      const firstWord = /^\p{L}+/u.exec(name)?.[0] as string;
      const candidates = this.byFirstWord.get(firstWord) ?? [];
      candidates.push({ name, persons: list });
      this.byFirstWord.set(firstWord, candidates);
    }
    for (const candidates of this.byFirstWord.values()) candidates.sort((a, b) => b.name.length - a.name.length);
  }

  get empty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** Every known name in `text`, longest first where names overlap. */
  matches(text: string): NameMatch[] {
    const found: NameMatch[] = [];
    const letterRun = LETTER_RUN; // synchronous and not re-entered: one compiled expression for all texts
    letterRun.lastIndex = 0;
    for (let word = letterRun.exec(text); word; word = letterRun.exec(text)) {
      const candidates = this.byFirstWord.get(word[0]);
      if (!candidates) continue;
      // inside a word, or part of a hyphenated compound ("Marx-Engels-Lenin Institute")
      if (word.index > 0 && WORD_OR_HYPHEN.test(text[word.index - 1])) continue;
      for (const candidate of candidates) {
        const end = matchEnd(text, word.index, candidate.name);
        if (end < 0 || (end < text.length && WORD_CHARACTER.test(text[end]))) continue;
        const after = text.slice(end, end + 20);
        const namesSomethingElse =
          after.startsWith('-') ||
          NAMED_AFTER.test(after) ||
          NAMED_BEFORE.test(text.slice(Math.max(0, word.index - 40), word.index)) ||
          isCommonCapitalisedWord(CAPITALISED_WORD.exec(after)?.[1], this.byFirstWord);
        if (!namesSomethingElse) found.push({ index: word.index, name: text.slice(word.index, end), persons: candidate.persons });
        letterRun.lastIndex = end;
        break;
      }
    }
    return found;
  }
}

function isCommonCapitalisedWord(word: string | undefined, names: Map<string, Candidate[]>): boolean {
  return word !== undefined && !names.has(word);
}

/**
 * Where `name` ends if it starts at `start` in `text`, a space of the name matching any run of
 * whitespace (names break across lines); -1 if it is not there. Plain comparison: far cheaper than
 * one regular expression per name.
 */
function matchEnd(text: string, start: number, name: string): number {
  let at = start;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === ' ') {
      if (!/\s/.test(text[at] ?? '')) return -1;
      while (at < text.length && /\s/.test(text[at])) at++;
    } else if (text[at] === name[i]) {
      at++;
    } else {
      return -1;
    }
  }
  return at;
}
