import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument, XmlProcessingInstruction } from '../xml/model.js';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { parseXml, type ParseResult } from '../xml/parse.js';
import { MAX_FILE_BYTES } from '../xml/limits.js';
import { displayPath } from './display-path.js';
import { readRegularFile } from './read-regular-file.js';
import v8 from 'node:v8';
import { collectGarbage } from '../cli/tune-heap.js';
import { ToolError } from '../errors/tool-error.js';

export interface LoadedFile {
  /** Absolute path. */
  path: string;
  /** Path as shown in diagnostics. */
  file: string;
  bytes: Uint8Array;
  /** SHA-256 of the bytes (hex): what caches of parse, validation and digests are keyed by. */
  hash: string;
  /** Parsed, and nothing in it refused (a DTD, an entity, an XInclude): it goes on to validation and lint. */
  accepted: boolean;
  /** The document's processing instructions (<?xml-model?> names its schema), kept when its tree is not. */
  processingInstructions: XmlProcessingInstruction[];
  /** The parsed tree when kept (see LoadOptions); undefined when the file could not be parsed. */
  document?: XmlDocument;
}

export interface LoadOptions {
  /** Keep each parsed tree on its LoadedFile (the default). Without it a tree lives only while `visit` sees it. */
  keep?: boolean;
  /** Parsed files kept by a long-running process (serve): a file whose bytes did not change is not parsed again. */
  cache?: ParseCache;
  /** Sees each accepted document as soon as it is parsed (linting as the corpus is read). */
  visit?: (document: XmlDocument, file: LoadedFile) => void;
  /** The share of Node's heap the kept trees may fill (the build needs the rest); default KEEP_SHARE. */
  keepShare?: number;
}

/**
 * Kept trees may fill this share of the heap. Past it the build would run out of memory later,
 * in a fatal crash (the ELTeC-fra corpus, 213 MB of word-tagged novels, filled 4 GB): it stops
 * with a clear error instead.
 */
const KEEP_SHARE = 0.6;

export interface LoadedCorpus {
  files: LoadedFile[];
  diagnostics: Diagnostic[];
}

/**
 * Reads and parses every file once; a file that fails never stops the others. Without `keep`, only
 * one tree is held at a time: a corpus many times the size of memory is read in the room of its
 * largest document (the bytes stay, for validation and the report's code frames).
 */
export function loadFiles(paths: string[], options: LoadOptions = {}): LoadedCorpus {
  const keep = options.keep ?? true;
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const absolute of paths) {
    const file = displayPath(absolute);
    // serve: a file whose size and times are as when it was read is not read and hashed again
    const stamp = options.cache ? fileStamp(absolute) : undefined;
    const kept = stamp === undefined ? undefined : options.cache?.unchanged(absolute, stamp);
    const read = kept ?? readRegularFile(absolute);
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
    const hash = kept?.hash ?? createHash('sha256').update(bytes).digest('hex');
    const parsed = options.cache ? options.cache.parse(absolute, file, bytes, hash, stamp) : parseXml(file, bytes);
    for (const diagnostic of parsed.diagnostics) diagnostics.push(diagnostic);
    const document = parsed.document;
    // A refused file (DTD, XInclude, …) still parses, but must not go on to the other stages.
    const refused = parsed.diagnostics.some((diagnostic) => diagnostic.source === 'xml' && diagnostic.severity === 'error');
    const loaded: LoadedFile = {
      path: absolute,
      file,
      bytes,
      hash,
      accepted: document !== undefined && !refused,
      processingInstructions: document?.processingInstructions ?? [],
      ...(keep && document ? { document } : {}),
    };
    files.push(loaded);
    if (loaded.accepted && document) options.visit?.(document, loaded);
    if (keep && document) assertRoomToKeep(file, options.keepShare ?? KEEP_SHARE);
  }
  return { files, diagnostics };
}

function assertRoomToKeep(file: string, share: number): void {
  const limit = v8.getHeapStatistics().heap_size_limit;
  if (v8.getHeapStatistics().used_heap_size < share * limit) return;
  collectGarbage(); // what is in use may be mostly garbage
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < share * limit) return;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  throw new ToolError('out-of-memory', `The parsed documents fill ${mb(used)} of Node's ${mb(limit)} heap at ${file}; the build would run out of memory`);
}

/**
 * Parse results by file and content hash, for a process that checks the same corpus again and again
 * (`serve`): the trees are read-only, so an unchanged file's tree is used again as it is.
 */
export class ParseCache {
  private entries = new Map<string, { hash: string; parsed: ParseResult; bytes: Uint8Array; stamp?: string }>();

  /** The bytes and hash of a file read before, while its stamp (fileStamp) is the one taken then. */
  unchanged(absolute: string, stamp: string): { bytes: Uint8Array; hash: string } | undefined {
    const cached = this.entries.get(absolute);
    return cached?.stamp === stamp ? { bytes: cached.bytes, hash: cached.hash } : undefined;
  }

  /** `stamp`: the file's, taken before it was read (a write after that changes it). */
  parse(absolute: string, file: string, bytes: Uint8Array, hash: string, stamp?: string): ParseResult {
    const cached = this.entries.get(absolute);
    if (cached?.hash === hash) {
      cached.stamp = stamp;
      return cached.parsed;
    }
    const parsed = parseXml(file, bytes);
    this.entries.set(absolute, { hash, parsed, bytes, stamp });
    return parsed;
  }

  /** Forget the files that are gone from the corpus. */
  keepOnly(paths: Set<string>): void {
    for (const absolute of this.entries.keys()) if (!paths.has(absolute)) this.entries.delete(absolute);
  }
}

/**
 * What changes whenever a file is written: its size, its modification and change times (the change
 * time cannot be set back by a tool that keeps the modification time) and its inode (an editor's
 * atomic save). Undefined for anything but a regular file.
 */
export function fileStamp(absolute: string): string | undefined {
  try {
    const stat = statSync(absolute, { bigint: true });
    return stat.isFile() ? `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}` : undefined;
  } catch {
    return undefined;
  }
}

const HINTS: Partial<Record<string, string>> = {
  'not-regular': 'Only regular files are read; name the file itself, not a pipe, device or folder.',
  'too-large': `Split the document (e.g. one file per text, joined by a teiCorpus); files up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read.`,
};
