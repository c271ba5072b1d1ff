/**
 * The site's full-text search: Pagefind bundles over the texts' pages, in shards.
 *
 * Pagefind has no incremental mode: a bundle is made again from every page it holds, about 3 ms a
 * page here (16 s for 5,000 letters), whatever changed. So the text pages are split by a hash of
 * their path into shards of about PAGES_PER_SHARD pages, each a bundle of its own (`pagefind/`,
 * `pagefind-2/`, …), and the search page merges them (Pagefind's multisite search, `mergeIndex`).
 * After an edit only the shards holding a page that was written or removed are made again; a site
 * written whole makes all of them, as many at a time as there are cores. An edition of a few
 * hundred texts has one bundle, as before.
 *
 * `search-bundles.js` beside the search page lists the bundles; it is written last, so a page
 * served meanwhile merges bundles that exist. serve's patch starts its shards' bundles as soon as
 * the texts' pages are written (prepareSearchIndex with `pending`), and swaps them in once the
 * patch has landed.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { indexSite, pagefindVersion } from '../adapters/pagefind.js';
import { displayPath } from '../corpus/display-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { swapFolder } from '../output/atomic-directory.js';
import { writeFileAtomically } from '../output/atomic-file.js';

/** The first bundle: its folder also holds Pagefind's interface (pages/search.xsl loads it from there). */
export const SEARCH_BUNDLE = 'pagefind';
/** The script that tells the search page which bundles to merge (read by assets/site.js). */
export const SEARCH_BUNDLES_SCRIPT = 'search-bundles.js';
/**
 * Pages per shard: about 1 s to index again on this machine's cores, while a browser merges a
 * bundle for every 300 texts (17 for the 5,019 Escher letters).
 */
export const PAGES_PER_SHARD = 300;

export interface SearchIndexOptions {
  /**
   * Text pages (relative to the site, with `/`) written or removed since the index was last made;
   * only their shards are made again. Absent: every shard is.
   */
  changed?: Iterable<string>;
  /** Write each bundle beside the one it replaces and swap it in, so that a site being served always has one. */
  replace?: boolean;
  /** Tests set a small number, to have shards without a large site. */
  pagesPerShard?: number;
  /** Pages of a patch not yet in the site (see prepareSearchIndex). */
  pending?: PendingPages;
}

/** A patch being made: its folder (the site's layout) and the site's pages it removes. */
export interface PendingPages {
  folder: string;
  removed: Iterable<string>;
}

interface BundleList {
  shards: number;
  bundles: string[];
  /** Bundles of two versions of Pagefind are not merged: another version makes every shard again. */
  pagefind?: string;
}

/** A bundle's folder (`pagefind`, `pagefind-2` …), and what an interrupted index left beside one. */
const BUNDLE_FOLDER = new RegExp(`^${SEARCH_BUNDLE}(-\\d+)?$`);
const BUNDLE_LEFTOVER = new RegExp(`^\\.${SEARCH_BUNDLE}(-\\d+)?\\.(new|old|stage)-`);

/** The folder of a shard's bundle, below the site. */
export function bundleFolder(shard: number): string {
  return shard === 0 ? SEARCH_BUNDLE : `${SEARCH_BUNDLE}-${shard + 1}`;
}

/** Which of `shards` a page belongs to: a hash of its path (FNV-1a), so a page stays where it is while the count does. */
export function shardOf(page: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < page.length; i++) hash = Math.imul(hash ^ page.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/**
 * The shards' pages. The first shard holds Pagefind's interface, so it must have pages: when the
 * hash leaves it none (a few pages in many shards), there are fewer shards.
 */
export function planShards(pages: string[], pagesPerShard = PAGES_PER_SHARD): string[][] {
  for (let count = Math.max(1, Math.ceil(pages.length / pagesPerShard)); ; count--) {
    const shards: string[][] = Array.from({ length: count }, () => []);
    for (const page of pages) shards[shardOf(page, count)].push(page);
    if (shards[0].length > 0 || count === 1) return shards;
  }
}

/** Index the text pages below `textFolder` for search; findings when it could not be done. */
export async function indexForSearch(siteDir: string, textFolder: string, log: (message: string) => void, options: SearchIndexOptions = {}): Promise<Diagnostic[]> {
  return (await prepareSearchIndex(siteDir, textFolder, log, options)).install();
}

/**
 * A search index made, not yet in place: `install` swaps its new bundles in and lists them;
 * `discard` drops them (the patch it was made for did not land).
 */
export interface PreparedIndex {
  install(): Promise<Diagnostic[]>;
  discard(): Promise<void>;
}

/**
 * Make the bundles of the shards that changed, beside the ones in use. With `options.pending`, the
 * pages of a patch not yet moved into the site are read from the patch's own folder: the index is
 * made while the rest of the patch is written, and installed once it has landed.
 */
export async function prepareSearchIndex(siteDir: string, textFolder: string, log: (message: string) => void, options: SearchIndexOptions = {}): Promise<PreparedIndex> {
  const { replace = false, pending } = options;
  // Everything up to Pagefind's start is synchronous: a patch goes on writing on this thread
  // meanwhile, and an await here would hold the index back until it is done.
  const leftoversGone = replace ? removeLeftovers(siteDir) : Promise.resolve();
  const removed = new Set(pending?.removed ?? []);
  const staged = pending ? listPages(pending.folder, textFolder) : [];
  const inSite = listPages(siteDir, textFolder).filter((page) => !removed.has(page));
  const shards = planShards([...new Set([...inSite, ...staged])].sort(), options.pagesPerShard);
  const previous = readBundleList(siteDir);
  const version = pagefindVersion();
  const whole = options.changed === undefined || previous?.shards !== shards.length || previous.pagefind !== version;
  const touched = new Set<number>();
  if (!whole) for (const page of options.changed ?? []) if (page.startsWith(`${textFolder}/`) && page.endsWith('.html')) touched.add(shardOf(page, shards.length));
  const toMake = shards
    .map((pages, shard) => ({ pages, shard }))
    .filter(({ pages, shard }) => pages.length > 0 && (whole || touched.has(shard) || !existsSync(path.join(siteDir, bundleFolder(shard), 'pagefind-entry.json'))));

  const fromPatch = new Set(staged);
  const where = (page: string) => path.join(fromPatch.has(page) ? (pending as PendingPages).folder : siteDir, page);
  const errors: string[] = [];
  const made: Array<{ output: string; target: string }> = [];
  let indexed = 0;
  // beside a patch still being written on this thread, Pagefind leaves it a core (on two cores its
  // 300 pages take 0.7 s on one thread against 0.5 s on two, and the patch is not slowed)
  const threads = pending ? Math.max(1, availableParallelism() - 1) : undefined;
  await eachAtOnce(toMake, Math.max(1, Math.min(threads ?? availableParallelism(), toMake.length)), async ({ pages, shard }) => {
    const outcome = await indexShard(siteDir, pages, where, bundleFolder(shard), textFolder, replace, threads);
    indexed += outcome.pages;
    errors.push(...outcome.errors);
    if (outcome.output) made.push({ output: outcome.output, target: path.join(siteDir, bundleFolder(shard)) });
  });
  await leftoversGone;
  const discard = async () => {
    await Promise.all(made.map(({ output }) => rm(output, { recursive: true, force: true })));
  };
  if (errors.length > 0) {
    await discard();
    const failed = [...new Set(errors)].map((message): Diagnostic => ({ file: displayPath(siteDir), ruleId: 'tool/search-index', severity: 'error', message, source: 'tool' }));
    return { install: async () => failed, discard };
  }
  const install = async (): Promise<Diagnostic[]> => {
    // thousands of files in each previous bundle: removed in the background
    for (const { output, target } of made) swapFolder(output, target, true);
    const bundles = shards.flatMap((pages, shard) => (pages.length > 0 ? [bundleFolder(shard)] : []));
    writeBundleList(siteDir, { shards: shards.length, bundles: bundles.map((bundle) => `${bundle}/`), pagefind: version });
    // bundles of shards that are no more (the site shrank, or was split otherwise; a site without texts has none)
    const current = new Set(bundles);
    for (const name of readdirSync(siteDir)) {
      if (BUNDLE_FOLDER.test(name) && !current.has(name)) await rm(path.join(siteDir, name), { recursive: true, force: true });
    }
    const total = shards.reduce((sum, pages) => sum + pages.length, 0);
    log(`search: indexed ${indexed} page(s) in ${toMake.length} of ${bundles.length} bundle(s); the index holds ${total} page(s)`);
    return [];
  };
  return { install, discard };
}

/**
 * One shard's bundle: Pagefind reads a folder that holds only the shard's pages (hard links, at
 * the paths they have in the site, so the URLs are the site's), and writes the bundle in place, or
 * beside the one it replaces (`output`, for the caller to swap in).
 */
async function indexShard(
  siteDir: string,
  pages: string[],
  where: (page: string) => string,
  bundle: string,
  textFolder: string,
  replace: boolean,
  threads: number | undefined,
): Promise<{ pages: number; errors: string[]; output?: string }> {
  const stage = path.join(siteDir, `.${bundle}.stage-${process.pid}`);
  const target = path.join(siteDir, bundle);
  const output = replace ? path.join(siteDir, `.${bundle}.new-${process.pid}`) : target;
  rmSync(stage, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  try {
    for (const page of pages) {
      const to = path.join(stage, page);
      mkdirSync(path.dirname(to), { recursive: true });
      linkOrCopy(where(page), to);
    }
    const outcome = await indexSite(stage, { output, folder: textFolder, threads });
    if (outcome.errors.length > 0) {
      rmSync(output, { recursive: true, force: true });
      return outcome;
    }
    return replace ? { ...outcome, output } : outcome;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to); // a file system without hard links
  }
}

/** The text pages below the site's text folder, relative to the site, with `/`. */
function listPages(siteDir: string, textFolder: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string) => {
    const folder = path.join(siteDir, relative);
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(child);
    }
  };
  walk(textFolder);
  return pages.sort();
}

const LIST_PREFIX = 'window.teiEditionSearch = ';

function readBundleList(siteDir: string): BundleList | undefined {
  try {
    const text = readFileSync(path.join(siteDir, SEARCH_BUNDLES_SCRIPT), 'utf8');
    const json = text.slice(text.indexOf(LIST_PREFIX) + LIST_PREFIX.length).replace(/;\s*$/, '');
    const list = JSON.parse(json) as BundleList;
    return typeof list.shards === 'number' && Array.isArray(list.bundles) ? list : undefined;
  } catch {
    return undefined;
  }
}

function writeBundleList(siteDir: string, list: BundleList): void {
  const file = path.join(siteDir, SEARCH_BUNDLES_SCRIPT);
  const text = `// The search index's bundles, merged by the search page (tei-edition, src/site/search-index.ts).\n${LIST_PREFIX}${JSON.stringify(list)};\n`;
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileAtomically(file, text);
}

/**
 * What an interrupted index left: bundles being written or on their way out, folders of links.
 * Found now, removed in the background; this process's own (the names it writes to) are cleared by
 * indexShard before it writes.
 */
function removeLeftovers(siteDir: string): Promise<unknown> {
  const own = new RegExp(`\\.(new|stage)-${process.pid}$`);
  const leftovers = readdirSync(siteDir).filter((name) => BUNDLE_LEFTOVER.test(name) && !own.test(name));
  return Promise.all(leftovers.map((name) => rm(path.join(siteDir, name), { recursive: true, force: true })));
}

/** Run `work` over `items`, at most `limit` at a time. */
async function eachAtOnce<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
