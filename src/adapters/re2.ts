/**
 * Thin adapter over `re2js`, a pure-JavaScript port of RE2: matching takes time linear in the input
 * whatever the pattern, so a pattern written in a document (`prefixDef/@matchPattern`) can never
 * hang the run the way a backtracking engine does on `(a+)+b`. Only this file knows its API.
 */
import { RE2JS } from 're2js';

export interface LinearPattern {
  /** The capture groups of a match of the whole input (index 0: the whole), or undefined. */
  matchWhole(input: string): (string | undefined)[] | undefined;
}

/** Compiles RE2 syntax; throws with RE2's message when the pattern is not valid RE2. */
export function compileLinear(source: string): LinearPattern {
  const compiled = RE2JS.compile(source);
  const groups = compiled.groupCount();
  return {
    matchWhole(input) {
      const matcher = compiled.matcher(input);
      if (!matcher.matches()) return undefined;
      const found: (string | undefined)[] = [];
      for (let group = 0; group <= groups; group++) found.push(matcher.group(group) ?? undefined);
      return found;
    },
  };
}
