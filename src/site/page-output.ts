/**
 * What one page transformation leaves: its diagnostics, and its result documents written into the
 * site folder (never outside it). Shared by the build's own thread and the text-page workers.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Writes one transformation's result documents below `siteDir` as they are made (`save`, given to
 * the transformation as `onDocument`), never outside it; `finish` adds the transformation's own
 * findings, and removes what was written when it failed.
 */
export class PageWriter {
  private readonly written: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];

  /** `folders` remembers the folders made, across pages. */
  constructor(
    private readonly siteDir: string,
    private readonly sourceFile: string,
    private readonly entry: string,
    private readonly folders: Set<string>,
  ) {}

  readonly save = (target: string, content: string): void => {
    if (!path.isAbsolute(target) || !isInside(this.siteDir, target)) {
      this.diagnostics.push({
        file: displayPath(this.sourceFile),
        ruleId: 'xslt/output-outside-site',
        severity: 'error',
        message: `${this.entry} tried to write ${target}, outside the site folder`,
        source: 'xslt',
      });
      return;
    }
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, content);
    this.written.push(path.relative(this.siteDir, target).split(path.sep).join('/'));
  };

  finish(outcome: TransformOutcome): PageOutput {
    const diagnostics = [...outcomeDiagnostics(outcome, this.sourceFile, this.entry), ...this.diagnostics];
    if (!outcome.error) return { written: this.written, diagnostics };
    // a page half made is no page: nothing of it goes into the site
    for (const file of this.written) rmSync(path.join(this.siteDir, file), { force: true });
    return { diagnostics };
  }
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
