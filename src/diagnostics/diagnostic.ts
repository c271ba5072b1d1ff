/**
 * One finding of any stage — schema validation, lint rule, XSLT transform or the tool itself.
 * Every formatter (stylish, json, github, sarif, junit) reads only this shape.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Which stage produced the finding; also the prefix of `ruleId` for non-lint findings. */
export type DiagnosticSource = 'xml' | 'schema' | 'lint' | 'xslt' | 'tool';

export interface Diagnostic {
  /** Path of the offending file, relative to the working directory where possible. */
  file: string;
  /** 1-based line; absent when unknown. */
  line?: number;
  /** 1-based column; absent when unknown. */
  column?: number;
  /** 1-based end position, when the finding spans a range. */
  endLine?: number;
  endColumn?: number;
  /** Stable id: a lint rule id (`persname-ref-resolves`), or `schema/invalid`, `xml/malformed`, `xslt/error` … */
  ruleId: string;
  severity: Severity;
  message: string;
  /** What the user can do about it (shown under the message, and as SARIF help). */
  hint?: string;
  source: DiagnosticSource;
  /** How many identical findings this one stands for when the report lists repeats once (absent: 1). */
  occurrences?: number;
}

/** One collator for every comparison: `localeCompare` builds one per call, slow for 100,000 findings. */
const collator = new Intl.Collator();

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    collator.compare(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    collator.compare(a.ruleId, b.ruleId)
  );
}
