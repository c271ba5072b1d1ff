import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Fills a fresh sibling folder of `target` and swaps it in only when `fill` succeeds, so a failed
 * build never leaves a half-written site: the previous output stays exactly as it was. The sibling
 * lives on the same file system, so the swap is two renames, not a copy.
 */
export async function replaceDirectory(target: string, fill: (tempDir: string) => Promise<boolean>): Promise<boolean> {
  const parent = path.dirname(target);
  const name = path.basename(target);
  const temp = mkdtempSync(path.join(parent, `.${name}.new-`));
  let succeeded = false;
  try {
    succeeded = await fill(temp);
  } finally {
    if (!succeeded) rmSync(temp, { recursive: true, force: true });
  }
  if (!succeeded) return false;
  const previous = existsSync(target) ? `${temp.replace('.new-', '.old-')}` : undefined;
  if (previous) renameSync(target, previous);
  renameSync(temp, target);
  if (previous) rmSync(previous, { recursive: true, force: true });
  return true;
}
