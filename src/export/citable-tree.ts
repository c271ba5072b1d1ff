/**
 * The citation trees of a text, for DTS: divisions and paragraphs (the default tree) and, where the
 * text has page breaks, its pages (a second tree, "pages"). A unit's identifier is its @xml:id where it
 * has one, else a position ("d2.p3": the third paragraph of the second division) — deterministic, and
 * replaced by the id as soon as the TEI gives one.
 */
import { attr, childElements, textContent, xmlId, allElements, type XmlDocument, type XmlElement } from '../xml/model.js';
import { normalize } from './tei-values.js';

export interface CitableUnit {
  identifier: string;
  citeType: string;
  level: number;
  parent: string | null;
  title?: string;
  /** A unit of the default tree is an element; a page is the stretch from its pb to the next. */
  element?: XmlElement;
  range?: { start: number; end: number };
  children: CitableUnit[];
}

export interface CiteStructure {
  citeType: string;
  citeStructure?: CiteStructure[];
}

export interface CitationTree {
  /** Undefined for the default tree. */
  identifier?: string;
  description: string;
  /** Every unit in document order (pre-order). */
  units: CitableUnit[];
  structure: CiteStructure[];
}

const DIVISION = /^div[1-7]?$/;
const BLOCKS: Record<string, string> = { p: 'paragraph', ab: 'paragraph', lg: 'stanza' };
/** Not part of the reading text's structure, or citable as a whole only. */
const SKIP = new Set(['teiHeader', 'note', 'fw', 'facsimile', 'standOff']);

export function citationTrees(document: XmlDocument): CitationTree[] {
  const text = childElements(document.root, 'text')[0];
  if (!text) return [];
  const taken = new Set<string>();
  for (const element of allElements(document)) {
    const id = xmlId(element);
    if (id) taken.add(id);
  }
  const trees = [structureTree(text, taken)];
  const pages = pageTree(document, text, taken);
  if (pages) trees.push(pages);
  return trees;
}

function structureTree(text: XmlElement, taken: Set<string>): CitationTree {
  const units: CitableUnit[] = [];
  const positional = new Set<string>();
  const visit = (element: XmlElement, parent: CitableUnit | undefined, counters: Map<string, number>) => {
    for (const child of childElements(element)) {
      if (SKIP.has(child.name)) continue;
      const isDivision = DIVISION.test(child.name);
      const blockType = BLOCKS[child.name];
      if (!isDivision && !blockType) {
        visit(child, parent, counters);
        continue;
      }
      const letter = isDivision ? 'd' : child.name === 'lg' ? 'l' : 'p';
      const position = (counters.get(letter) ?? 0) + 1;
      counters.set(letter, position);
      const unit: CitableUnit = {
        identifier: unitId(xmlId(child), `${parent ? `${parent.identifier}.` : ''}${letter}${position}`, taken, positional),
        citeType: isDivision ? (attr(child, 'type') ?? 'division') : blockType,
        level: parent ? parent.level + 1 : 1,
        parent: parent ? parent.identifier : null,
        title: isDivision ? headTitle(child) : undefined,
        element: child,
        children: [],
      };
      units.push(unit);
      parent?.children.push(unit);
      if (isDivision) visit(child, unit, new Map());
    }
  };
  visit(text, undefined, new Map());
  return { description: 'divisions and paragraphs', units, structure: structureOf(units.filter((unit) => unit.level === 1)) };
}

function pageTree(document: XmlDocument, text: XmlElement, taken: Set<string>): CitationTree | undefined {
  const breaks = allElements(document).filter((element) => element.name === 'pb' && element.offset > text.offset && element.endOffset <= text.endOffset);
  if (breaks.length === 0) return undefined;
  const positional = new Set<string>();
  const units = breaks.map((pb, index): CitableUnit => {
    const n = attr(pb, 'n')?.trim();
    return {
      identifier: unitId(xmlId(pb), `page-${n && /^[\w.-]+$/.test(n) ? n : index + 1}`, taken, positional),
      citeType: 'page',
      level: 1,
      parent: null,
      title: n ? `p. ${n}` : undefined,
      range: { start: pb.offset, end: index + 1 < breaks.length ? breaks[index + 1].offset : text.endOffset },
      children: [],
    };
  });
  return { identifier: 'pages', description: 'pages of the source, from its page breaks', units, structure: [{ citeType: 'page' }] };
}

/** The id the TEI gives, else a positional one that no id of the document uses. */
function unitId(id: string | undefined, position: string, taken: Set<string>, positional: Set<string>): string {
  if (id && !positional.has(id)) {
    positional.add(id);
    return id;
  }
  let candidate = position;
  for (let n = 2; taken.has(candidate) || positional.has(candidate); n++) candidate = `${position}-${n}`;
  positional.add(candidate);
  return candidate;
}

function headTitle(division: XmlElement): string | undefined {
  const head = childElements(division, 'head')[0];
  const title = head ? normalize(textContent(head)) : '';
  return title || undefined;
}

/** The kinds of unit at each level, merged over the whole tree. */
function structureOf(units: CitableUnit[]): CiteStructure[] {
  const byType = new Map<string, CitableUnit[]>();
  for (const unit of units) byType.set(unit.citeType, [...(byType.get(unit.citeType) ?? []), ...unit.children]);
  return [...byType].map(([citeType, children]) => (children.length ? { citeType, citeStructure: structureOf(children) } : { citeType }));
}
