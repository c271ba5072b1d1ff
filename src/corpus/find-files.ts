import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Folders never searched for TEI documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'lib', '.cache', 'test-results']);

export interface FoundFiles {
  files: string[];
  /** A path named on the command line that does not exist: reported, and the rest goes on. */
  diagnostics: Diagnostic[];
}

/**
 * Expands files and folders into the sorted list of `.xml` files below them. `ignore` holds paths
 * relative to `root` (from edition.config.json) that are left out.
 */
export function findXmlFiles(inputs: string[], root: string, ignore: string[] = []): FoundFiles {
  const ignored = new Set(ignore.map((entry) => path.resolve(root, entry)));
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    if (!existsSync(absolute)) {
      diagnostics.push({
        file: input,
        ruleId: 'io/missing',
        severity: 'error',
        source: 'tool',
        message: `No such file or folder: ${input}`,
        hint: 'Check the path; it is relative to the working directory.',
      });
      continue;
    }
    if (statSync(absolute).isDirectory()) walk(absolute, files, ignored);
    else if (!ignored.has(absolute)) files.add(absolute);
  }
  return { files: [...files].sort(), diagnostics };
}

function walk(folder: string, found: Set<string>, ignored: Set<string>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (ignored.has(full)) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, found, ignored);
    } else if (entry.isFile() && entry.name.endsWith('.xml')) {
      found.add(full);
    }
  }
}
