/** The shape of a lint rule, ESLint-style: one module per rule, registered in `rules/index.ts`. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Position, XmlDocument } from '../xml/model.js';
import type { CorpusIndex } from './corpus-index.js';

/**
 * Which rules run. `tei`: only what TEI itself makes wrong or what certainly does not resolve (the
 * default for any project). `edition`: also our house rules (page and note sequences, ids unique
 * across files, untagged names, …), switched on by `"profile": "edition"` in edition.config.json.
 */
export type Profile = 'tei' | 'edition';

export const PROFILES: readonly Profile[] = ['tei', 'edition'];

/** Whether a rule of `ruleProfile` runs under the `active` profile (edition includes tei). */
export function profileIncludes(active: Profile, ruleProfile: Profile): boolean {
  return active === 'edition' || ruleProfile === 'tei';
}

export interface RuleMeta {
  /** One sentence: what the rule checks. */
  description: string;
  /** Default severity; `edition.config.json` "rules" may change it or turn the rule off. */
  severity: Severity;
  /** The profile that turns the rule on (a rule may also be turned on by name in "rules"). */
  profile: Profile;
  /** Documentation path, relative to the package root. */
  docs?: string;
  /** House policy: off unless `edition.config.json` turns it on (in "rules" or "ruleOptions"). */
  optIn?: boolean;
  /**
   * The rule compares documents with one another (ids across files, unreferenced persons, page
   * sequences across volumes): `always`, or only under the `edition` profile. While such a rule is
   * on, every document stays parsed until all are read; otherwise each is linted as it is parsed
   * and let go, so that a corpus of any size is checked in the memory of one document.
   */
  wholeCorpus?: 'always' | 'edition';
}

export interface Finding {
  /**
   * Where: an element, attribute or text node of the document, or a position. An attribute's
   * whole `name="value"` becomes the finding's range; elements and texts give their start only.
   */
  at: Position & { kind?: string; endLine?: number; endColumn?: number };
  messageId: string;
  /** Values for `{placeholders}` in the message. */
  data?: Record<string, string | number>;
  hint?: string;
}

export interface RuleContext {
  document: XmlDocument;
  /** Shared by all rules of a run: every linted document, or (streaming) the one being linted and what its pointers lead to. */
  index: CorpusIndex;
  /** The active profile: a rule of the `tei` profile may check more under `edition` (its README says what). */
  profile: Profile;
  report(finding: Finding): void;
  /** The rule's options from `edition.config.json` "ruleOptions" (empty when none are given). */
  options: Readonly<Record<string, unknown>>;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  /** Message templates by id, with `{name}` placeholders. */
  messages: Record<string, string>;
  /** Called once per linted document. */
  check(context: RuleContext): void;
  /** For rules with options: what is wrong with the configured options, or undefined if they are fine. */
  optionsProblem?(options: Readonly<Record<string, unknown>>): string | undefined;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
