/**
 * `npm run compile:xslt`: compiles every entry stylesheet of `xslt/` to SEF and writes them, with
 * the hash of the sources they came from, to `compiled-xslt/` — the compiled stylesheets the
 * package ships, so that a fresh install never compiles. `test/site/compiled-xslt.test.ts` fails
 * when they are stale. `--check` only says whether they are fresh (exit 1 when not).
 */
import path from 'node:path';
import { shippedState, writeShippedStylesheets } from '../adapters/saxon.js';
import { ENTRY_STYLESHEETS, compiledXsltDir, sefCacheDir, xsltDir } from './build-site.js';

async function main(): Promise<void> {
  const state = shippedState(xsltDir, ENTRY_STYLESHEETS, compiledXsltDir);
  if (process.argv.includes('--check')) {
    console.log(state.fresh ? 'compiled-xslt/ is up to date' : `compiled-xslt/ is stale: ${state.reason}; run npm run compile:xslt`);
    process.exitCode = state.fresh ? 0 : 1;
    return;
  }
  if (state.fresh) {
    console.log('compiled-xslt/ is up to date');
    return;
  }
  const started = performance.now();
  const problems = await writeShippedStylesheets(xsltDir, ENTRY_STYLESHEETS, sefCacheDir, compiledXsltDir);
  for (const problem of problems) {
    const where = problem.module ? `${problem.module}${problem.line ? `:${problem.line}` : ''}` : problem.entry;
    console.error(`${path.join('xslt', where)}: ${problem.code} ${problem.message}`);
  }
  if (problems.length > 0) {
    process.exitCode = 1;
    return;
  }
  console.log(`compiled ${ENTRY_STYLESHEETS.length} stylesheets into compiled-xslt/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(`compile:xslt failed: ${(error as Error).message}`);
  process.exitCode = 2;
});
