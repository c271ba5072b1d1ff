import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/lint.js';
import { lint, parse } from './helpers.js';

/** Odd but well-formed markup: every rule must cope (findings are fine, exceptions are not). */
const FRAGMENTS = [
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>',
  '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><TEI><text/></TEI><TEI xml:id=""/></teiCorpus>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><date/><date when=""/><date when="  "/><date from="" to="x"/><date when="-"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><persName ref=""/><persName ref=" # "/><persName ref="#"/><persName ref=":"/><persName ref="a:b:c"/><ref target="..#x"/><ptr target="%E0%A4%A"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="p" matchPattern="([" replacementPattern="$1"/><prefixDef ident="q" matchPattern="(.*)" replacementPattern="q:$1"/><prefixDef ident="r"/></listPrefixDef></encodingDesc></teiHeader><text><body><p ref="p:x" corresp="q:y" target="r:z"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><note n="0"/><note n="-1"/><note n="99999999999999999999"/><note n="1 2"/><pb n=""/><pb n="0"/><pb n="1e9"/><gap reason="missing-note" n="1-999999999"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><creation><date when="1922"/><date/></creation></profileDesc><fileDesc><titleStmt><author ref="#a #b"/><author/></titleStmt><sourceDesc><citedRange unit="page" from="x"/></sourceDesc></fileDesc></teiHeader><text><back><listPerson><person xml:id="a"><birth/><death when="garbage"/></person><person/><personGrp xml:id="b"/></listPerson></back></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><date calendar="" datingMethod="#nowhere" when-custom="1917-02-30">x</date><date datingMethod="#j" when="1917" when-custom="1917">1917</date><calendar xml:id="j"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><idno type="gnd"></idno><idno type="GND">X</idno><idno type="wikidata">https://www.wikidata.org/</idno><persName ref="https://d-nb.info/gnd/"/></body></text></TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- tei-edition-disable-next-line --><!-- tei-edition-disable-next-line — --><text><body><p>Text with &lt;markup&gt; and <persName>Lenin</persName> Lenin</p></body></text><!-- tei-edition-disable-next-line date-iso — at the end --></TEI>',
  '<t:TEI xmlns:t="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x"><t:text><x:date when="1922-02-30"/><t:body><t:p x:ref="#nothing"/></t:body></t:text></t:TEI>',
  '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listPerson><person xml:id="p"><persName> </persName><persName>(</persName><persName>[a-z]+</persName><persName>L.</persName></person></listPerson></back><body><p>( [a-z]+ L. p</p></body></text></TEI>',
];

describe('rules on odd markup', () => {
  it('no rule throws on any fragment, alone or all together', () => {
    const documents = FRAGMENTS.map((fragment, i) => parse(`odd/${i}.xml`, fragment));
    for (const document of documents) {
      const result = lint([document]);
      expect(result.toolFailures, document.file).toEqual([]);
    }
    const together = lint(documents);
    expect(together.toolFailures).toEqual([]);
    // the pile has real faults; the rules do notice them
    expect(together.diagnostics.length).toBeGreaterThan(10);
    for (const finding of together.diagnostics) {
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.column).toBeGreaterThan(0);
    }
  });

  it('runs every registered rule', () => {
    expect(rules.length).toBeGreaterThanOrEqual(13);
  });
});
