import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Formatter, RuleDescription } from '../format-context.js';

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub's upload-sarif action). Every rule that has a
 * finding is described in the driver with its help text; results point at it by index.
 */
export const sarif: Formatter = (diagnostics, context) => {
  const ruleIds = [...new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            version: context.toolVersion,
            informationUri: 'https://github.com/tei-edition/tei-edition',
            rules: ruleIds.map((id) => describeRule(id, context.rules.get(id), diagnostics)),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `file://${process.cwd().replace(/\/?$/, '/')}` } },
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          ruleIndex: ruleIndex.get(diagnostic.ruleId),
          level: level(diagnostic.severity),
          message: { text: diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(diagnostic.file), uriBaseId: 'SRCROOT' },
                ...(diagnostic.line ? { region: region(diagnostic) } : {}),
              },
            },
          ],
          ...(diagnostic.occurrences ? { occurrenceCount: diagnostic.occurrences } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function describeRule(id: string, rule: RuleDescription | undefined, diagnostics: readonly Diagnostic[]) {
  const example = diagnostics.find((diagnostic) => diagnostic.ruleId === id);
  const description = rule?.description ?? example?.message ?? id;
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: example?.hint ?? rule?.description ?? description },
    ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: level(rule?.severity ?? example?.severity ?? 'error') },
  };
}

function region(diagnostic: Diagnostic) {
  return {
    startLine: diagnostic.line,
    ...(diagnostic.column ? { startColumn: diagnostic.column } : {}),
    ...(diagnostic.endLine ? { endLine: diagnostic.endLine } : {}),
    ...(diagnostic.endColumn ? { endColumn: diagnostic.endColumn } : {}),
  };
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

/** SARIF wants URIs: forward slashes, percent-encoded, relative to SRCROOT where possible. */
function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
