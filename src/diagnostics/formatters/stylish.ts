import pc from 'picocolors';
import { codeFrame, sourceLines } from '../code-frame.js';
import { groupByFile, summarize, type Formatter } from '../format-context.js';

/** Human output: findings grouped by file, each with a code frame, then a summary line. */
export const stylish: Formatter = (diagnostics, context) => {
  const colors = pc.createColors(context.color);
  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    out.push(colors.underline(file));
    const text = context.sources.get(file);
    const source = text === undefined ? undefined : sourceLines(text);
    for (const diagnostic of group) {
      const position = diagnostic.line ? `${diagnostic.line}:${diagnostic.column ?? 0}` : '-';
      const severity =
        diagnostic.severity === 'error'
          ? colors.red('error')
          : diagnostic.severity === 'warning'
            ? colors.yellow('warning')
            : colors.blue('info');
      out.push(`  ${colors.dim(position.padEnd(8))} ${severity}  ${diagnostic.message}  ${colors.dim(diagnostic.ruleId)}`);
      if (diagnostic.hint) out.push(`  ${' '.repeat(8)} ${colors.dim(`hint: ${diagnostic.hint}`)}`);
      if (source !== undefined && diagnostic.line) {
        const frame = codeFrame(source, diagnostic.line, diagnostic.column);
        if (frame) out.push(indent(colors.dim(frame), 4));
      }
    }
    out.push('');
  }
  const { errors, warnings, infos } = summarize(diagnostics);
  const total = errors + warnings + infos;
  if (total === 0) {
    out.push(colors.green(`✔ ${context.files.length} file(s) checked, no problems`));
  } else {
    const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''}) in ${context.files.length} file(s) checked`;
    out.push(errors ? colors.red(colors.bold(line)) : colors.yellow(colors.bold(line)));
  }
  return out.join('\n') + '\n';
};

function indent(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(width) + line)
    .join('\n');
}
