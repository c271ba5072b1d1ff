/**
 * Thin adapter over Pagefind's command-line indexer: indexes the built HTML and writes the search
 * bundle to `<site>/pagefind/`, fully offline.
 *
 * We depend on the platform packages (`@pagefind/linux-x64`, `@pagefind/linux-arm64`, as optional
 * dependencies) rather than on the `pagefind` wrapper: the wrapper lists every platform's binary as
 * an optional dependency, and `npm ci` refuses a lock file from a registry that does not serve all
 * of them (this project's does not serve the macOS and Windows ones).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface IndexOutcome {
  pages: number;
  errors: string[];
}

const require = createRequire(import.meta.url);

/** The indexer binary for this machine, if its package is installed. */
export function pagefindBinary(): string | undefined {
  const pkg = `@pagefind/${process.platform}-${process.arch}`;
  try {
    const binary = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'pagefind_extended');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const BUNDLE = 'pagefind';

export interface IndexOptions {
  /**
   * Write the bundle beside the previous one and swap it in once complete, so that a site being
   * served is never without one.
   */
  replace?: boolean;
  /** Read only the pages below this folder: those the index is made of (the others are not parsed). */
  folder?: string;
}

/** Index the site's HTML into `<site>/pagefind/`. */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexOutcome> {
  const { replace = false, folder } = options;
  const binary = pagefindBinary();
  if (!binary) {
    return {
      pages: 0,
      errors: [`search index not built: Pagefind has no binary installed for ${process.platform}-${process.arch} (npm package @pagefind/${process.platform}-${process.arch})`],
    };
  }
  if (replace) removeLeftovers(siteDir);
  const subdir = replace ? `.${BUNDLE}.new-${process.pid}` : BUNDLE;
  const glob = folder && existsSync(path.join(siteDir, folder)) ? ['--glob', `${folder}/**/*.html`] : [];
  const result = await run(binary, ['--site', siteDir, '--output-subdir', subdir, '--force-language', 'en', '--quiet', ...glob]);
  if (result.error) return { pages: 0, errors: [`pagefind failed to start: ${result.error}`] };
  if (result.status !== 0) {
    if (replace) rmSync(path.join(siteDir, subdir), { recursive: true, force: true });
    return { pages: 0, errors: [`pagefind failed (exit ${result.status}): ${result.output.trim().split('\n').slice(-3).join(' ')}`] };
  }
  if (replace) {
    const previous = path.join(siteDir, `.${BUNDLE}.old-${process.pid}`);
    const bundle = path.join(siteDir, BUNDLE);
    if (existsSync(bundle)) renameSync(bundle, previous);
    renameSync(path.join(siteDir, subdir), bundle);
    // thousands of files: removed in the background (the new bundle is in place)
    void rm(previous, { recursive: true, force: true }).catch(() => {});
  }
  return { pages: indexedPages(siteDir), errors: [] };
}

/** Bundles an interrupted replacement left inside the site (the site folder is the tool's own). */
function removeLeftovers(siteDir: string): void {
  for (const name of readdirSync(siteDir)) {
    if (name.startsWith(`.${BUNDLE}.new-`) || name.startsWith(`.${BUNDLE}.old-`)) rmSync(path.join(siteDir, name), { recursive: true, force: true });
  }
}

/** Run the indexer without blocking this thread (a server goes on answering meanwhile). */
function run(binary: string, args: string[]): Promise<{ status: number | null; output: string; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ status: null, output, error: error.message }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The bundle's entry file says how many pages went into the index (none: it was not written). */
function indexedPages(siteDir: string): number {
  const entry = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return 0;
  const { languages = {} } = JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(languages).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
