/**
 * Runs every enabled rule over every document, with one shared corpus index: document by document
 * as they are parsed, or all together when a rule compares documents. Severity comes from
 * the rule's default or `options.rules`; inline suppressions need a reason; a rule that throws is a
 * tool failure naming the rule and the file, and the other rules go on.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument } from '../xml/model.js';
import { absolutePath, CorpusIndex, type IdRegister } from './corpus-index.js';
import type { LintCache } from './lint-cache.js';
import { formatMessage, profileIncludes, type Finding, type Profile, type Rule } from './rule.js';
import { rules as registeredRules } from './rules/index.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

export { rules } from './rules/index.js';
export type { Profile, Rule } from './rule.js';

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

export interface LintOptions {
  /** From edition.config.json "rules"; a severity turns a rule on whatever the profile. */
  rules?: Record<string, RuleSetting>;
  /** From edition.config.json "profile" (default `tei`: TEI's own rules only). */
  profile?: Profile;
  /** How bare ids (`pmb123`) resolve: id prefix → absolute path of the register that holds them. */
  idRegisters?: IdRegister[];
  /** From edition.config.json "ruleOptions": options per rule id. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Loads a document outside the linted set that a pointer leads to; undefined if missing/unparseable. */
  loadDocument?: (absolutePath: string) => XmlDocument | undefined;
  /** The rules to run (tests); default: every registered rule. */
  ruleSet?: readonly Rule[];
  /**
   * Findings kept by a long-running process (serve): a document linted on its own is linted again
   * only when it or what its pointers consulted changed. Documents linted together are not kept.
   */
  cache?: LintCache;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  toolFailures: Diagnostic[];
}

/**
 * Lints documents handed over one at a time. When no enabled rule compares documents (see
 * RuleMeta.wholeCorpus), each is linted as soon as it is added and then let go; otherwise all are
 * kept and linted together by `finish`.
 */
export interface Linter {
  /** True when an enabled rule needs every document at once: `add` keeps them until `finish`. */
  readonly wholeCorpus: boolean;
  /** `hash`: of the document's bytes, for the cache (LintOptions.cache). */
  add(document: XmlDocument, hash?: string): void;
  finish(): LintResult;
}

export function createLinter(options: LintOptions = {}): Linter {
  const ruleSet = options.ruleSet ?? registeredRules;
  const profile = options.profile ?? 'tei';
  const enabled = ruleSet
    .map((rule) => ({ rule, setting: ruleSetting(rule, options, profile) }))
    .filter((entry): entry is { rule: Rule; setting: Exclude<RuleSetting, 'off'> } => entry.setting !== 'off');
  const wholeCorpus = enabled.some(({ rule }) => rule.meta.wholeCorpus === 'always' || (rule.meta.wholeCorpus === 'edition' && profile === 'edition'));
  const run: LintRun = { enabled, options, profile, diagnostics: [], toolFailures: [] };
  const result = (): LintResult => ({ diagnostics: run.diagnostics.sort(compareDiagnostics), toolFailures: run.toolFailures });

  if (wholeCorpus) {
    const held: XmlDocument[] = [];
    return {
      wholeCorpus,
      add: (document) => void held.push(document),
      finish: () => {
        const index = new CorpusIndex(held, options.loadDocument, options.idRegisters);
        for (const document of held) lintDocument(document, index, run);
        held.length = 0;
        return result();
      },
    };
  }
  const index = CorpusIndex.streaming(options.loadDocument, options.idRegisters);
  const cache = options.cache;
  cache?.beginRun();
  // what the findings depend on besides the documents (the cache keeps no functions)
  const optionsKey = JSON.stringify([enabled.map(({ rule, setting }) => [rule.id, setting]), options.ruleOptions, profile, options.idRegisters]);
  return {
    wholeCorpus,
    add: (document, hash) => {
      const file = absolutePath(document);
      const kept = hash === undefined ? undefined : cache?.findings(file, hash, optionsKey);
      if (kept) {
        for (const diagnostic of kept) run.diagnostics.push(diagnostic);
        return;
      }
      const before = run.diagnostics.length;
      const failuresBefore = run.toolFailures.length;
      index.admit(document);
      if (cache) index.startConsulting();
      try {
        lintDocument(document, index, run);
      } finally {
        index.release(document);
        const consulted = index.stopConsulting();
        // a rule that failed is run again next time
        if (cache && consulted && hash !== undefined && run.toolFailures.length === failuresBefore) {
          cache.set(file, hash, optionsKey, run.diagnostics.slice(before), consulted);
        }
      }
    },
    finish: result,
  };
}

/** Every document at once (tests, small sets): the same findings as adding them one by one. */
export function lintDocuments(documents: XmlDocument[], options: LintOptions = {}): LintResult {
  const linter = createLinter(options);
  for (const document of documents) linter.add(document);
  return linter.finish();
}

/** What one run of the linter shares across its documents. */
interface LintRun {
  enabled: Array<{ rule: Rule; setting: Exclude<RuleSetting, 'off'> }>;
  options: LintOptions;
  profile: Profile;
  diagnostics: Diagnostic[];
  toolFailures: Diagnostic[];
}

/** The enabled rules on one document, its inline suppressions applied. */
function lintDocument(document: XmlDocument, index: CorpusIndex, { enabled, options, profile, diagnostics, toolFailures }: LintRun): void {
  const found: Diagnostic[] = [];
  for (const { rule, setting } of enabled) {
    const report = (finding: Finding) => found.push(toDiagnostic(document, rule, setting, finding));
    try {
      rule.check({ document, index, profile, report, options: options.ruleOptions?.[rule.id] ?? {} });
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
    for (const ruleId of suppression.rules.filter((id) => !KNOWN_RULES.has(id))) {
      diagnostics.push({ ...at, ruleId: 'lint/suppression-unknown-rule', severity: 'error', message: `Suppression names an unknown rule "${ruleId}"` });
    }
  }
}

const KNOWN_RULES = new Set(registeredRules.map((rule) => rule.id));

/** A severity named in "rules" wins; an opt-in rule needs its options; otherwise the profile decides. */
function ruleSetting(rule: Rule, options: LintOptions, profile: Profile): RuleSetting {
  const configured = options.rules?.[rule.id];
  if (configured) return configured;
  if (rule.meta.optIn) return options.ruleOptions?.[rule.id] ? rule.meta.severity : 'off';
  return profileIncludes(profile, rule.meta.profile) ? rule.meta.severity : 'off';
}

/** Rule ids in a "rules" setting that no registered rule has (a typo would otherwise do nothing). */
export function unknownRuleIds(settings: Record<string, unknown> = {}): string[] {
  return Object.keys(settings).filter((id) => !KNOWN_RULES.has(id));
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
