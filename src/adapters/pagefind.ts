/**
 * Thin adapter over Pagefind's command-line indexer: indexes the built HTML and writes the search
 * bundle to `<site>/pagefind/`, fully offline.
 *
 * We depend on the platform packages (`@pagefind/linux-x64`, `@pagefind/linux-arm64`, as optional
 * dependencies) rather than on the `pagefind` wrapper: the wrapper lists every platform's binary as
 * an optional dependency, and `npm ci` refuses a lock file from a registry that does not serve all
 * of them (this project's does not serve the macOS and Windows ones).
 */
import { spawnSync } from 'node:child_process';
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

export async function indexSite(siteDir: string): Promise<IndexOutcome> {
  const binary = pagefindBinary();
  if (!binary) {
    return {
      pages: 0,
      errors: [`search index not built: Pagefind has no binary installed for ${process.platform}-${process.arch} (npm package @pagefind/${process.platform}-${process.arch})`],
    };
  }
  const result = spawnSync(binary, ['--site', siteDir, '--output-subdir', 'pagefind', '--force-language', 'en', '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) return { pages: 0, errors: [`pagefind failed to start: ${result.error.message}`] };
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) return { pages: 0, errors: [`pagefind failed (exit ${result.status}): ${output.trim().split('\n').slice(-3).join(' ')}`] };
  return { pages: indexedPages(siteDir), errors: [] };
}

/** The bundle's entry file says how many pages went into the index (none: it was not written). */
function indexedPages(siteDir: string): number {
  const entry = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return 0;
  const { languages = {} } = JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(languages).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
