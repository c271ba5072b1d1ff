/**
 * What an incremental build keeps between runs: for each unit of the site (a page or group of
 * pages, an export, a published file) the hash of its inputs and the files it wrote
 * (`.cache/site/<output folder hash>.json`), and, inside one process (`serve`), the parsed
 * documents by content hash. A unit whose hash is unchanged is not made again: its files stay in the
 * output folder as they are, and the build writes only what changed (see patchDirectory).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompileOutcome, XmlDocument } from '../adapters/saxon.js';
import { fileStamp, ParseCache } from '../corpus/load.js';
import { LintCache } from '../lint/lint-cache.js';
import { writeFileAtomically } from '../output/atomic-file.js';
import type { CatalogueEntry } from './page-inputs.js';
import { ValidationCache } from '../validate/validation-cache.js';

export interface UnitRecord {
  hash: string;
  /** Files the unit wrote, relative to the site folder (posix). */
  outputs: string[];
}

export interface SiteState {
  version: 2;
  /** The id in the output folder's marker when the state was saved: it describes that folder only. */
  site: string;
  units: Record<string, UnitRecord>;
}

const STATE_VERSION = 2;

/** The state file of one output folder, under the project's `.cache/site/`. */
export function stateFile(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'site', `${key}.json`);
}

export function loadState(file: string): SiteState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as SiteState;
    return state.version === STATE_VERSION && typeof state.units === 'object' && typeof state.site === 'string' ? state : undefined;
  } catch {
    return undefined;
  }
}

export function saveState(file: string, state: SiteState): void {
  writeFileAtomically(file, JSON.stringify(state));
}

/** A fresh id for a site written whole. */
export function newSiteId(): string {
  return randomUUID();
}

/**
 * The units of one build. A unit whose inputs hash as the previous build's did keeps its files;
 * any other is made again and records what it wrote. What the previous build wrote and no unit
 * of this one did is to be removed.
 */
export class SiteUnits {
  readonly units: Record<string, UnitRecord> = {};

  constructor(private readonly previous?: SiteState) {}

  /** True when the unit's files are kept as the previous build left them. An empty hash never matches (always made). */
  keep(key: string, hash: string): boolean {
    const before = this.previous?.units[key];
    if (hash === '' || !before || before.hash !== hash) return false;
    this.units[key] = before;
    return true;
  }

  record(key: string, hash: string, outputs: string[]): void {
    this.units[key] = { hash, outputs };
  }

  /**
   * Files of the previous build that no unit of this one wrote or kept. With `keyPrefix`, only
   * files of the units whose keys begin so (`text:`), which must all be settled by then.
   */
  removed(keyPrefix = ''): string[] {
    if (!this.previous) return [];
    // only the units not kept as they were can have left files behind (a site has 200,000 files)
    const left = new Set<string>();
    for (const [key, before] of Object.entries(this.previous.units)) {
      if (key.startsWith(keyPrefix) && this.units[key] !== before) for (const file of before.outputs) left.add(file);
    }
    if (left.size === 0) return [];
    for (const [key, unit] of Object.entries(this.units)) if (key.startsWith(keyPrefix)) for (const file of unit.outputs) left.delete(file);
    return [...left];
  }
}

/**
 * A text's digest, the hash of its XML text (two digests with one fingerprint are the same) and
 * what the persons' pages show of the text (page-inputs.ts, readPersonRows).
 */
export interface MadeDigest {
  document: XmlDocument;
  fingerprint: string;
  personRows: Array<[string, string]>;
}

/**
 * The catalogue of the pages about the whole edition and that of the texts' pages
 * (xslt/data/catalogue.xsl), with what the page hashes read of them (page-inputs.ts).
 */
export interface MadeCatalogue {
  whole: XmlDocument;
  texts: XmlDocument;
  entries: CatalogueEntry[];
  editionFacts: string;
}

/**
 * What a long-running process (`serve`) keeps between builds, so that a rebuild parses, validates
 * and digests only what changed: the check's parsed files and schema findings, Saxon's parsed
 * documents by file and content hash, the texts' digests and the catalogues made from them while
 * the digests stay the same (an edit of wording far from any mention). Saxon's documents and the digests
 * are dropped whole when the stylesheets change (Saxon keeps key indexes with a document).
 */
export class DocumentCache {
  /** The check's parsed files, lint and schema findings (src/pipeline/check.ts). */
  readonly parsed = new ParseCache();
  readonly validated = new ValidationCache();
  readonly linted = new LintCache();
  private readonly documents = new Map<string, { hash: string; document: XmlDocument }>();
  /** Texts' digests (xslt/data/digest.xsl) by the hash of what they were made from. */
  private digests = new Map<string, MadeDigest>();
  /** The catalogues and what was read of them, with the hash of what they were made from. */
  private catalogue?: { key: string; made: MadeCatalogue };
  /** The project's register files merged into one (xslt/data/registers.xsl), with the hash of those files. */
  private merged?: { key: string; document: XmlDocument };
  private stylesheets = '';
  private compiledStylesheets?: CompileOutcome;
  /**
   * The stylesheets this thread has run since they were compiled: Saxon-JS prepares a stylesheet in
   * each thread on its first run (about a second for a text page), which serve does while the
   * first build's workers make the rest, not in the first rebuild after an edit.
   */
  readonly ranHere = new Set<string>();
  /** The state this process saved last, with the stamp of its file then. */
  private saved?: { file: string; stamp: string; state: SiteState };

  /**
   * The state this process saved last, while its file is as it was written: reading it again costs
   * more than the rest of a small rebuild (200,000 files for the Escher letters), and another build
   * of the same folder would have written the file anew.
   */
  savedState(file: string): SiteState | undefined {
    const stamp = fileStamp(file);
    return stamp !== undefined && this.saved?.file === file && this.saved.stamp === stamp ? this.saved.state : undefined;
  }

  setSavedState(file: string, state: SiteState): void {
    this.saved = { file, stamp: fileStamp(file) ?? '', state };
  }

  useStylesheets(hash: string): void {
    if (hash !== this.stylesheets) {
      this.documents.clear();
      this.digests.clear();
      this.merged = undefined;
      this.catalogue = undefined;
      this.compiledStylesheets = undefined;
      this.ranHere.clear();
    }
    this.stylesheets = hash;
  }

  /** The stylesheets compiled from the sources `useStylesheets` named, once they were. */
  compiled(): CompileOutcome | undefined {
    return this.compiledStylesheets;
  }

  setCompiled(compiled: CompileOutcome): void {
    this.compiledStylesheets = compiled;
  }

  mergedRegisters(key: string): XmlDocument | undefined {
    return this.merged?.key === key ? this.merged.document : undefined;
  }

  setMergedRegisters(key: string, document: XmlDocument | undefined): void {
    this.merged = document ? { key, document } : undefined;
  }

  digest(key: string): MadeDigest | undefined {
    return this.digests.get(key);
  }

  setDigest(key: string, digest: MadeDigest): void {
    this.digests.set(key, digest);
  }

  catalogues(key: string): MadeCatalogue | undefined {
    return this.catalogue?.key === key ? this.catalogue.made : undefined;
  }

  setCatalogues(key: string, made: MadeCatalogue): void {
    this.catalogue = { key, made };
  }

  /** Keep only the digests of this build (those of texts edited since are of no further use). */
  keepDigests(keys: Set<string>): void {
    this.digests = new Map([...this.digests].filter(([key]) => keys.has(key)));
  }

  get(file: string, hash: string): XmlDocument | undefined {
    const found = this.documents.get(file);
    return found && found.hash === hash ? found.document : undefined;
  }

  set(file: string, hash: string, document: XmlDocument): void {
    this.documents.set(file, { hash, document });
  }

  /** Forget files that are no longer part of the corpus. */
  keepOnly(files: Set<string>): void {
    for (const file of this.documents.keys()) if (!files.has(file)) this.documents.delete(file);
  }
}
