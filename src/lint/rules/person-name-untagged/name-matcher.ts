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
  /** Compiled on first use: most names never occur in most texts. */
  pattern?: RegExp;
  persons: PersonEntry[];
}

const LETTER_RUN = /\p{Lu}\p{L}*/gu;

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

  *matches(text: string): Generator<NameMatch> {
    const letterRun = new RegExp(LETTER_RUN);
    for (let word = letterRun.exec(text); word; word = letterRun.exec(text)) {
      // inside a word, or part of a hyphenated compound ("Marx-Engels-Lenin Institute")
      if (word.index > 0 && /[\p{L}\p{N}\-]/u.test(text[word.index - 1])) continue;
      const candidates = this.byFirstWord.get(word[0]);
      if (!candidates) continue;
      for (const candidate of candidates) {
        candidate.pattern ??= new RegExp(`${escapeRegExp(candidate.name)}(?![\\p{L}\\p{N}])`, 'uy');
        candidate.pattern.lastIndex = word.index;
        const found = candidate.pattern.exec(text);
        if (found) {
          const after = text.slice(word.index + found[0].length, word.index + found[0].length + 20);
          if (after.startsWith('-') || NAMED_AFTER.test(after) || NAMED_BEFORE.test(text.slice(Math.max(0, word.index - 40), word.index))) break;
          const next = CAPITALISED_WORD.exec(after)?.[1];
          if (next && !this.byFirstWord.has(next)) break;
          yield { index: word.index, name: found[0], persons: candidate.persons };
          letterRun.lastIndex = word.index + found[0].length;
          break;
        }
      }
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
