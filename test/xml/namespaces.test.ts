import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/xml/parse.js';
import { allElements } from '../../src/xml/model.js';

/** The adapter keeps namespace bindings in per-prefix stacks (linear in depth): scoping must stay exact. */
function namespaces(xml: string): string[] {
  const { document, diagnostics } = parseXml('ns.xml', new TextEncoder().encode(xml));
  expect(diagnostics.filter((d) => d.ruleId === 'xml/malformed')).toEqual([]);
  return allElements(document!).map((element) => `${element.qualifiedName}=${element.namespace}${element.attributes.filter((a) => a.namespace && a.namespace !== 'http://www.w3.org/2000/xmlns/').map((a) => ` @${a.name}=${a.namespace}`).join('')}`);
}

describe('namespace scopes', () => {
  it('resolves default and prefixed namespaces, redeclared and restored', () => {
    expect(
      namespaces(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:a="urn:a"><x xmlns="urn:inner"><y/><a:z a:k="1"/></x><w xmlns:a="urn:b"><a:v/></w><a:u/><s xmlns="urn:self"/><t/></TEI>',
      ),
    ).toEqual([
      'TEI=http://www.tei-c.org/ns/1.0',
      'x=urn:inner',
      'y=urn:inner',
      'a:z=urn:a @a:k=urn:a',
      'w=http://www.tei-c.org/ns/1.0',
      'a:v=urn:b',
      'a:u=urn:a',
      's=urn:self',
      't=http://www.tei-c.org/ns/1.0',
    ]);
  });

  it('un-declares the default namespace with xmlns=""', () => {
    expect(namespaces('<TEI xmlns="http://www.tei-c.org/ns/1.0"><x xmlns=""><y/></x><z/></TEI>')).toEqual([
      'TEI=http://www.tei-c.org/ns/1.0',
      'x=',
      'y=',
      'z=http://www.tei-c.org/ns/1.0',
    ]);
  });

  it('reports a prefix used outside the element that declares it', () => {
    const { diagnostics } = parseXml('ns.xml', new TextEncoder().encode('<TEI xmlns="http://www.tei-c.org/ns/1.0"><x xmlns:a="urn:a"/><a:y/></TEI>'));
    expect(diagnostics.map((d) => d.message).join()).toMatch(/unbound namespace prefix/);
  });

  it('knows the xml prefix everywhere', () => {
    expect(namespaces('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="a"/></TEI>')[1]).toBe('p=http://www.tei-c.org/ns/1.0 @xml:id=http://www.w3.org/XML/1998/namespace');
  });
});
