import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdPassError, assignIds } from '../../src/ids/assign-ids.js';
import { xmlFiles } from '../site/site-fixture.js';

const DOC = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a <p> in a comment is not an element -->
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="wo-x">
  <teiHeader><fileDesc><p>header paragraphs are not cited</p></fileDesc></teiHeader>
  <text>
    <body>
      <head>Title</head>
      <pb n="7"/>
      <p rend="a>b">One<note n="1">A note <p>inside</p></note></p>
      <p xml:id="wo-x-para5">Kept</p>
      <p
        n="3">Two</p>
      <pb n="7"/>
      <![CDATA[<p>not markup</p>]]>
    </body>
  </text>
</TEI>
`;

describe('the stable id pass', () => {
  it('adds ids after the element name only, numbering each kind after its highest existing id', () => {
    const { xml, added } = assignIds(DOC);
    expect(added).toBe(7);
    expect(xml).toContain('<head xml:id="wo-x-h1">Title</head>');
    expect(xml).toContain('<pb xml:id="wo-x-p7" n="7"/>');
    expect(xml).toContain('<p xml:id="wo-x-para6" rend="a>b">One<note xml:id="wo-x-n1" n="1">A note <p xml:id="wo-x-para7">inside</p>');
    expect(xml).toContain('<p xml:id="wo-x-para5">Kept</p>');
    expect(xml).toContain('<p xml:id="wo-x-para8"\n        n="3">Two</p>');
    // the second page 7 cannot take the same id
    expect(xml).toContain('<pb xml:id="wo-x-pb1" n="7"/>');
    expect(xml).toContain('<fileDesc><p>header');
    expect(xml).toContain('<![CDATA[<p>not markup</p>]]>');
    // nothing else changed
    expect(xml.replace(/ xml:id="wo-x-(h1|p7|para6|n1|para7|para8|pb1)"/g, '')).toBe(DOC);
  });

  it('is idempotent and deterministic', () => {
    const once = assignIds(DOC).xml;
    expect(assignIds(once)).toEqual({ xml: once, added: 0 });
    expect(assignIds(DOC).xml).toBe(once);
  });

  it('never renumbers: a paragraph inserted later gets the next free number', () => {
    const once = assignIds(DOC).xml;
    const edited = once.replace('<p xml:id="wo-x-para5">Kept</p>', '<p>New</p><p xml:id="wo-x-para5">Kept</p>');
    const { xml } = assignIds(edited);
    expect(xml).toContain('<p xml:id="wo-x-para9">New</p><p xml:id="wo-x-para5">Kept</p>');
    expect(xml.replace(' xml:id="wo-x-para9"', '')).toBe(edited);
  });

  it('refuses a document that is not a TEI text with an id', () => {
    expect(() => assignIds('<TEI><text><p/></text></TEI>')).toThrow(IdPassError);
    expect(() => assignIds('<TEI xml:id="a"><text><p a="1></text></TEI>')).toThrow(IdPassError);
  });

  const corpus = path.resolve(__dirname, '..', '..', 'tei', 'texts');
  const files = (() => {
    try {
      return xmlFiles(corpus);
    } catch {
      return [];
    }
  })();
  it.runIf(files.length > 0)('has been run on tei/: every citable element of every text has its id', () => {
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      expect({ file: path.basename(file), added: assignIds(xml).added }).toEqual({ file: path.basename(file), added: 0 });
    }
  });
});
