import type { Formatter } from '../format-context.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which turn into
 * annotations on the pull request. Data and properties are escaped as the runner expects.
 */
export const github: Formatter = (diagnostics) =>
  diagnostics
    .map((diagnostic) => {
      const command = diagnostic.severity === 'error' ? 'error' : diagnostic.severity === 'warning' ? 'warning' : 'notice';
      const properties = [`file=${escapeProperty(diagnostic.file)}`];
      if (diagnostic.line) properties.push(`line=${diagnostic.line}`);
      if (diagnostic.line && diagnostic.column) properties.push(`col=${diagnostic.column}`);
      if (diagnostic.endLine) properties.push(`endLine=${diagnostic.endLine}`);
      if (diagnostic.endLine && diagnostic.endColumn) properties.push(`endColumn=${diagnostic.endColumn}`);
      properties.push(`title=${escapeProperty(diagnostic.ruleId)}`);
      const message = diagnostic.hint ? `${diagnostic.message}\n${diagnostic.hint}` : diagnostic.message;
      return `::${command} ${properties.join(',')}::${escapeData(message)}\n`;
    })
    .join('');

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
