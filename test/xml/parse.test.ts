import { describe, expect, it } from 'vitest';
import { attribute, childElements, descendants, elementById, textContent } from '../../src/xml/model.js';
import { parseXml } from '../../src/xml/parse.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const TEI_OPEN = '<TEI xmlns="http://www.tei-c.org/ns/1.0">';

describe('parseXml: positions', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
${TEI_OPEN}
  <text xml:id="t1">
    <p  n="1"
        rend="x">Hello &amp; <hi>wörld</hi> 𝒳 tail</p>
  </text>
</TEI>
`;
  const { document, diagnostics } = parseXml('a.xml', bytes(xml));

  it('parses a well-formed TEI document without findings', () => {
    expect(diagnostics).toEqual([]);
    expect(document?.root).toMatchObject({ name: 'TEI', line: 2, column: 1, namespace: 'http://www.tei-c.org/ns/1.0' });
  });

  it('gives start tags, attributes and text their line and column', () => {
    const p = descendants(document!.root, 'p')[0];
    expect([p.line, p.column]).toEqual([4, 5]);
    expect([p.endLine, p.endColumn]).toEqual([5, 56]); // just after </p>; 𝒳 is two UTF-16 units
    expect(attribute(p, 'n')).toMatchObject({ value: '1', line: 4, column: 9, endLine: 4, endColumn: 14 });
    expect(attribute(p, 'rend')).toMatchObject({ value: 'x', line: 5, column: 9 });
    const text = p.children[0];
    expect(text).toMatchObject({ kind: 'text', value: 'Hello & ', line: 5, column: 18 });
    expect(textContent(p)).toBe('Hello & wörld 𝒳 tail');
  });

  it('looks up xml:id and children', () => {
    const textElement = elementById(document!, 't1');
    expect(textElement?.name).toBe('text');
    expect(childElements(textElement!).map((e) => e.name)).toEqual(['p']);
    expect(descendants(document!.root, 'hi')[0].parent?.name).toBe('p');
  });
});

describe('parseXml: bad input never throws', () => {
  it('reports malformed XML with line and column', () => {
    const result = parseXml('m.xml', bytes(`${TEI_OPEN}\n  <teiHeader>\n    <p>oops</teiHeader>\n</TEI>\n`));
    expect(result.document).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'm.xml', ruleId: 'xml/malformed', line: 3, severity: 'error', source: 'xml' });
    expect(result.diagnostics[0].column).toBeGreaterThan(0);
  });

  it('reports an empty (or blank) file', () => {
    for (const text of ['', '  \n\n']) {
      const result = parseXml('e.xml', bytes(text));
      expect(result.document).toBeUndefined();
      expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['xml/empty']);
    }
  });

  it('reports bytes that are not UTF-8 at the line of the byte', () => {
    const latin1 = new Uint8Array([...bytes(`${TEI_OPEN}\n<p>caf`), 0xe9, ...bytes('</p></TEI>')]);
    const result = parseXml('l.xml', latin1);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'xml/encoding', line: 2, column: 7 });
    expect(result.diagnostics[0].message).toContain(`byte offset ${TEI_OPEN.length + 7}`);
  });

  it('reports an XML declaration naming another encoding', () => {
    const result = parseXml('d.xml', bytes(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${TEI_OPEN}</TEI>`));
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['xml/encoding']);
  });

  it('requires TEI or teiCorpus in the TEI namespace', () => {
    expect(parseXml('n.xml', bytes('<TEI><text/></TEI>')).diagnostics.map((d) => d.ruleId)).toEqual(['xml/not-tei']);
    expect(parseXml('h.xml', bytes('<html xmlns="http://www.w3.org/1999/xhtml"/>')).diagnostics[0]).toMatchObject({ ruleId: 'xml/not-tei', line: 1, column: 1 });
    expect(parseXml('c.xml', bytes('<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"/>')).diagnostics).toEqual([]);
  });

  it('refuses DOCTYPE and entity declarations without expanding them', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${TEI_OPEN}<p>&x;</p></TEI>\n`;
    const result = parseXml('x.xml', bytes(xml));
    const ids = result.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`);
    expect(ids).toEqual(['xml/doctype 2:1', `xml/entity 3:${TEI_OPEN.length + 4}`]);
    expect(textContent(result.document!.root)).not.toContain('root:');
  });

  it('reports external entity references', () => {
    const result = parseXml('r.xml', bytes(`${TEI_OPEN}<p>&nbsp;</p></TEI>`));
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['xml/entity']);
  });

  it('reports XInclude elements and never resolves them', () => {
    const xml = `${TEI_OPEN}\n  <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>\n</TEI>`;
    const result = parseXml('i.xml', bytes(xml));
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(['xml/xinclude 2:3']);
    expect(textContent(result.document!.root).trim()).toBe('');
  });

  it('turns arbitrary garbage into diagnostics, never exceptions', () => {
    const inputs = ['<', '<<>>', '<TEI', '</TEI>', '<a><b></a>', '\u0000', '<?xml?>', '<!-- x', '<a b="1" b="2"/>', 'plain text'];
    for (const input of inputs) {
      const result = parseXml('g.xml', bytes(input));
      expect(result.diagnostics.length, input).toBeGreaterThan(0);
      for (const d of result.diagnostics) expect(d.line, input).toBeGreaterThan(0);
    }
  });
});
