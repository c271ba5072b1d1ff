/**
 * Thin adapter over Pagefind's command-line indexer: indexes the HTML pages of a folder and writes
 * one search bundle, fully offline (src/site/search-index.ts makes the site's bundles with it).
 *
 * We depend on the platform packages (`@pagefind/linux-x64`, `@pagefind/linux-arm64`, as optional
 * dependencies) rather than on the `pagefind` wrapper: the wrapper lists every platform's binary as
 * an optional dependency, and `npm ci` refuses a lock file from a registry that does not serve all
 * of them (this project's does not serve the macOS and Windows ones).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/** The indexer's version (its bundles are not to be mixed with another version's), if it is installed. */
export function pagefindVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(require.resolve(`@pagefind/${process.platform}-${process.arch}/package.json`), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export interface IndexOptions {
  /** Where the bundle goes (default `<site>/pagefind`). */
  output?: string;
  /** Read only the pages below this folder: those the index is made of (the others are not parsed). */
  folder?: string;
  /** At most this many threads (Pagefind's rayon pool), to leave cores to work going on beside it; default all. */
  threads?: number;
}

/** Index the site's HTML into a bundle (`<site>/pagefind/` unless told otherwise). */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexOutcome> {
  const { output = path.join(siteDir, 'pagefind'), folder, threads } = options;
  const binary = pagefindBinary();
  if (!binary) {
    return {
      pages: 0,
      errors: [`search index not built: Pagefind has no binary installed for ${process.platform}-${process.arch} (npm package @pagefind/${process.platform}-${process.arch})`],
    };
  }
  const glob = folder && existsSync(path.join(siteDir, folder)) ? ['--glob', `${folder}/**/*.html`] : [];
  const env = threads ? { ...process.env, RAYON_NUM_THREADS: String(threads) } : process.env;
  const result = await run(binary, ['--site', siteDir, '--output-path', path.resolve(output), '--force-language', 'en', '--quiet', ...glob], env);
  if (result.error) return { pages: 0, errors: [`pagefind failed to start: ${result.error}`] };
  if (result.status !== 0) return { pages: 0, errors: [`pagefind failed (exit ${result.status}): ${result.output.trim().split('\n').slice(-3).join(' ')}`] };
  return { pages: indexedPages(output), errors: [] };
}

/** Run the indexer without blocking this thread (a server goes on answering meanwhile). */
function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
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
function indexedPages(bundleDir: string): number {
  const entry = path.join(bundleDir, 'pagefind-entry.json');
  if (!existsSync(entry)) return 0;
  const { languages = {} } = JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(languages).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
