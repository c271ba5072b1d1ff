import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The edition's version lives in package.json; CITATION.cff must say the same. */
describe('CITATION.cff', () => {
  it('carries the version of package.json and the edition title of the config', () => {
    const root = path.resolve(__dirname, '..', '..');
    const cff = readFileSync(path.join(root, 'CITATION.cff'), 'utf8');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const config = JSON.parse(readFileSync(path.join(root, 'edition.config.json'), 'utf8')) as { title: string };
    expect(/^cff-version: 1\.2\.0$/m.test(cff)).toBe(true);
    expect(/^version: (.*)$/m.exec(cff)?.[1]).toBe(pkg.version);
    expect(/^title: "(.*)"$/m.exec(cff)?.[1]).toBe(config.title);
  });
});
