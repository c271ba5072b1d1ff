import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignBlocks, blocksOf, collate, collationToTei, wordVariants, words, type Witness } from '../../src/collate/collate.js';
import { parseXml } from '../../src/xml/parse.js';

const block = (id: string, text: string) => ({ id, words: words(text) });

function witness(id: string, texts: string[]): Witness {
  return { id, path: `../texts/${id}.xml`, title: id, blocks: texts.map((text, index) => block(`${id}-para${index + 1}`, text)) };
}

describe('the collation of two witnesses', () => {
  it('reads a block as the collation defines it: no notes, no source readings, words at white space', () => {
    const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t"><teiHeader><p xml:id="t-x">header</p></teiHeader><text><body>
      <p xml:id="t-para1">One <choice><sic>tow</sic><corr>two</corr></choice>\u00a0three<note xml:id="t-n1"><p xml:id="t-para3">a note</p></note>
      four</p><div><head xml:id="t-h1">Head</head></div></body></text></TEI>`;
    const { document } = parseXml('t.xml', Buffer.from(xml));
    // a no-break space is not white space for XPath's normalize-space, so not here either
    expect(blocksOf(document!)).toEqual([block('t-para1', 'One two\u00a0three four'), block('t-h1', 'Head')]);
  });

  it('pairs blocks by their words, in order, leaving a block without a partner alone', () => {
    const left = [block('a1', 'An introduction by the blog'), block('a2', 'I suppose I have been very remiss'), block('a3', 'When this question arose last summer')];
    const right = [block('b1', 'I suppose I have been very remiss indeed'), block('b2', 'When this question arose last summer I was ill')];
    expect(alignBlocks(left, right).map(([a, b]) => [a?.id, b?.id])).toEqual([['a1', undefined], ['a2', 'b1'], ['a3', 'b2']]);
  });

  it('finds every place where the words differ, an omission as an empty reading', () => {
    const { variants } = wordVariants(words('the question of the Soviet socialist republics'), words('the question of the Union of Soviet Socialist Republics'));
    expect(variants).toEqual([
      { at: [4, 4], readings: [[], ['Union', 'of']] },
      { at: [5, 7], readings: [['socialist', 'republics'], ['Socialist', 'Republics']] },
    ]);
    expect(wordVariants(words('same words'), words('same words')).variants).toEqual([]);
  });

  it('collates the same translation word by word, and only aligns different translations', () => {
    const same = collate('coll-x', witness('a', ['I declare war to the death on chauvinism.']), witness('b', ['I declare war to the death on Great Russian chauvinism.']));
    expect(same.sameTranslation).toBe(true);
    expect(same.pairs[0].variants).toEqual([{ at: [7, 7], readings: [[], ['Great', 'Russian']] }]);
    const tei = collationToTei(same);
    expect(tei).toContain('<link xml:id="coll-x-pair1" type="variant" target="../texts/a.xml#a-para1 ../texts/b.xml#b-para1"/>');
    expect(tei).toContain('<app corresp="#coll-x-pair1" loc="w7 w7"><rdg wit="#coll-x-a"/><rdg wit="#coll-x-b">Great Russian</rdg></app>');
    // deterministic
    expect(collationToTei(collate('coll-x', witness('a', ['I declare war to the death on chauvinism.']), witness('b', ['I declare war to the death on Great Russian chauvinism.'])))).toBe(tei);

    const different = collate('coll-y', witness('a', ['Stalin tends to be somewhat hasty about it all.']), witness('b', ['Stalin is rather in too much of a hurry about it.']));
    expect(different.sameTranslation).toBe(false);
    expect(different.pairs.every((pair) => pair.variants.length === 0)).toBe(true);
    expect(collationToTei(different)).not.toContain('<app');
  });

  const collations = path.resolve(__dirname, '..', '..', 'tei', 'collation');
  const files = (() => {
    try {
      return readdirSync(collations).filter((name) => name.endsWith('.xml')).sort();
    } catch {
      return [];
    }
  })();
  it.runIf(files.length > 0)('is recorded for the five works printed twice, and up to date with their witnesses', () => {
    expect(files).toHaveLength(5);
    let same = 0;
    for (const name of files) {
      const recorded = readFileSync(path.join(collations, name), 'utf8');
      const targets = [...recorded.matchAll(/<relatedItem type="witness" target="([^"]+)"\/>/g)].map((match) => match[1]);
      expect(targets).toHaveLength(2);
      const [first, second] = targets.map((target): Witness => {
        const file = path.resolve(collations, target);
        const { document } = parseXml(file, readFileSync(file));
        const id = /xml:id="([^"]+)"/.exec(readFileSync(file, 'utf8'))![1];
        const title = /<bibl xml:id="[^"]+"><title>([^<]*)<\/title><relatedItem type="witness" target="([^"]+)"/g;
        const titles = new Map([...recorded.matchAll(title)].map((match) => [match[2], match[1]]));
        return { id, path: target, title: titles.get(target)!.replace(/&amp;/g, '&'), blocks: blocksOf(document!) };
      });
      const collation = collate(name.replace(/\.xml$/, ''), first, second);
      // npm run collate would write the same file: the recorded collation is the witnesses' current one
      expect(collationToTei(collation)).toBe(recorded);
      if (collation.sameTranslation) same++;
    }
    // four of the five are the same translation (Collected Works); the letter to Kamenev is not
    expect(same).toBe(4);
  }, 120_000);
});
