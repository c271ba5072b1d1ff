import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument } from '../xml/model.js';
import { parseXml } from '../xml/parse.js';
import { MAX_FILE_BYTES } from '../xml/limits.js';
import { displayPath } from './display-path.js';
import { readRegularFile } from './read-regular-file.js';

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
    const read = readRegularFile(absolute);
    if ('problem' in read) {
      diagnostics.push({
        file,
        ruleId: `io/${read.problem}`,
        severity: 'error',
        source: 'tool',
        message: read.message,
        ...(HINTS[read.problem] ? { hint: HINTS[read.problem] } : {}),
      });
      continue;
    }
    const bytes = read.bytes;
    const parsed = parseXml(file, bytes);
    for (const diagnostic of parsed.diagnostics) diagnostics.push(diagnostic);
    files.push({ path: absolute, file, bytes, document: parsed.document });
  }
  return { files, diagnostics };
}

const HINTS: Partial<Record<string, string>> = {
  'not-regular': 'Only regular files are read; name the file itself, not a pipe, device or folder.',
  'too-large': `Split the document (e.g. one file per text, joined by a teiCorpus); files up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read.`,
};
