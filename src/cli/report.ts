import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { FormatContext, RuleDescription } from '../diagnostics/format-context.js';
import { formatters, type FormatName } from '../diagnostics/formatters/index.js';
import { rules } from '../lint/lint.js';
import type { LoadedFile } from '../corpus/load.js';
import { readRegularFile } from '../corpus/read-regular-file.js';
import { collapseRepeats, DEFAULT_MAX_REPEATS } from '../diagnostics/collapse-repeats.js';

export interface ReportOptions {
  format: FormatName;
  color: boolean;
  quiet: boolean;
  toolVersion: string;
  /** Identical findings listed per file before the rest are counted (0: all). */
  maxRepeats?: number;
}

/** Code frames come from files of at most this size; a larger one is reported without frames. */
const MAX_FRAME_SOURCE_BYTES = 8 * 1024 * 1024;

/** Formats the findings for stdout. Quiet mode keeps errors only, like ESLint's --quiet. */
export function formatReport(diagnostics: Diagnostic[], files: LoadedFile[], options: ReportOptions): string {
  const sorted = (options.quiet ? diagnostics.filter((d) => d.severity === 'error') : [...diagnostics]).sort(compareDiagnostics);
  const shown = collapseRepeats(sorted, options.maxRepeats ?? DEFAULT_MAX_REPEATS);
  const withFindings = new Set(shown.map((d) => d.file));
  const sources = new Map<string, string>();
  for (const file of files) {
    if (withFindings.has(file.file)) sources.set(file.file, decode(file.bytes));
  }
  for (const file of withFindings) {
    if (sources.has(file)) continue;
    // e.g. a schema; only a regular file, never a pipe or device (a missing file has no frame to show)
    const read = readRegularFile(file, MAX_FRAME_SOURCE_BYTES);
    if ('bytes' in read) sources.set(file, decode(read.bytes));
  }
  const context: FormatContext = {
    toolName: 'tei-edition',
    toolVersion: options.toolVersion,
    files: files.map((file) => file.file),
    sources,
    rules: ruleDescriptions(),
    color: options.color,
  };
  return formatters[options.format](shown, context);
}

function ruleDescriptions(): Map<string, RuleDescription> {
  const described = new Map<string, RuleDescription>();
  for (const rule of rules) {
    described.set(rule.id, {
      id: rule.id,
      description: rule.meta.description,
      severity: rule.meta.severity,
      helpUri: `src/lint/rules/${rule.id}/README.md`,
    });
  }
  return described;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
