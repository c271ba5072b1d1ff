/**
 * Schema findings by file, kept by a process that checks the same corpus again and again (`serve`):
 * a file is validated again only when its bytes, its schema or the validator changed. A schema is
 * known by its content and by the names, sizes and times of the files beside it (the modules it
 * includes). It also owns the jing kept running for those checks (JingServer), closed with it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JingServer } from '../adapters/jing-server.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export class ValidationCache {
  private entries = new Map<string, Diagnostic[]>();
  /** null: looked for, and java or jing's jar is missing. */
  private jing?: JingServer | null;

  /**
   * The jing to validate with in these checks (pass it to validateFiles). Cheap to ask for: its JVM
   * starts only when jing is the validator, so a check against a small schema (libxml2) never starts it.
   */
  get keptJing(): JingServer | undefined {
    if (this.jing === undefined) this.jing = JingServer.create() ?? null;
    return this.jing ?? undefined;
  }

  /** Stops the kept jing; validations through this cache then run the jing command. */
  close(): void {
    this.jing?.close();
  }

  /** What a schema's findings depend on, besides the document: the schema and its folder, and the validator. */
  schemaKey(schemaPath: string, validator: string): string {
    const hash = createHash('sha256').update(validator);
    try {
      hash.update(readFileSync(schemaPath));
      const folder = path.dirname(schemaPath);
      for (const name of readdirSync(folder).sort()) {
        const stat = statSync(path.join(folder, name));
        hash.update(`${name}:${stat.size}:${stat.mtimeMs}`);
      }
    } catch {
      hash.update(`unreadable:${Math.random()}`); // never a hit: validation reports what is wrong
    }
    return hash.digest('hex');
  }

  /** The key of one file's findings: its schema's key, its path and the hash of its bytes. */
  keyOf(schemaKey: string, file: string, hash: string): string {
    return `${schemaKey}\n${file}\n${hash}`;
  }

  get(key: string): Diagnostic[] | undefined {
    return this.entries.get(key);
  }

  set(key: string, findings: Diagnostic[]): void {
    this.entries.set(key, findings);
  }

  /** Keep only what this run used: an edited file's old findings are of no further use. */
  keepOnly(keys: Set<string>): void {
    for (const key of this.entries.keys()) if (!keys.has(key)) this.entries.delete(key);
  }
}
