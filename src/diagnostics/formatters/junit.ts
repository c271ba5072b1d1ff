import type { Formatter } from '../format-context.js';
import { groupByFile } from '../format-context.js';

/**
 * JUnit XML, which most CI servers display: one test suite per file, one failing test case per
 * finding; a clean file is one passing test case so that it shows up as checked.
 */
export const junit: Formatter = (diagnostics, context) => {
  const groups = groupByFile(diagnostics);
  const files = [...new Set([...context.files, ...groups.keys()])];
  const suites = files.map((file) => {
    const found = groups.get(file) ?? [];
    const failures = found.filter((diagnostic) => diagnostic.severity === 'error').length;
    const cases = found.length
      ? found.map((diagnostic) => {
          const where = `${file}:${diagnostic.line ?? 0}:${diagnostic.column ?? 0}`;
          const tag = diagnostic.severity === 'error' ? 'failure' : 'system-out';
          const body =
            tag === 'failure'
              ? `<failure type="${xml(diagnostic.ruleId)}" message="${xml(diagnostic.message)}">${xml(`${where} ${diagnostic.message}${diagnostic.hint ? `\nhint: ${diagnostic.hint}` : ''}`)}</failure>`
              : `<system-out>${xml(`${diagnostic.severity} ${where} ${diagnostic.message}`)}</system-out>`;
          return `    <testcase classname="${xml(file)}" name="${xml(`${diagnostic.ruleId} at ${diagnostic.line ?? 0}:${diagnostic.column ?? 0}`)}">${body}</testcase>`;
        })
      : [`    <testcase classname="${xml(file)}" name="${xml(context.toolName)}"/>`];
    return `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const total = suites.length ? diagnostics.length + files.filter((file) => !groups.has(file)).length : 0;
  const failures = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(context.toolName)}" tests="${total}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};

function xml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
}
