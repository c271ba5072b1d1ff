import type { Diagnostic } from './diagnostic.js';

/** How many identical findings per file are listed before the rest are only counted. */
export const DEFAULT_MAX_REPEATS = 20;

/**
 * Lists at most `maxRepeats` findings with the same file, rule and message; the one after them
 * stands for all the rest, with their number in `occurrences` (and in its message), so that a document
 * with 200,000 copies of one mistake gives a readable report that every format prints quickly and
 * that still counts every finding. `maxRepeats` 0 lists everything.
 */
export function collapseRepeats(diagnostics: readonly Diagnostic[], maxRepeats = DEFAULT_MAX_REPEATS): Diagnostic[] {
  if (maxRepeats <= 0) return [...diagnostics];
  const seen = new Map<string, number>();
  const standIns = new Map<string, Diagnostic>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.file}\u0000${diagnostic.ruleId}\u0000${diagnostic.message}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= maxRepeats) kept.push(diagnostic);
    else if (count === maxRepeats + 1) {
      const standIn: Diagnostic = { ...diagnostic, occurrences: 1 };
      standIns.set(key, standIn);
      kept.push(standIn);
    } else {
      (standIns.get(key) as Diagnostic).occurrences = count - maxRepeats;
    }
  }
  for (const standIn of standIns.values()) {
    const count = (standIn.occurrences as number).toLocaleString('en');
    standIn.message = `${standIn.message} [${count} identical finding(s) from here on, listed once; --max-repeats 0 lists each]`;
  }
  return kept;
}
