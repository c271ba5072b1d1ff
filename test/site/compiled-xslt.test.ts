import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashStylesheets, shippedState } from '../../src/adapters/saxon.js';
import { ENTRY_STYLESHEETS, compiledXsltDir, xsltDir } from '../../src/site/build-site.js';

/**
 * The package ships its stylesheets compiled (compiled-xslt/), so that a fresh install never waits
 * for the compiler. They must be the compilation of the stylesheets in xslt/ now.
 */
describe('compiled stylesheets shipped with the package', () => {
  it('are fresh: compiled from the stylesheets now in xslt/ (else run npm run compile:xslt)', () => {
    const state = shippedState(xsltDir, ENTRY_STYLESHEETS, compiledXsltDir);
    expect(state, 'compiled-xslt/ is stale: run `npm run compile:xslt` and commit compiled-xslt/').toEqual({ fresh: true });
  });

  it('hold one relocatable SEF package per entry stylesheet', () => {
    for (const entry of ENTRY_STYLESHEETS) {
      const file = path.join(compiledXsltDir, entry.replace(/[\\/]/g, '__') + '.sef.json');
      expect(existsSync(file), file).toBe(true);
      const sef = JSON.parse(readFileSync(file, 'utf8')) as { N: string; relocatable: string };
      expect(sef).toMatchObject({ N: 'package', relocatable: 'true' });
    }
  });

  it('are found stale when a stylesheet changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xslt-stale-'));
    mkdirSync(path.join(dir, 'pages'));
    const sheet = path.join(dir, 'pages', 'one.xsl');
    writeFileSync(sheet, '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>');
    const shipped = path.join(dir, 'shipped');
    mkdirSync(shipped);
    writeFileSync(path.join(shipped, 'pages__one.xsl.sef.json'), '{}');
    writeFileSync(path.join(shipped, 'manifest.json'), JSON.stringify({ hash: hashStylesheets(dir), entries: ['pages/one.xsl'] }));
    expect(shippedState(dir, ['pages/one.xsl'], shipped)).toEqual({ fresh: true });
    writeFileSync(sheet, '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><!-- changed --></xsl:stylesheet>');
    expect(shippedState(dir, ['pages/one.xsl'], shipped)).toMatchObject({ fresh: false });
  });
});
