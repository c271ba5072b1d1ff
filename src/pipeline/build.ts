import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { replaceDirectory } from '../output/atomic-directory.js';
import { buildSite } from '../site/build-site.js';
import { runCheck, type CheckOutcome } from './check.js';
import type { StageTiming } from './stage-timer.js';

export interface BuildOutcome extends CheckOutcome {
  /** True when the new site replaced the output folder. */
  written: boolean;
  pages: number;
}

export interface BuildOptions {
  /**
   * Build in spite of error-level findings (`build --allow-errors`); every page then carries a
   * banner listing them. Without it, any error (schema, lint or XSLT) stops the build before the
   * swap, so the previous site stays intact: a gate for CI.
   */
  allowErrors?: boolean;
}

/** `build` = check, then transform into the output folder. */
export async function runBuild(
  config: EditionConfig,
  inputs: string[],
  log: (message: string) => void = () => {},
  options: BuildOptions = {},
): Promise<BuildOutcome> {
  const checked = await runCheck({ config, inputs, validate: true, lint: true, log });
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const blocked = checked.toolFailures.length > 0 || (errors.length > 0 && !options.allowErrors);
  if (blocked) {
    log(`not building: fix the errors first, or build in spite of them with --allow-errors (${path.relative(process.cwd(), config.output) || config.output} left as it was)`);
    return { ...checked, written: false, pages: 0 };
  }
  if (errors.length > 0) log(`building in spite of ${errors.length} error(s) (--allow-errors): every page says so`);
  const diagnostics: Diagnostic[] = [...checked.diagnostics];
  const timings: StageTiming[] = [...checked.timings];
  let pages = 0;
  mkdirSync(path.dirname(config.output), { recursive: true });
  const written = await replaceDirectory(config.output, async (tempDir) => {
    const site = await buildSite({
      corpusDir: config.corpus,
      files: checked.files.filter((file) => file.document).map((file) => file.path),
      outDir: tempDir,
      edition: editionMetadata(config),
      log,
      knownErrors: errors,
    });
    const bytes = checked.files.reduce((sum, file) => sum + file.bytes.length, 0);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    for (const [stage, milliseconds] of Object.entries(site.milliseconds)) {
      timings.push({ stage: stage === 'compile' ? 'compile xslt' : stage, milliseconds, bytes, peakRss });
    }
    for (const item of site.diagnostics) diagnostics.push(item);
    pages = site.pages;
    // --allow-errors covers errors in the sources, never a site that could not be made at all.
    return site.pages > 0 && (options.allowErrors || !site.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  });
  log(written ? `wrote ${pages} page(s) to ${config.output}` : `build failed; ${config.output} left as it was`);
  return { ...checked, diagnostics, timings, written, pages };
}

function editionMetadata(config: EditionConfig) {
  const version = readPackageVersion(config.root);
  return {
    title: config.title,
    version,
    baseUrl: config.baseUrl,
    date: new Date().toISOString().slice(0, 10),
    everyWordKept: config.everyWordKept,
  };
}

/** The edition's version is the project's package.json version (also in CITATION.cff). */
function readPackageVersion(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
