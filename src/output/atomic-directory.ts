import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { ToolError } from '../errors/tool-error.js';
import { guardInterrupts } from './cleanup.js';

/** Written into every output folder: the tool replaces only a folder that holds it (or an empty one). */
export const OUTPUT_MARKER = '.tei-edition-output';

/**
 * Fills a fresh folder and swaps it in only when `fill` succeeds, so a failed build never leaves a
 * half-written site: the previous output stays exactly as it was. The fresh folder is a sibling of
 * `target` (same file system, so the swap is two renames), except when `target` is a mount point:
 * a sibling would sit on another device and a mount point cannot be renamed, so the new site is
 * built inside it and moved up entry by entry. Whatever happens — failure, exception, SIGINT or
 * SIGTERM — the fresh folder is removed.
 */
export interface ReplaceOptions {
  /**
   * Remove the previous output after returning, not before (serve: the new site is served at once;
   * the previous Escher letters' site took a minute to delete). A copy left by an interrupted
   * removal is removed by the next replacement.
   */
  removePreviousLater?: boolean;
  /** Written into the marker: an incremental build's state names the site it describes (see siteIdOf). */
  siteId?: string;
}

export async function replaceDirectory(target: string, fill: (tempDir: string) => Promise<boolean>, options: ReplaceOptions = {}): Promise<boolean> {
  assertReplaceable(target);
  removeLeftovers(target);
  const mountPoint = isMountPoint(target);
  const guard = guardInterrupts();
  let temp: string | undefined;
  let succeeded = false;
  try {
    temp = freshFolder(target, mountPoint);
    guard.track(temp);
    succeeded = await fill(temp);
    if (succeeded) {
      writeFileSync(
        path.join(temp, OUTPUT_MARKER),
        `This folder was written by tei-edition build; the next build replaces it.\n${options.siteId ? `site: ${options.siteId}\n` : ''}`,
      );
      if (mountPoint) moveUp(temp, target);
      else swapFolder(temp, target, options.removePreviousLater === true);
    }
  } finally {
    if (temp && existsSync(temp)) rmSync(temp, { recursive: true, force: true });
    guard.release();
  }
  return succeeded;
}

/**
 * Updates in place an output folder the tool made, for a build that made only what changed: `fill`
 * writes the new and changed files into a fresh folder and returns the files to remove, or
 * undefined when it failed. Only then are the files moved in, one rename each, and the removed ones
 * deleted: files the previous build wrote, as its record says, never a listing of the folder. A
 * failed fill leaves the folder as it was; the fresh folder is removed whatever happens.
 */
export async function patchDirectory(target: string, fill: (stagingDir: string) => Promise<string[] | undefined>): Promise<boolean> {
  assertReplaceable(target);
  const guard = guardInterrupts();
  let staging: string | undefined;
  try {
    staging = freshFolder(target, isMountPoint(target));
    guard.track(staging);
    const removed = await fill(staging);
    if (!removed) return false;
    moveFiles(staging, target);
    for (const file of removed) removeFile(target, file);
    return true;
  } finally {
    if (staging && existsSync(staging)) rmSync(staging, { recursive: true, force: true });
    guard.release();
  }
}

/** The id in the output folder's marker (replaceDirectory's `siteId`); undefined when there is none. */
export function siteIdOf(target: string): string | undefined {
  try {
    return /^site: (\S+)$/m.exec(readFileSync(path.join(target, OUTPUT_MARKER), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** A sibling of `target` (same file system: a rename moves it), or, for a mount point, a folder inside it. */
function freshFolder(target: string, mountPoint: boolean): string {
  return mountPoint
    ? mkdtempSync(path.join(target, `${OUTPUT_MARKER}.new-`))
    : mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.new-`));
}

/** Every file below `from` renamed to the same place below `to`. */
function moveFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const destination = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(destination) && !lstatSync(destination).isDirectory()) rmSync(destination, { force: true });
      moveFiles(source, destination);
    } else {
      if (existsSync(destination) && lstatSync(destination).isDirectory()) rmSync(destination, { recursive: true, force: true });
      renameSync(source, destination);
    }
  }
}

/** Remove one file of a previous build ('/'-separated, below `root`), and its folders left empty. */
function removeFile(root: string, file: string): void {
  const full = path.resolve(root, ...file.split('/'));
  const relative = path.relative(root, full);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return;
  rmSync(full, { force: true });
  for (let folder = path.dirname(full); folder !== root && folder.startsWith(root); folder = path.dirname(folder)) {
    try {
      rmdirSync(folder); // only an empty folder goes
    } catch {
      break;
    }
  }
}

/** Refuses to replace anything the tool did not make: an existing target must be empty or carry the marker. */
export function assertReplaceable(target: string): void {
  if (!existsSync(target)) return;
  const stats = lstatSync(target);
  if (!stats.isDirectory()) {
    throw new ToolError('output-not-ours', `The output ${target} exists and is not a folder; refusing to replace it`);
  }
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new ToolError(
      'output-not-ours',
      `The output folder ${target} holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} and was not written by tei-edition (no ${OUTPUT_MARKER}); refusing to replace it`,
    );
  }
}

/**
 * Put the folder `temp` (named `…new-<suffix>`) in place of `target`: two renames, the previous one
 * kept as `…old-<suffix>` until it is removed (after returning, with `removeLater`).
 */
export function swapFolder(temp: string, target: string, removeLater: boolean): void {
  const previous = existsSync(target) ? temp.replace(/\.new-([^/\\]*)$/, '.old-$1') : undefined;
  if (previous) renameSync(target, previous);
  try {
    renameSync(temp, target);
  } catch (error) {
    if (previous) renameSync(previous, target); // put the previous site back
    throw error;
  }
  if (!previous) return;
  if (removeLater) void rm(previous, { recursive: true, force: true }).catch(() => {});
  else rmSync(previous, { recursive: true, force: true });
}

/** Previous outputs whose removal was interrupted: siblings named after the target, holding the marker. */
function removeLeftovers(target: string): void {
  const folder = path.dirname(target);
  const prefix = `.${path.basename(target)}.old-`;
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const leftover = path.join(folder, name);
    if (name.startsWith(prefix) && existsSync(path.join(leftover, OUTPUT_MARKER))) rmSync(leftover, { recursive: true, force: true });
  }
}

/** The mount point stays; its old entries go, the new ones come up from the folder built inside it. */
function moveUp(temp: string, target: string): void {
  const tempName = path.basename(temp);
  for (const entry of readdirSync(target)) {
    if (entry !== tempName) rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(temp)) renameSync(path.join(temp, entry), path.join(target, entry));
}

function isMountPoint(target: string): boolean {
  if (!existsSync(target)) return false;
  return statSync(target).dev !== statSync(path.dirname(target)).dev;
}
