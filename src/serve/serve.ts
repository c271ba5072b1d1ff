import { existsSync, watch } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import { runBuild, type BuildOutcome } from '../pipeline/build.js';
import { xsltDir } from '../site/build-site.js';
import { startStaticServer } from './static-server.js';

const DEBOUNCE_MS = 200;

/**
 * Builds the edition, serves it on 127.0.0.1 and rebuilds when a TEI file, a stylesheet or the
 * schema changes. A failed rebuild keeps the last good site online.
 */
export async function serve(
  config: EditionConfig,
  port: number,
  onBuilt: (outcome: BuildOutcome) => void,
  log: (message: string) => void,
): Promise<void> {
  onBuilt(await runBuild(config, [], log));
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
      onBuilt(await runBuild(config, [], log));
    } while (again);
    building = false;
  };
  // The corpus, the tool's own stylesheets and the schema: what a rebuild depends on.
  const watched = [config.corpus, xsltDir, path.dirname(config.schema)];
  for (const folder of watched.filter((candidate) => existsSync(candidate))) {
    watch(folder, { recursive: true }, (_event, name) => {
      if (name && /(^|[\\/])\./.test(String(name))) return; // editor swap files
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
    });
  }
}
