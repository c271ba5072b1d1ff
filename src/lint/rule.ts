/** The shape of a lint rule, ESLint-style: one module per rule, registered in `rules/index.ts`. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Position, XmlDocument } from '../xml/model.js';
import type { CorpusIndex } from './corpus-index.js';

export interface RuleMeta {
  /** One sentence: what the rule checks. */
  description: string;
  /** Default severity; `edition.config.json` "rules" may change it or turn the rule off. */
  severity: Severity;
  /** Documentation path, relative to the package root. */
  docs?: string;
  /** House policy: off unless `edition.config.json` turns it on (in "rules" or "ruleOptions"). */
  optIn?: boolean;
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
  /** Built once per run over every linted document; shared by all rules. */
  index: CorpusIndex;
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
