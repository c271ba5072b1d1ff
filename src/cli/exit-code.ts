import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Exit codes as ESLint has them. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TOOL_FAILURE = 2;

export function exitCodeFor(diagnostics: Diagnostic[], toolFailures: Diagnostic[], maxWarnings: number): number {
  if (toolFailures.length) return EXIT_TOOL_FAILURE;
  if (diagnostics.some((d) => d.severity === 'error')) return EXIT_FINDINGS;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (maxWarnings >= 0 && warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}
