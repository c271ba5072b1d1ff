/**
 * A few lines of source around a position, with a caret under the column, like Babel's code frame.
 * Tabs are kept so the caret lines up; very long lines are cut around the column.
 */
const CONTEXT_LINES = 1;
const MAX_WIDTH = 120;

export function codeFrame(text: string | readonly string[], line: number, column?: number): string {
  const lines = typeof text === 'string' ? sourceLines(text) : text;
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const { shown, offset } = clip(lines[number - 1], number === line ? column : undefined);
    const marker = number === line ? '>' : ' ';
    out.push(`${marker} ${String(number).padStart(gutterWidth)} | ${shown}`);
    if (number === line && column !== undefined && column >= 1) {
      const pad = shown.slice(0, Math.max(0, column - 1 - offset)).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(gutterWidth)} | ${pad}^`);
    }
  }
  return out.join('\n');
}

function clip(text: string, column?: number): { shown: string; offset: number } {
  if (text.length <= MAX_WIDTH) return { shown: text, offset: 0 };
  const start = column === undefined ? 0 : Math.max(0, column - 1 - MAX_WIDTH / 2);
  return { shown: text.slice(start, start + MAX_WIDTH), offset: start };
}

/** The lines of a source, for `codeFrame`; split once per file when a file has many findings. */
export function sourceLines(text: string): string[] {
  return text.split(/\r?\n/);
}
