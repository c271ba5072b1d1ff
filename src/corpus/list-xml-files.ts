import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every `.xml` file below `dir`, sorted, for the editing scripts (`npm run ids`, `npm run collate`)
 * that work on the edition's own folders; the checker's walk with its safety rules is find-files.ts.
 */
export function listXmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listXmlFiles(full);
      return entry.name.endsWith('.xml') ? [full] : [];
    })
    .sort();
}
