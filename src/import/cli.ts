/**
 * `npm run import [-- <sourceId>…] [--seeds DIR] [--force]`: runs the importers on the seeds and
 * writes first TEI drafts under `tei/`. Curated files are never silently overwritten.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IMPORTERS } from './index.js';
import { ImportInputError, runImport, type ImportedFile } from './run-import.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = 'Usage: npm run import -- [sourceId …] [--seeds DIR] [--force]';

function describe(file: ImportedFile): string {
  const shown = join('tei', file.path);
  switch (file.outcome) {
    case 'created':
      return `created      ${shown}`;
    case 'unchanged':
      return `unchanged    ${shown}`;
    case 'overwritten':
      return `OVERWRITTEN  ${shown} (--force)`;
    case 'draft':
      return `kept         ${shown} (curated, differs from the importer's draft; draft written to ${relative(process.cwd(), file.draftPath!)})`;
  }
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const results = runImport(IMPORTERS, {
      seedsDirectory: resolve(parsed.values.seeds ?? join(repositoryRoot, '..', 'shared', 'seeds')),
      teiDirectory: join(repositoryRoot, 'tei'),
      draftDirectory: join(repositoryRoot, '.cache', 'import'),
      force: parsed.values.force ?? false,
      sourceIds: parsed.positionals,
    });
    for (const file of results) console.log(describe(file));
    const drafts = results.filter((file) => file.outcome === 'draft').length;
    if (drafts > 0) console.log(`${drafts} curated file(s) kept; compare with the drafts, or rerun with --force to replace them.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportInputError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
