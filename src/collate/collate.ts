/**
 * Automatic collation of two witnesses of one text (a TEI text whose text/@corresp names the other).
 * The result is data, a stand-off TEI document beside the texts (tei/collation/coll-<work>.xml):
 * - linkGrp type="alignment": the paragraphs (and other blocks) of the two witnesses paired by
 *   content, in the order of the first witness; a block without a partner is linked alone;
 * - listApp: where the two are the same translation, every place where their words differ, as an
 *   app with one rdg per witness (@wit); @corresp names the aligned pair, @loc the position of the
 *   first differing word in each witness ("w12 w13": 0-based word index in the block's reading).
 * A block's reading is its text without notes and without the source readings that a correction
 * replaces (sic, orig, abbr), whitespace normalised, split into words at spaces — the same reading
 * xslt/common/comparison.xsl shows. Everything is deterministic: same input, same file.
 */
import { XML_NAMESPACE, type XmlDocument, type XmlElement, type XmlNode } from '../xml/model.js';

/** Blocks that are compared: the citable blocks of npm run ids, except notes and page breaks. */
const BLOCKS = new Set(['p', 'head', 'ab', 'item', 'l', 'salute', 'signed', 'dateline', 'byline', 'trailer', 'cell']);
const SKIPPED = new Set(['note', 'sic', 'orig', 'abbr']);
/** Below this word overlap two blocks are not the same paragraph. */
const PAIR_THRESHOLD = 0.3;
/** Below this share of common words the witnesses are different translations: aligned, not collated. */
const SAME_TRANSLATION = 0.75;

export interface Block {
  id: string;
  words: string[];
}

export interface Witness {
  /** Document id (TEI/@xml:id). */
  id: string;
  /** Path of the TEI file relative to the collation file. */
  path: string;
  title: string;
  blocks: Block[];
}

export interface Variant {
  /** Word index of the variant in each block. */
  at: [number, number];
  readings: [string[], string[]];
}

export interface AlignedPair {
  blocks: [Block | undefined, Block | undefined];
  variants: Variant[];
}

export interface Collation {
  id: string;
  witnesses: [Witness, Witness];
  sameTranslation: boolean;
  /** Share of words the paired blocks have in common, case and punctuation aside (0–1). */
  agreement: number;
  pairs: AlignedPair[];
}

function xmlIdOf(element: XmlElement): string | undefined {
  return element.attributes.find((a) => a.localName === 'id' && a.namespace === XML_NAMESPACE)?.value;
}

function readingOf(nodes: readonly XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.kind === 'text') text += node.value;
    else if (node.kind === 'element' && !SKIPPED.has(node.name)) text += readingOf(node.children);
  }
  return text;
}

/** XPath's normalize-space: only space, tab, CR and LF count as white space. */
export function words(text: string): string[] {
  const normalised = text.replace(/[ \t\r\n]+/g, ' ').trim();
  return normalised === '' ? [] : normalised.split(' ');
}

/** The innermost blocks of the text (a block holding other blocks is left to them), outside notes. */
export function blocksOf(document: XmlDocument): Block[] {
  const blocks: Block[] = [];
  const visit = (element: XmlElement, inText: boolean): void => {
    if (element.name === 'note' || element.name === 'teiHeader') return;
    const isText = inText || element.name === 'text';
    if (isText && BLOCKS.has(element.name) && !hasBlockInside(element)) {
      const id = xmlIdOf(element);
      if (id) blocks.push({ id, words: words(readingOf(element.children)) });
      return;
    }
    for (const child of element.children) if (child.kind === 'element') visit(child, isText);
  };
  visit(document.root, false);
  return blocks.filter((block) => block.words.length > 0);
}

/** A paragraph is always one block: lists or verse inside it run on in the page. */
function hasBlockInside(element: XmlElement): boolean {
  if (element.name === 'p') return false;
  return element.children.some((child) => child.kind === 'element' && child.name !== 'note' &&
    (BLOCKS.has(child.name) || hasBlockInside(child)));
}

function comparable(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Dice coefficient of the two blocks' word multisets (case and punctuation ignored). */
function similarity(a: Block, b: Block): number {
  const counts = new Map<string, number>();
  for (const word of a.words.map(comparable)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  let total = 0;
  for (const word of b.words.map(comparable)) {
    if (!word) continue;
    total++;
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  total += a.words.map(comparable).filter(Boolean).length;
  return total === 0 ? 0 : (2 * common) / total;
}

/** Pairs blocks in order, maximising the summed similarity of the pairs (a monotone alignment). */
export function alignBlocks(left: Block[], right: Block[]): Array<[Block | undefined, Block | undefined]> {
  const n = left.length;
  const m = right.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const sim: number[][] = left.map((a) => right.map((b) => similarity(a, b)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = sim[i][j] >= PAIR_THRESHOLD ? sim[i][j] + score[i + 1][j + 1] : -1;
      score[i][j] = Math.max(pair, score[i + 1][j], score[i][j + 1]);
    }
  }
  const pairs: Array<[Block | undefined, Block | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sim[i][j] >= PAIR_THRESHOLD && score[i][j] === sim[i][j] + score[i + 1][j + 1]) {
      pairs.push([left[i++], right[j++]]);
    } else if (j >= m || (i < n && score[i][j] === score[i + 1][j])) {
      pairs.push([left[i++], undefined]);
    } else {
      pairs.push([undefined, right[j++]]);
    }
  }
  return pairs;
}

/** The places where two word sequences differ (longest common subsequence, exact words). */
export function wordVariants(a: string[], b: string[]): { variants: Variant[]; common: number } {
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const variants: Variant[] = [];
  let open: Variant | undefined;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) {
      open = { at: [i, j], readings: [[], []] };
      variants.push(open);
    }
    if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) open.readings[0].push(a[i++]);
    else open.readings[1].push(b[j++]);
  }
  return { variants, common: lcs[0]?.[0] ?? 0 };
}

export function collate(id: string, first: Witness, second: Witness): Collation {
  const aligned = alignBlocks(first.blocks, second.blocks);
  let common = 0;
  let total = 0;
  const pairs: AlignedPair[] = aligned.map((blocks) => {
    const [a, b] = blocks;
    if (!a || !b) return { blocks, variants: [] };
    // Agreement of the paired blocks, case and punctuation aside: is it the same translation?
    const left = a.words.map(comparable).filter(Boolean);
    const right = b.words.map(comparable).filter(Boolean);
    total += left.length + right.length;
    common += 2 * wordVariants(left, right).common;
    return { blocks, variants: wordVariants(a.words, b.words).variants };
  });
  const agreement = total === 0 ? 0 : common / total;
  const sameTranslation = agreement >= SAME_TRANSLATION;
  return {
    id,
    witnesses: [first, second],
    sameTranslation,
    agreement,
    pairs: sameTranslation ? pairs : pairs.map((pair) => ({ ...pair, variants: [] })),
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The collation as a TEI document (stand-off: it points into the witnesses and copies only the variant words). */
export function collationToTei(collation: Collation): string {
  const [first, second] = collation.witnesses;
  const wit = (index: number) => `${collation.id}-${index === 0 ? 'a' : 'b'}`;
  const pointer = (index: number, block: Block) => `${collation.witnesses[index].path}#${block.id}`;
  const variantCount = collation.pairs.reduce((sum, pair) => sum + pair.variants.length, 0);
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  // Written to tei/collation/, two folders below the edition's schema, like every other TEI file.
  lines.push('<?xml-model href="../../schemas/tei-edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>');
  lines.push('<!-- Generated by `npm run collate` from the two witnesses; do not edit by hand: run it again. -->');
  lines.push(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${collation.id}">`);
  lines.push('  <teiHeader>');
  lines.push('    <fileDesc>');
  lines.push(`      <titleStmt><title>${escapeXml(first.title)}: the two witnesses compared</title></titleStmt>`);
  lines.push('      <publicationStmt><p>Part of the edition; an automatic collation made by the edition’s tool.</p></publicationStmt>');
  lines.push('      <sourceDesc>');
  lines.push('        <listBibl>');
  for (const [index, witness] of collation.witnesses.entries()) {
    lines.push(`          <bibl xml:id="${wit(index)}"><title>${escapeXml(witness.title)}</title><relatedItem type="witness" target="${escapeXml(witness.path)}"/></bibl>`);
  }
  lines.push('        </listBibl>');
  lines.push('      </sourceDesc>');
  lines.push('    </fileDesc>');
  lines.push('    <encodingDesc>');
  lines.push('      <editorialDecl>');
  lines.push(`        <p>The blocks of the two witnesses are paired by their words (alignment); ${collation.sameTranslation
    ? `the witnesses print the same translation (${Math.round(collation.agreement * 100)} % of the words agree), so every place where the words of a pair differ is an app, with one rdg per witness. The loc of an app gives the position of its first word in each witness (0-based word index in the block, whitespace-separated, notes and source readings left out); an empty rdg is an omission.`
    : `the witnesses print different translations (${Math.round(collation.agreement * 100)} % of the words agree), so they are aligned but not collated word by word.`}</p>`);
  lines.push('      </editorialDecl>');
  lines.push('    </encodingDesc>');
  lines.push('  </teiHeader>');
  lines.push('  <standOff>');
  lines.push(`    <linkGrp type="alignment" subtype="${collation.sameTranslation ? 'same-translation' : 'different-translation'}">`);
  collation.pairs.forEach((pair, index) => {
    const targets = pair.blocks.flatMap((block, side) => (block ? [pointer(side, block)] : []));
    const type = !pair.blocks[0] || !pair.blocks[1] ? 'unmatched' : pair.variants.length > 0 || !collation.sameTranslation ? 'variant' : 'identical';
    lines.push(`      <link xml:id="${collation.id}-pair${index + 1}" type="${type}" target="${escapeXml(targets.join(' '))}"/>`);
  });
  lines.push('    </linkGrp>');
  if (variantCount > 0) {
    lines.push('    <listApp>');
    collation.pairs.forEach((pair, index) => {
      for (const variant of pair.variants) {
        const readings = variant.readings
          .map((reading, side) => reading.length === 0
            ? `<rdg wit="#${wit(side)}"/>`
            : `<rdg wit="#${wit(side)}">${escapeXml(reading.join(' '))}</rdg>`)
          .join('');
        lines.push(`      <app corresp="#${collation.id}-pair${index + 1}" loc="w${variant.at[0]} w${variant.at[1]}">${readings}</app>`);
      }
    });
    lines.push('    </listApp>');
  }
  lines.push('  </standOff>');
  lines.push('</TEI>');
  return lines.join('\n') + '\n';
}
