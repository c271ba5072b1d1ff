import type { Diagnostic, Severity } from './diagnostic.js';

/** Metadata about a rule, for formats that describe rules (SARIF). */
export interface RuleDescription {
  id: string;
  description: string;
  severity: Severity;
  /** Path or URL of the rule's documentation. */
  helpUri?: string;
}

/** Everything a formatter may need besides the diagnostics; formatters never read files themselves. */
export interface FormatContext {
  toolName: string;
  toolVersion: string;
  /** Every file that was checked (for formats that list clean files too: junit). */
  files: string[];
  /**
   * File text by display path, for code frames: a Map, or a reader that decodes a file when asked
   * (a corpus of hundreds of megabytes is not held as text all at once).
   */
  sources: { get(file: string): string | undefined };
  rules: ReadonlyMap<string, RuleDescription>;
  color: boolean;
}

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    const count = diagnostic.occurrences ?? 1;
    if (diagnostic.severity === 'error') summary.errors += count;
    else if (diagnostic.severity === 'warning') summary.warnings += count;
    else summary.infos += count;
  }
  return summary;
}

export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file) ?? [];
    group.push(diagnostic);
    groups.set(diagnostic.file, group);
  }
  return groups;
}
