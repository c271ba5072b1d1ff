/**
 * `npm run ids [folder]`: adds the missing stable ids to every TEI text under the folder (default
 * tei/texts). Files that already have all their ids are left untouched; one bad file is reported and
 * the others are still done. Exit code 0 when every file could be read, 1 otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IdPassError, assignIds } from './assign-ids.js';
import { listXmlFiles } from '../corpus/list-xml-files.js';

function main(): number {
  const folder = path.resolve(process.argv[2] ?? path.join('tei', 'texts'));
  let files: string[];
  try {
    files = listXmlFiles(folder);
  } catch {
    process.stderr.write(`ids: cannot read the folder ${folder}\n`);
    return 1;
  }
  let failed = 0;
  let total = 0;
  for (const file of files) {
    const shown = path.relative(process.cwd(), file);
    try {
      const before = readFileSync(file, 'utf8');
      const { xml, added } = assignIds(before);
      if (added > 0) {
        writeFileSync(file, xml);
        process.stdout.write(`${shown}: ${added} id(s) added\n`);
        total += added;
      }
    } catch (error) {
      failed++;
      const reason = error instanceof IdPassError ? error.message : String(error);
      process.stderr.write(`${shown}: not changed — ${reason}\n`);
    }
  }
  process.stdout.write(`ids: ${total} id(s) added in ${files.length} file(s)\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
