/**
 * Lint findings by file, kept by a process that checks the same corpus again and again (`serve`).
 * A document linted on its own (no enabled rule compares documents) has findings that depend on
 * its bytes, the lint options, and what its pointers led to: the documents the corpus index loaded
 * for it and the files whose existence it asked about. Each entry records those with their state
 * then; it is used again only while every one of them is as it was. A run asks each file once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What linting one document consulted beyond the document itself. */
export interface Consulted {
  /** Absolute paths of documents the pointers led to. */
  documents: Set<string>;
  /** Absolute paths whose existence was asked, and the answer. */
  exists: Map<string, boolean>;
}

interface Entry {
  hash: string;
  options: string;
  diagnostics: Diagnostic[];
  /** Each consulted document with the hash of its bytes then ('' when it could not be read). */
  documents: Array<[string, string]>;
  exists: Array<[string, boolean]>;
}

export class LintCache {
  private entries = new Map<string, Entry>();
  /** What this run found of each consulted file: asked once per run, whatever the number of documents. */
  private hashes = new Map<string, string>();
  private existing = new Map<string, boolean>();

  /** Starts a run: files may have changed since the last. */
  beginRun(): void {
    this.hashes.clear();
    this.existing.clear();
  }

  /** The findings of a document whose bytes, options and consulted files are as when it was linted. */
  findings(file: string, hash: string, options: string): Diagnostic[] | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.hash !== hash || entry.options !== options) return undefined;
    if (entry.documents.some(([consulted, then]) => this.hashOf(consulted) !== then)) return undefined;
    if (entry.exists.some(([consulted, then]) => this.exists(consulted) !== then)) return undefined;
    return entry.diagnostics;
  }

  set(file: string, hash: string, options: string, diagnostics: Diagnostic[], consulted: Consulted): void {
    this.entries.set(file, {
      hash,
      options,
      diagnostics,
      documents: [...consulted.documents].map((consultedFile) => [consultedFile, this.hashOf(consultedFile)]),
      exists: [...consulted.exists],
    });
  }

  /** Forget the files that are gone from the corpus. */
  keepOnly(files: Set<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
  }

  private hashOf(file: string): string {
    let hash = this.hashes.get(file);
    if (hash === undefined) {
      try {
        hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      } catch {
        hash = '';
      }
      this.hashes.set(file, hash);
    }
    return hash;
  }

  private exists(file: string): boolean {
    let found = this.existing.get(file);
    if (found === undefined) this.existing.set(file, (found = existsSync(file)));
    return found;
  }
}
