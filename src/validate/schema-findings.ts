/**
 * The ids of schema findings, graded like lint rules: `"rules": { "schema/invalid": "warning" }`
 * in edition.config.json changes a severity, `"off"` drops the findings.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

export const SCHEMA_FINDINGS = {
  /** The document does not conform to its schema. */
  invalid: 'schema/invalid',
  /** <?xml-model?> names a schema by URL that no bundled copy stands for: never fetched. */
  remote: 'schema/remote',
  /** <?xml-model?> names a local schema that does not exist. */
  missing: 'schema/missing',
  /** The schema a document names does not compile: the document was not validated. */
  broken: 'schema/broken',
  /** No schema configured or named: validated against the bundled tei_all (said once per run). */
  fallback: 'schema/fallback',
} as const;

export const SCHEMA_FINDING_IDS: readonly string[] = Object.values(SCHEMA_FINDINGS);

export type SchemaSetting = Severity | 'off';

/** Applies the configured severities to schema findings; other findings pass unchanged. */
export function gradeSchemaFindings(diagnostics: Diagnostic[], settings: Record<string, SchemaSetting>): Diagnostic[] {
  const graded: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const setting = diagnostic.source === 'schema' && diagnostic.ruleId ? settings[diagnostic.ruleId] : undefined;
    if (setting === 'off') continue;
    graded.push(setting ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return graded;
}
