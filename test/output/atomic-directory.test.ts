import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, patchDirectory, replaceDirectory, siteIdOf } from '../../src/output/atomic-directory.js';
import { ToolError } from '../../src/errors/tool-error.js';

function previousSite(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'atomic-'));
  const target = path.join(parent, 'dist');
  mkdirSync(target);
  writeFileSync(path.join(target, 'index.html'), 'old');
  writeFileSync(path.join(target, OUTPUT_MARKER), '');
  return target;
}

describe('replaceDirectory', () => {
  it('swaps in the new folder when filling succeeds, and leaves no temporary folder', async () => {
    const target = previousSite();
    const ok = await replaceDirectory(target, async (temp) => {
      writeFileSync(path.join(temp, 'index.html'), 'new');
      return true;
    });
    expect(ok).toBe(true);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(path.dirname(target))).toEqual(['dist']);
  });

  it('can remove the previous folder after returning, and removes what an interrupted removal left', async () => {
    const target = previousSite();
    const parent = path.dirname(target);
    // one left by an interrupted removal (it holds the marker), one that is not the tool's
    for (const name of ['.dist.old-interrupted', '.dist.old-not-ours']) mkdirSync(path.join(parent, name));
    writeFileSync(path.join(parent, '.dist.old-interrupted', OUTPUT_MARKER), '');
    const ok = await replaceDirectory(target, async (temp) => {
      writeFileSync(path.join(temp, 'index.html'), 'new');
      return true;
    }, { removePreviousLater: true });
    expect(ok).toBe(true);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
    for (let wait = 0; wait < 100 && readdirSync(parent).length > 2; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(parent).sort()).toEqual(['.dist.old-not-ours', 'dist']);
  });

  it('leaves the previous folder untouched when filling reports failure', async () => {
    const target = previousSite();
    const ok = await replaceDirectory(target, async (temp) => {
      writeFileSync(path.join(temp, 'index.html'), 'half');
      return false;
    });
    expect(ok).toBe(false);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(path.dirname(target))).toEqual(['dist']);
  });

  it('leaves the previous folder untouched when filling throws', async () => {
    const target = previousSite();
    await expect(
      replaceDirectory(target, async (temp) => {
        writeFileSync(path.join(temp, 'partial.html'), 'x');
        throw new Error('transform crashed');
      }),
    ).rejects.toThrow('transform crashed');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(path.join(target, 'partial.html'))).toBe(false);
  });

  it('creates the folder when there was none', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    const target = path.join(parent, 'site');
    await replaceDirectory(target, async (temp) => {
      writeFileSync(path.join(temp, 'a.txt'), 'a');
      return true;
    });
    expect(readFileSync(path.join(target, 'a.txt'), 'utf8')).toBe('a');
    expect(existsSync(path.join(target, OUTPUT_MARKER))).toBe(true);
  });

  it('refuses to replace a folder it did not make, and leaves it and its parent as they were', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    const target = path.join(parent, 'notes');
    mkdirSync(target);
    writeFileSync(path.join(target, 'draft.txt'), 'precious');
    let filled = false;
    const attempt = replaceDirectory(target, async () => (filled = true));
    await expect(attempt).rejects.toBeInstanceOf(ToolError);
    await expect(attempt).rejects.toMatchObject({ kind: 'output-not-ours' });
    expect(filled).toBe(false);
    expect(readFileSync(path.join(target, 'draft.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(parent)).toEqual(['notes']);
  });

  it('replaces an empty folder', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    const target = path.join(parent, 'site');
    mkdirSync(target);
    expect(await replaceDirectory(target, async (temp) => (writeFileSync(path.join(temp, 'a.txt'), 'a'), true))).toBe(true);
    expect(readdirSync(target).sort()).toEqual([OUTPUT_MARKER, 'a.txt']);
  });
});

describe('patchDirectory', () => {
  /** A site as a previous build left it: a page in a folder, another at the top, and the marker. */
  function builtSite(): string {
    const target = previousSite();
    mkdirSync(path.join(target, 'texts'));
    writeFileSync(path.join(target, 'texts', 'a.html'), 'a');
    writeFileSync(path.join(target, 'texts', 'b.html'), 'b');
    return target;
  }

  it('moves the changed files in, removes the ones named, and leaves every other file as it was', async () => {
    const target = builtSite();
    const outside = path.join(path.dirname(target), 'keep.txt');
    writeFileSync(outside, 'not the site');
    const ok = await patchDirectory(target, async (staging) => {
      mkdirSync(path.join(staging, 'texts'));
      writeFileSync(path.join(staging, 'texts', 'a.html'), 'a, edited');
      mkdirSync(path.join(staging, 'persons'));
      writeFileSync(path.join(staging, 'persons', 'p.html'), 'new');
      return ['texts/b.html', '../keep.txt'];
    });
    expect(ok).toBe(true);
    expect(readFileSync(path.join(target, 'texts', 'a.html'), 'utf8')).toBe('a, edited');
    expect(readFileSync(path.join(target, 'persons', 'p.html'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(path.join(target, 'texts', 'b.html'))).toBe(false);
    // a name that leads outside the site is never removed
    expect(readFileSync(outside, 'utf8')).toBe('not the site');
    expect(readdirSync(path.dirname(target)).sort()).toEqual(['dist', 'keep.txt']);
  });

  it('removes a folder left empty, and leaves the site untouched when the build fails', async () => {
    const target = builtSite();
    expect(await patchDirectory(target, async () => ['texts/a.html', 'texts/b.html'])).toBe(true);
    expect(existsSync(path.join(target, 'texts'))).toBe(false);

    const failed = await patchDirectory(target, async (staging) => {
      writeFileSync(path.join(staging, 'index.html'), 'half-made');
      return undefined;
    });
    expect(failed).toBe(false);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(path.dirname(target))).toEqual(['dist']);
  });

  it('refuses a folder the tool did not make', async () => {
    const target = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    writeFileSync(path.join(target, 'mine.txt'), 'mine');
    await expect(patchDirectory(target, async () => [])).rejects.toBeInstanceOf(ToolError);
  });
});

describe('siteIdOf', () => {
  it('reads the id a whole build wrote into the marker', async () => {
    const target = previousSite();
    expect(siteIdOf(target)).toBeUndefined();
    await replaceDirectory(target, async () => true, { siteId: 'abc-123' });
    expect(siteIdOf(target)).toBe('abc-123');
  });
});
