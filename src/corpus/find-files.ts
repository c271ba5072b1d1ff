import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from './display-path.js';

/** Folders never searched for TEI documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'lib', '.cache', 'test-results']);

export interface FoundFiles {
  files: string[];
  /** A path named on the command line that does not exist, a link not followed: reported, and the rest goes on. */
  diagnostics: Diagnostic[];
}

/**
 * Expands files and folders into the sorted list of `.xml` files below them. `ignore` holds paths
 * relative to `root` (from edition.config.json) that are left out. Symbolic links are followed when
 * they lead to a file or folder inside `root` (each folder once, so a loop ends); any other link is
 * reported, never skipped in silence: a file that vanished from the check would pass unseen.
 */
export function findXmlFiles(inputs: string[], root: string, ignore: string[] = []): FoundFiles {
  const walker = new Walker(root, ignore);
  for (const input of inputs) {
    const absolute = path.resolve(input);
    if (!existsSync(absolute)) {
      walker.diagnostics.push({
        file: input,
        ruleId: 'io/missing',
        severity: 'error',
        source: 'tool',
        message: `No such file or folder: ${input}`,
        hint: 'Check the path; it is relative to the working directory.',
      });
      continue;
    }
    if (statSync(absolute).isDirectory()) {
      walker.allow(absolute);
      walker.walk(absolute);
    }
    else if (!walker.ignored.has(absolute)) walker.found.add(absolute);
  }
  return { files: [...walker.found].sort(), diagnostics: walker.diagnostics };
}

class Walker {
  readonly found = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  readonly ignored: Set<string>;
  /** Where links may lead: the project and the folders named as inputs. */
  private readonly allowed: string[];
  /** Real paths of the folders walked, so that a link back up is not walked twice. */
  private readonly visited = new Set<string>();
  /** Real paths of the files found, so that a file and a link to it are checked once. */
  private readonly realFiles = new Set<string>();

  constructor(root: string, ignore: string[]) {
    this.ignored = new Set(ignore.map((entry) => path.resolve(root, entry)));
    this.allowed = [realOrSelf(root)];
  }

  allow(folder: string): void {
    this.allowed.push(realOrSelf(folder));
  }

  private isAllowed(target: string): boolean {
    return this.allowed.some((folder) => isWithin(target, folder));
  }

  walk(folder: string): void {
    const real = realOrSelf(folder);
    if (this.visited.has(real)) return;
    this.visited.add(real);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (this.ignored.has(full)) continue;
      if (entry.isSymbolicLink()) this.followLink(full, entry);
      else if (entry.isDirectory()) {
        if (isSearchedFolder(entry.name)) this.walk(full);
      } else if (entry.name.endsWith('.xml')) {
        // a FIFO or device named *.xml is passed on: reading reports it instead of blocking. Not a
        // link, so its real path is its folder's and its name (a realpath each cost 0.13 s in 5,000)
        this.addFile(full, path.join(real, entry.name));
      }
    }
  }

  private followLink(link: string, entry: Dirent): void {
    let target: string;
    try {
      target = realpathSync(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (entry.name.endsWith('.xml') || code === 'ELOOP') {
        this.skipped(link, code === 'ELOOP' ? 'it is part of a loop of links' : 'it leads nowhere (broken link)');
      }
      return;
    }
    const stats = statSync(target);
    if (stats.isDirectory()) {
      if (!isSearchedFolder(entry.name)) return;
      if (!this.isAllowed(target)) this.skipped(link, `it leads to the folder ${target}, outside the project`);
      else this.walk(link);
      return;
    }
    if (!entry.name.endsWith('.xml')) return;
    if (!this.isAllowed(target)) this.skipped(link, `it leads to ${target}, outside the project`);
    else this.addFile(link);
  }

  private addFile(file: string, real = realOrSelf(file)): void {
    if (this.realFiles.has(real)) return;
    this.realFiles.add(real);
    this.found.add(file);
  }

  private skipped(link: string, why: string): void {
    this.diagnostics.push({
      file: displayPath(link),
      ruleId: 'io/link-skipped',
      severity: 'warning',
      source: 'tool',
      message: `The symbolic link was not followed: ${why}`,
      hint: 'Only links to files and folders inside the project are followed; copy the file into the project, or remove the link.',
    });
  }
}

function isSearchedFolder(name: string): boolean {
  return !SKIPPED_FOLDERS.has(name) && !name.startsWith('.');
}

function isWithin(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function realOrSelf(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}
