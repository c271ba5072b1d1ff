import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/corpus/load.js';
import { chooseSchemas } from '../../src/validate/schema-choice.js';

const FALLBACK = path.resolve('schemas/tei-edition.rng');
const TEI_ALL = path.resolve('schemas/tei/tei_all.rng');

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
      lite: tei('<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_lite.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      tite: tei('<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_tite.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      unknown: tei('<?xml-model href="https://dracor.org/schema.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      unknown2: tei('<?xml-model href="https://dracor.org/schema.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      missing: tei('<?xml-model href="schema/gone.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>'),
      none: tei(''),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, `${name}.xml`), text);
    const loaded = loadFiles(Object.keys(files).map((name) => path.join(root, `${name}.xml`))).files;
    const { groups, diagnostics } = chooseSchemas(loaded, FALLBACK);
    const schemaOf = (name: string) => groups.find((group) => group.files.some((file) => file.path.endsWith(`${name}.xml`)))?.schema;
    expect(schemaOf('local')).toBe(path.join(root, 'schema/own.rng'));
    // the TEI release's tei_all, by URL, is our bundled copy; tei_lite is stood for by tei_all, which contains it
    expect(schemaOf('remote')).toBe(TEI_ALL);
    expect(schemaOf('lite')).toBe(TEI_ALL);
    // tei_tite is no restriction of tei_all (a `text` root, elements of its own namespace): not stood for
    expect(schemaOf('tite')).toBe(FALLBACK);
    expect(schemaOf('unknown')).toBe(FALLBACK);
    expect(schemaOf('missing')).toBe(FALLBACK);
    expect(schemaOf('none')).toBe(FALLBACK);
    // each substitution said once, with how many documents it concerns
    expect(diagnostics.map((d) => [path.basename(d.file), d.ruleId, d.severity, d.line])).toEqual([
      ['lite.xml', 'schema/remote', 'info', 2],
      ['tite.xml', 'schema/remote', 'info', 2],
      ['unknown.xml', 'schema/remote', 'info', 2],
      ['missing.xml', 'schema/missing', 'warning', 2],
      ['none.xml', 'schema/fallback', 'info', undefined],
    ]);
    expect(diagnostics[1].message).toContain('is not fetched and not bundled');
    expect(diagnostics[2].message).toContain('(and in 1 other document)');
    expect(diagnostics[0].message).toContain('its own restrictions are not checked');
  });
});
