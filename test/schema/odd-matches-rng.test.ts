import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/**
 * The RELAX NG is written by hand and the ODD documents it; this keeps their closed value lists
 * identical, so the documentation can never drift from what validation enforces.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
const rng = parser.parse(readFileSync('schemas/tei-edition.rng', 'utf8'));
const odd = parser.parse(readFileSync('schemas/tei-edition.odd', 'utf8'));

type Node = Record<string, Node[] | string>;

function* walk(node: unknown, name: string): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child, name);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) for (const item of value as Node[]) yield item;
      yield* walk(value, name);
    }
  }
}

function rngValues(element: string, attribute: string): string[] {
  const define = [...walk(rng, 'define')].find((d) => {
    const el = (d.element as Node[] | undefined)?.[0];
    return el?.['@name'] === element;
  });
  if (!define) return [];
  const attr = [...walk(define, 'attribute')].find((a) => a['@name'] === attribute);
  return [...walk(attr, 'value')].map((v) => String((v as unknown as { '#text'?: string })['#text'] ?? v));
}

function oddLists(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const spec of walk(odd, 'elementSpec')) {
    for (const attDef of walk(spec, 'attDef')) {
      const items = [...walk(attDef, 'valItem')].map((item) => String(item['@ident']));
      if (items.length) lists.set(`${spec['@ident']}/@${attDef['@ident']}`, items);
    }
  }
  return lists;
}

describe('schemas/tei-edition.odd documents schemas/tei-edition.rng', () => {
  const lists = oddLists();

  it('documents some closed lists at all', () => {
    expect([...lists.keys()]).toEqual(expect.arrayContaining(['div/@type', 'note/@type', 'note/@place', 'seg/@type']));
  });

  for (const [key, values] of lists) {
    it(`${key}: the ODD's closed list is the one the RELAX NG enforces`, () => {
      const [element, attribute] = key.split('/@');
      expect(rngValues(element, attribute).sort()).toEqual([...values].sort());
    });
  }
});
