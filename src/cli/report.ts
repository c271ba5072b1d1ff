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
  const bytesByFile = new Map(files.map((file) => [file.file, file.bytes]));
  const context: FormatContext = {
    toolName: 'tei-edition',
    toolVersion: options.toolVersion,
    files: files.map((file) => file.file),
    sources: sourceReader(bytesByFile),
    rules: ruleDescriptions(),
    color: options.color,
  };
  return formatters[options.format](shown, context);
}

/**
 * The text of a file with findings, decoded when a formatter asks for it; only the last one is kept
 * (formatters go file by file). A file that was not checked (e.g. a schema) is read from disk: only a
 * regular file, never a pipe or device, and a missing file has no frame to show.
 */
function sourceReader(bytesByFile: Map<string, Uint8Array>): FormatContext['sources'] {
  let last: { file: string; text: string | undefined } | undefined;
  return {
    get(file) {
      if (last?.file !== file) {
        const bytes = bytesByFile.get(file) ?? readBytes(file);
        last = { file, text: bytes && decode(bytes) };
      }
      return last.text;
    },
  };
}

function readBytes(file: string): Uint8Array | undefined {
  const read = readRegularFile(file, MAX_FRAME_SOURCE_BYTES);
  return 'bytes' in read ? read.bytes : undefined;
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
