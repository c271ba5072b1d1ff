import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findXmlFiles } from '../../src/corpus/find-files.js';

/**
 * Every TEI file names its schema in an <?xml-model?> processing instruction, so that Oxygen and
 * VS Code validate while editing; the named schema must exist and be the edition's.
 */
const files = findXmlFiles(['tei'], process.cwd()).files;
const EDITION_SCHEMA = path.resolve('schemas/tei-edition.rng');

describe('xml-model processing instructions', () => {
  it('the edition has files to check', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it('every file names the edition schema, by a path that resolves', () => {
    const problems: string[] = [];
    for (const file of files) {
      const head = readFileSync(file, 'utf8').slice(0, 2000);
      const pi = /<\?xml-model\s+([^?]*)\?>/.exec(head);
      const href = pi && /href="([^"]+)"/.exec(pi[1])?.[1];
      const typens = pi && /schematypens="([^"]+)"/.exec(pi[1])?.[1];
      const where = path.relative(process.cwd(), file);
      if (!href) problems.push(`${where}: no <?xml-model href=…?>`);
      else if (path.resolve(path.dirname(file), href) !== EDITION_SCHEMA || !existsSync(EDITION_SCHEMA)) {
        problems.push(`${where}: xml-model names ${href}, not schemas/tei-edition.rng`);
      } else if (typens !== 'http://relaxng.org/ns/structure/1.0') {
        problems.push(`${where}: xml-model lacks schematypens for RELAX NG`);
      }
    }
    expect(problems).toEqual([]);
  });
});
