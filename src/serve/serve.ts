import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import { runBuild, type BuildOutcome } from '../pipeline/build.js';
import { xsltDir } from '../site/build-site.js';
import { DocumentCache } from '../site/incremental.js';
import { startStaticServer } from './static-server.js';
import { watchTree } from './watch-tree.js';

const DEBOUNCE_MS = 200;

/**
 * Builds the edition, serves it on 127.0.0.1 and rebuilds when a TEI file, a stylesheet or the
 * schema changes. Rebuilds are incremental: documents stay parsed in memory (by content hash) and
 * only the pages whose inputs changed are rendered again. A failed rebuild keeps the last good
 * site online.
 */
export async function serve(
  config: EditionConfig,
  port: number,
  onBuilt: (outcome: BuildOutcome) => void,
  log: (message: string) => void,
): Promise<void> {
  const documents = new DocumentCache();
  const build = () => runBuild(config, [], log, { incremental: true, documents, removePreviousLater: true, searchLater: true });
  /** Wait for a build's search index (the next build would write pagefind/ too) and say how it went. */
  const searchIndexed = async (outcome: BuildOutcome, started: number) => {
    if (!outcome.searchIndexed) return;
    const failed = await outcome.searchIndexed;
    for (const found of failed) log(`search index not updated: ${found.message}`);
    if (failed.length === 0) log(`search index updated ${Math.round(performance.now() - started)} ms after the build began`);
  };
  const firstStarted = performance.now();
  const first = await build();
  onBuilt(first);
  const server = await startStaticServer(config.output, port);
  log(`serving ${config.output} at http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const serving = searchIndexed(first, firstStarted);

  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    await serving;
    do {
      again = false;
      log('change seen, rebuilding');
      const started = performance.now();
      const outcome = await build();
      onBuilt(outcome);
      log(`rebuilt in ${Math.round(performance.now() - started)} ms`);
      await searchIndexed(outcome, started);
    } while (again);
    building = false;
  };
  // The corpus, the tool's own stylesheets and the schema: what a rebuild depends on.
  watchTree([config.corpus, xsltDir, path.dirname(config.schema)], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
  });
}
