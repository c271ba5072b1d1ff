import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument } from '../xml/model.js';
import { parseXml } from '../xml/parse.js';
import { displayPath } from './display-path.js';

export interface LoadedFile {
  /** Absolute path. */
  path: string;
  /** Path as shown in diagnostics. */
  file: string;
  bytes: Uint8Array;
  /** Undefined when the file could not be read or parsed. */
  document?: XmlDocument;
}

export interface LoadedCorpus {
  files: LoadedFile[];
  diagnostics: Diagnostic[];
}

/** Reads and parses every file once; a file that fails never stops the others. */
export function loadFiles(paths: string[]): LoadedCorpus {
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const absolute of paths) {
    const file = displayPath(absolute);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      diagnostics.push({
        file,
        ruleId: 'io/unreadable',
        severity: 'error',
        source: 'tool',
        message: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      continue;
    }
    const parsed = parseXml(file, bytes);
    diagnostics.push(...parsed.diagnostics);
    files.push({ path: absolute, file, bytes, document: parsed.document });
  }
  return { files, diagnostics };
}
