import { describe, expect, it } from 'vitest';
import { lintDocuments, type LintOptions } from '../../src/lint/lint.js';
import type { XmlDocument } from '../../src/xml/model.js';
import { parse, tei } from './helpers.js';

/** Lints under the default profile (what a project with no configuration gets). */
function lintTei(documents: XmlDocument[], options: LintOptions = {}, extra: XmlDocument[] = []) {
  const byPath = new Map(extra.map((document) => [document.file, document]));
  return lintDocuments(documents, {
    loadDocument: (absolute) => [...byPath].find(([file]) => absolute.endsWith(`/${file}`))?.[1],
    ...options,
  });
}
const found = (result: { diagnostics: { ruleId: string; message: string }[] }) => result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);

describe('the tei profile: what TEI makes wrong, or what certainly does not resolve', () => {
  it('allows a lone @notBefore or @to, and still reports a range that ends before it starts', () => {
    const document = parse('a.xml', tei('<p><date notBefore="1850">after 1850</date> <date to="1923">until 1923</date> <date from="1923" to="1922">x</date></p>'));
    expect(found(lintTei([document]))).toEqual(['date-range: @from="1923" is after @to="1922"']);
    expect(found(lintDocuments([document], { profile: 'edition' })).filter((f) => f.startsWith('date-range'))).toHaveLength(3);
  });

  it('reads app/@from and app/@to as pointers, not dates', () => {
    const document = parse('a.xml', tei('<p><anchor xml:id="a1"/>word<anchor xml:id="a2"/></p><p><app from="#a1" to="#a2"><rdg wit="#B">Wort</rdg></app></p>'));
    expect(found(lintTei([document]))).toEqual([]);
  });

  it('treats @key as a key: never looked up as an xml:id', () => {
    const document = parse('a.xml', tei('<p><persName key="Escher (vom Glas) Alfred">Alfred Escher</persName></p>'));
    expect(found(lintTei([document]))).toEqual([]);
    expect(found(lintDocuments([document], { profile: 'edition' }))).toEqual([]);
  });

  it('leaves bare ids (pmb123) and undeclared private prefixes (viaf:123) to the project; the edition profile reports them', () => {
    const document = parse('a.xml', tei('<p><persName ref="pmb123">A</persName> <ref target="B1025">letter</ref> <ref target="Vollendung_d1.3">comment</ref> <author ref="viaf:64000638">X</author></p>'));
    expect(found(lintTei([document]))).toEqual([]);
    expect(found(lintDocuments([document], { profile: 'edition' }))).toEqual([
      'person-ref-resolves: persName/@ref="pmb123" does not resolve: no file pmb123 exists, and no "idRegisters" entry in edition.config.json says where ids like it live',
      'pointer-resolves: ref/@target="B1025" does not resolve: no file B1025 exists, and no "idRegisters" entry in edition.config.json says where ids like it live',
      'pointer-resolves: ref/@target="Vollendung_d1.3" does not resolve: no file Vollendung_d1.3 exists, and no "idRegisters" entry in edition.config.json says where ids like it live',
      'person-ref-resolves: author/@ref="viaf:64000638" does not resolve: the prefix "viaf:" is not declared in a listPrefixDef',
    ]);
  });

  it('still reports a missing file with an extension: persons.xml is a file, not an id', () => {
    const document = parse('a.xml', tei('<p><ref target="persons.xml">register</ref> <graphic url="scan.jpg"/></p>'));
    expect(found(lintTei([document])).map((f) => f.split(' does not')[0])).toEqual(['pointer-resolves: ref/@target="persons.xml"']);
  });

  it('resolves bare ids through the configured register, and reports the ones it does not hold', () => {
    const register = parse('indices/listperson.xml', tei('<listPerson><person xml:id="pmb123"><persName>A</persName></person></listPerson>'));
    const document = parse('a.xml', tei('<p><persName ref="pmb123">A</persName> <persName ref="pmb999">B</persName></p>'));
    const result = lintTei([document], { idRegisters: [{ prefix: 'pmb', path: '/somewhere/indices/listperson.xml', written: 'indices/listperson.xml' }] }, [register]);
    expect(found(result)).toEqual(['person-ref-resolves: persName/@ref="pmb999" does not resolve: no xml:id="pmb999" in its register indices/listperson.xml']);
  });

  it('requires unique xml:ids within a document only; across documents is the edition profile', () => {
    const level1 = parse('level1/novel.xml', tei('<p xml:id="p1">x</p>', { id: 'novel' }));
    const level2 = parse('level2/novel.xml', tei('<p xml:id="p1">x</p><p xml:id="p1">y</p>', { id: 'novel' }));
    expect(found(lintTei([level1, level2]))).toEqual(['xml-id-unique: xml:id="p1" is already used at level2/novel.xml:4:4']);
    expect(found(lintDocuments([level1, level2], { profile: 'edition' })).filter((f) => f.startsWith('xml-id-unique'))).toHaveLength(3);
  });

  it('runs no house rule: page and note sequences, untagged names, unreferenced persons', () => {
    const document = parse('a.xml', tei('<p><pb n="3"/>x<pb n="1"/> <note n="1">a</note><note n="5">b</note> Lenin and <persName ref="#trotsky">Trotsky</persName>.</p>', {
      back: '<listPerson><person xml:id="lenin"><persName>Lenin</persName></person><person xml:id="trotsky"><persName>Trotsky</persName></person><person xml:id="zinoviev"><persName>Zinoviev</persName></person></listPerson>',
    }));
    expect(found(lintTei([document]))).toEqual([]);
    const house = found(lintDocuments([document], { profile: 'edition' })).map((f) => f.split(':')[0]);
    expect(new Set(house)).toEqual(new Set(['pb-sequence', 'note-sequence', 'person-name-untagged', 'person-referenced']));
  });

  it('a house rule named in "rules" runs under the tei profile too', () => {
    const document = parse('a.xml', tei('<p><pb n="3"/>x<pb n="1"/></p>'));
    expect(found(lintTei([document], { rules: { 'pb-sequence': 'warning' } }))).toEqual(['pb-sequence: Page 1 follows page 3; expected 4']);
  });
});

describe('the edition profile: untagged names', () => {
  it("never reads a play's speaker labels as untagged names", () => {
    const play = parse('play.xml', tei('<sp who="#masha"><speaker>Masha.</speaker><p>Hello.</p></sp>', { back: '<listPerson><person xml:id="masha"><persName>Masha</persName></person></listPerson>' }));
    expect(found(lintDocuments([play], { profile: 'edition' }))).toEqual([]);
  });

  it("never suggests a name from an unrelated document's register", () => {
    const first = parse('first.xml', tei('<p>Nothing here.</p>', { id: 'first', back: '<listPerson><person xml:id="masha"><persName>Masha</persName></person></listPerson>' }));
    const second = parse('second.xml', tei('<p>Masha came.</p>', { id: 'second' }));
    expect(found(lintDocuments([first, second], { profile: 'edition', rules: { 'person-referenced': 'off' } }))).toEqual([]);
  });
});
