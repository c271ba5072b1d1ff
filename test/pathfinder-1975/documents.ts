/** Shared by the Pathfinder tests: the TEI documents of the source in seed order, and a walk over their elements. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamXml } from '../../src/xml/stream.js';
import { findSourceDocuments, type SourceDocument } from '../../src/fidelity/source-documents.js';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const teiDirectory = join(repositoryRoot, 'tei');
export const seedPath = join(repositoryRoot, '..', 'shared', 'seeds', '002_bbcd4ea18619e104.txt');

export function pathfinderDocuments(): SourceDocument[] {
  return findSourceDocuments(teiDirectory, 'pathfinder-1975');
}

export interface ElementVisit {
  name: string;
  attributes: Record<string, string>;
  /** Names of the open ancestors, outermost first. */
  ancestors: string[];
}

export function elementsOf(xml: string): ElementVisit[] {
  const visits: ElementVisit[] = [];
  const stack: string[] = [];
  streamXml(xml, {
    openElement(name, attributes) {
      visits.push({ name, attributes, ancestors: [...stack] });
      stack.push(name);
    },
    closeElement() {
      stack.pop();
    },
    text() {},
  });
  return visits;
}

/** The `citedRange unit="part"` of the header ("Part IV" → 4), if any. */
export function partOf(xml: string): number | undefined {
  const roman = /<citedRange unit="part">Part ([IVX]+)<\/citedRange>/.exec(xml)?.[1];
  return roman ? ['I', 'II', 'III', 'IV', 'V', 'VI'].indexOf(roman) + 1 : undefined;
}
