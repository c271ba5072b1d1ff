import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/corpus/load.js';
import { chooseSchemas } from '../../src/validate/schema-choice.js';

const FALLBACK = path.resolve('schemas/tei-edition.rng');

function tei(model: string): string {
  return `<?xml version="1.0"?>\n${model}\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></teiHeader><text><body><p/></body></text></TEI>\n`;
}

describe('chooseSchemas (no schema configured)', () => {
  it("takes the local RELAX NG schema a document's <?xml-model?> names, never fetches a remote one", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'schemas-'));
    mkdirSync(path.join(root, 'schema'));
    writeFileSync(path.join(root, 'schema/own.rng'), '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><anyName/><text/></element></start></grammar>');
    const files = {
      local: tei('<?xml-model href="schema/own.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      remote: tei('<?xml-model href="https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      missing: tei('<?xml-model href="schema/gone.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      none: tei(''),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, `${name}.xml`), text);
    const loaded = loadFiles(Object.keys(files).map((name) => path.join(root, `${name}.xml`))).files;
    const { groups, diagnostics } = chooseSchemas(loaded, FALLBACK);
    const schemaOf = (name: string) => groups.find((group) => group.files.some((file) => file.path.endsWith(`${name}.xml`)))?.schema;
    expect(schemaOf('local')).toBe(path.join(root, 'schema/own.rng'));
    expect(schemaOf('remote')).toBe(FALLBACK);
    expect(schemaOf('missing')).toBe(FALLBACK);
    expect(schemaOf('none')).toBe(FALLBACK);
    expect(diagnostics.map((d) => [path.basename(d.file), d.ruleId, d.line])).toEqual([
      ['remote.xml', 'schema/remote', 2],
      ['missing.xml', 'schema/missing', 2],
    ]);
  });
});
