/**
 * What one page transformation leaves: its diagnostics, and its result documents written into the
 * site folder (never outside it). Shared by the build's own thread and the text-page workers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TransformOutcome } from '../adapters/saxon.js';
import { displayPath } from '../corpus/display-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messageToDiagnostic, problemToDiagnostic } from './xslt-diagnostics.js';

export interface PageOutput {
  /** Files written, relative to the site folder (posix); undefined when the transform failed. */
  written?: string[];
  diagnostics: Diagnostic[];
}

export function outcomeDiagnostics(outcome: TransformOutcome, file: string, entry: string): Diagnostic[] {
  const found = outcome.messages.map((message) => messageToDiagnostic(message, file));
  if (outcome.error) found.push(problemToDiagnostic(outcome.error, file, 'run', entry));
  return found;
}

/** Write the outcome's result documents below `siteDir`; `folders` remembers the folders made. */
export function writePageOutput(outcome: TransformOutcome, siteDir: string, sourceFile: string, entry: string, folders: Set<string>): PageOutput {
  const diagnostics = outcomeDiagnostics(outcome, sourceFile, entry);
  if (outcome.error) return { diagnostics };
  const written: string[] = [];
  for (const [target, content] of outcome.documents) {
    if (!path.isAbsolute(target) || !isInside(siteDir, target)) {
      diagnostics.push({
        file: displayPath(sourceFile),
        ruleId: 'xslt/output-outside-site',
        severity: 'error',
        message: `${entry} tried to write ${target}, outside the site folder`,
        source: 'xslt',
      });
      continue;
    }
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, content);
    written.push(path.relative(siteDir, target).split(path.sep).join('/'));
  }
  return { written, diagnostics };
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
