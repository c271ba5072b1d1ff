import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { FormatContext, RuleDescription } from '../diagnostics/format-context.js';
import { formatters, type FormatName } from '../diagnostics/formatters/index.js';
import { rules } from '../lint/lint.js';
import type { LoadedFile } from '../corpus/load.js';

export interface ReportOptions {
  format: FormatName;
  color: boolean;
  quiet: boolean;
  toolVersion: string;
}

/** Formats the findings for stdout. Quiet mode keeps errors only, like ESLint's --quiet. */
export function formatReport(diagnostics: Diagnostic[], files: LoadedFile[], options: ReportOptions): string {
  const shown = (options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics).sort(compareDiagnostics);
  const sources = new Map<string, string>();
  for (const file of files) {
    if (shown.some((d) => d.file === file.file)) sources.set(file.file, decode(file.bytes));
  }
  for (const d of shown) {
    if (!sources.has(d.file)) {
      try {
        sources.set(d.file, readFileSync(d.file, 'utf8'));
      } catch {
        // a missing file has no frame to show
      }
    }
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
