/**
 * Saxon's problems and xsl:message output as Diagnostics (source 'xslt'). Messages raised with an
 * error code of our own (err:unresolved-person) are warnings; plain messages are information.
 */
import path from 'node:path';
import type { XsltProblem } from '../adapters/saxon.js';
import { displayPath } from '../corpus/display-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const HINTS: Record<'compile' | 'run' | 'load', string> = {
  compile: 'The stylesheets under xslt/ do not compile; fix the XSLT at the line shown.',
  run: 'The transform stopped on this document; the message says what in the TEI it could not render.',
  load: 'The document could not be parsed for the transform; run `tei-edition check` on it.',
};

export function problemToDiagnostic(
  problem: XsltProblem,
  file: string,
  stage: 'compile' | 'run' | 'load',
  entry?: string,
): Diagnostic {
  const where =
    stage === 'run' && problem.module
      ? ` (in ${path.basename(problem.module)}${problem.line ? ` line ${problem.line}` : ''}${entry ? `, via ${entry}` : ''})`
      : '';
  const diagnostic: Diagnostic = {
    file: displayPath(file),
    ruleId: problem.code.startsWith('xslt/') ? problem.code : `xslt/${problem.code}`,
    severity: 'error',
    message: `${problem.message}${where}`,
    hint: HINTS[stage],
    source: 'xslt',
  };
  // Compile errors point into the stylesheet; run-time ones name the document being rendered.
  if (stage === 'compile' && problem.line) diagnostic.line = problem.line;
  if (stage === 'compile' && problem.column) diagnostic.column = problem.column;
  return diagnostic;
}

export function messageToDiagnostic(message: { code: string; text: string }, file: string): Diagnostic {
  const plain = message.code === 'XTMM9000';
  return {
    file: displayPath(file),
    ruleId: plain ? 'xslt/message' : `xslt/${message.code}`,
    severity: plain ? 'info' : 'warning',
    message: message.text,
    source: 'xslt',
  };
}
