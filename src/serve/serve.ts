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
  const build = () => runBuild(config, [], log, { incremental: true, documents, removePreviousLater: true });
  onBuilt(await build());
  const server = await startStaticServer(config.output, port);
  log(`serving ${config.output} at http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    do {
      again = false;
      log('change seen, rebuilding');
      const started = performance.now();
      onBuilt(await build());
      log(`rebuilt in ${Math.round(performance.now() - started)} ms`);
    } while (again);
    building = false;
  };
  // The corpus, the tool's own stylesheets and the schema: what a rebuild depends on.
  watchTree([config.corpus, xsltDir, path.dirname(config.schema)], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
  });
}
