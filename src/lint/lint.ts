/**
 * Runs every registered rule over every document, with one shared corpus index. Severity comes from
 * the rule's default or `options.rules`; inline suppressions need a reason; a rule that throws is a
 * tool failure naming the rule and the file, and the other rules go on.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument } from '../xml/model.js';
import { CorpusIndex } from './corpus-index.js';
import { formatMessage, type Finding, type Rule } from './rule.js';
import { rules as registeredRules } from './rules/index.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

export { rules } from './rules/index.js';
export type { Rule } from './rule.js';

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

export interface LintOptions {
  /** From edition.config.json "rules". */
  rules?: Record<string, RuleSetting>;
  /** From edition.config.json "ruleOptions": options per rule id. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Loads a document outside the linted set that a pointer leads to; undefined if missing/unparseable. */
  loadDocument?: (absolutePath: string) => XmlDocument | undefined;
  /** The rules to run (tests); default: every registered rule. */
  ruleSet?: readonly Rule[];
}

export interface LintResult {
  diagnostics: Diagnostic[];
  toolFailures: Diagnostic[];
}

export function lintDocuments(documents: XmlDocument[], options: LintOptions = {}): LintResult {
  const ruleSet = options.ruleSet ?? registeredRules;
  const known = new Set(registeredRules.map((rule) => rule.id));
  const index = new CorpusIndex(documents, options.loadDocument);
  const diagnostics: Diagnostic[] = [];
  const toolFailures: Diagnostic[] = [];

  for (const document of documents) {
    const found: Diagnostic[] = [];
    for (const rule of ruleSet) {
      const setting = ruleSetting(rule, options);
      if (setting === 'off') continue;
      const report = (finding: Finding) => found.push(toDiagnostic(document, rule, setting, finding));
      try {
        rule.check({ document, index, report, options: options.ruleOptions?.[rule.id] ?? {} });
      } catch (error) {
        toolFailures.push({
          file: document.file,
          ruleId: rule.id,
          severity: 'error',
          source: 'tool',
          message: `Lint rule ${rule.id} failed on ${document.file}: ${(error as Error)?.message ?? String(error)}`,
          hint: 'This is a bug of tei-edition, not of the document; please report it. The other rules ran.',
        });
      }
    }
    const suppressions = findSuppressions(document);
    for (const diagnostic of found) if (!isSuppressed(diagnostic, suppressions)) diagnostics.push(diagnostic);
    for (const suppression of suppressions) {
      const at = { file: document.file, line: suppression.comment.line, column: suppression.comment.column, source: 'lint' as const };
      if (suppression.reason === '') {
        diagnostics.push({
          ...at,
          ruleId: 'lint/suppression-without-reason',
          severity: 'error',
          message: `Suppression of ${suppression.rules.join(', ') || '(no rule)'} gives no reason`,
          hint: 'Write <!-- tei-edition-disable-next-line rule-id — the reason --> (a dash with spaces around it; XML forbids "--" in comments).',
        });
      }
      for (const ruleId of suppression.rules.filter((id) => !known.has(id))) {
        diagnostics.push({ ...at, ruleId: 'lint/suppression-unknown-rule', severity: 'error', message: `Suppression names an unknown rule "${ruleId}"` });
      }
    }
  }
  return { diagnostics: diagnostics.sort(compareDiagnostics), toolFailures };
}

/** An opt-in rule runs when the configuration names it in "rules" or gives it options. */
function ruleSetting(rule: Rule, options: LintOptions): RuleSetting {
  const configured = options.rules?.[rule.id];
  if (configured) return configured;
  if (rule.meta.optIn && !options.ruleOptions?.[rule.id]) return 'off';
  return rule.meta.severity;
}

/** Rule ids in a "rules" setting that no registered rule has (a typo would otherwise do nothing). */
export function unknownRuleIds(settings: Record<string, unknown> = {}): string[] {
  const known = new Set(registeredRules.map((rule) => rule.id));
  return Object.keys(settings).filter((id) => !known.has(id));
}

/** What is wrong with configured rule options, one sentence per rule (empty when all are fine). */
export function ruleOptionsProblems(ruleOptions: Record<string, Record<string, unknown>>): string[] {
  return registeredRules.flatMap((rule) => {
    const options = ruleOptions[rule.id];
    if (options === undefined) return [];
    if (!rule.optionsProblem) return [`rule "${rule.id}" takes no options`];
    const problem = rule.optionsProblem(options);
    return problem ? [`rule "${rule.id}": ${problem}`] : [];
  });
}

function toDiagnostic(document: XmlDocument, rule: Rule, severity: Exclude<RuleSetting, 'off'>, finding: Finding): Diagnostic {
  const template = rule.messages[finding.messageId] ?? finding.messageId;
  return {
    file: document.file,
    line: finding.at.line,
    column: finding.at.column,
    ...(finding.at.kind === undefined && finding.at.endLine !== undefined
      ? { endLine: finding.at.endLine, endColumn: finding.at.endColumn }
      : {}),
    ruleId: rule.id,
    severity,
    source: 'lint',
    message: formatMessage(template, finding.data),
    ...(finding.hint ? { hint: finding.hint } : {}),
  };
}
