import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildCorpus } from './site-fixture.js';

/**
 * Every element of TEI's common modules keeps its text on the page. The element list is data, not a
 * hand list: the module of each element comes from the TEI sources (element-modules.tsv, with its
 * provenance), checked against the elements tei_all.rng defines. One document holds every element,
 * each with a unique token as its text; each token must reach the HTML. Elements whose content
 * tei_all declares empty (lb, pb, anchor …) have no text to keep.
 */
const COMMON_MODULES = ['core', 'textstructure', 'header', 'namesdates', 'transcr', 'textcrit', 'drama', 'verse', 'figures', 'linking', 'analysis'];
const TEI_ALL = path.resolve(__dirname, '..', '..', '..', 'shared', 'reference', 'tei', 'tei_all.rng');
const MODULES_TABLE = path.resolve(__dirname, 'tei-vocabulary', 'element-modules.tsv');

/** Elements of the TEI namespace and their module (egXML, of the Examples namespace, is left out). */
function moduleTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(MODULES_TABLE, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [element, module, namespace] = line.split('\t');
    if (!namespace) table.set(element, module);
  }
  return table;
}

/** Elements tei_all defines, each with whether its content is declared empty (attributes aside). */
function schemaElements(): Map<string, { empty: boolean }> {
  const rng = readFileSync(TEI_ALL, 'utf8');
  const elements = new Map<string, { empty: boolean }>();
  for (const match of rng.matchAll(/<define name="([^"]+)">\s*<element name="([^"]+)">([\s\S]*?)<\/element>\s*<\/define>/g)) {
    const content = match[3]
      .replace(/<a:documentation[\s\S]*?<\/a:documentation>/g, '')
      .replace(/<attribute\b[\s\S]*?<\/attribute>/g, '')
      .replace(/<attribute\b[^>]*\/>/g, '')
      .replace(/<ref name="att\.[^"]*"\/>/g, '')
      .replace(/<\/?(optional|group|interleave)>/g, '')
      .replace(/\s+/g, '');
    elements.set(match[2], { empty: /^(<empty\/>)+$/.test(content) || content === '' });
  }
  return elements;
}

const token = (element: string) => `zq${element}qz`;

const schemaReadable = (() => {
  try {
    readFileSync(TEI_ALL);
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(schemaReadable || process.env.CI)('rendering of TEI’s common vocabulary', () => {
  const table = moduleTable();
  const schema = schemaElements();
  const common = [...table].filter(([, module]) => COMMON_MODULES.includes(module)).map(([element]) => element).sort();

  it('the module table and tei_all.rng name the same elements', () => {
    expect(schema.size).toBeGreaterThan(500);
    expect([...schema.keys()].filter((element) => !table.has(element))).toEqual([]);
    expect([...table.keys()].filter((element) => !schema.has(element))).toEqual([]);
    // Every module asked for has elements (a misspelt module name would silently drop one).
    for (const module of COMMON_MODULES) expect([...table.values()]).toContain(module);
  });

  it('keeps the text of every element of the common modules on the page', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'vocabulary-'));
    const paragraphs = common.map((element) => `<p><${element}>${token(element)}</${element}></p>`).join('\n');
    writeFileSync(
      path.join(corpus, 'vocabulary.xml'),
      `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Vocabulary</title></titleStmt>
<publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
<text><body><div>${paragraphs}</div></body></text></TEI>`,
    );
    const site = await buildCorpus(corpus);
    expect(site.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const html = readFileSync(path.join(site.outDir, 'texts', 'vocabulary.html'), 'utf8');
    const withText = common.filter((element) => !schema.get(element)?.empty);
    expect(withText.length).toBeGreaterThan(250);
    expect(withText.filter((element) => !html.includes(token(element)))).toEqual([]);
  }, BUILD_TIMEOUT);
});
