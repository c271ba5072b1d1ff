import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/corpus/load.js';
import { ToolError } from '../../src/errors/tool-error.js';

const LETTER = path.resolve('test/fixtures/project/tei/texts/demo/letter.xml');

describe('loadFiles keeping trees for a build', () => {
  it('stops with a clear error, naming the file, when the kept trees would fill the heap', () => {
    // a share of 0: any tree kept is too much
    let thrown: unknown;
    try {
      loadFiles([LETTER], { keep: true, keepShare: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ToolError);
    expect((thrown as ToolError).kind).toBe('out-of-memory');
    expect((thrown as ToolError).message).toContain('letter.xml');
  });

  it('keeps them within the share, and never limits a check that holds one tree at a time', () => {
    expect(loadFiles([LETTER], { keep: true }).files[0].document).toBeDefined();
    expect(loadFiles([LETTER], { keep: false, keepShare: 0 }).files[0].document).toBeUndefined();
  });
});
