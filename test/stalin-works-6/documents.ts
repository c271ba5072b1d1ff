/** Shared by the stalin-works-6 tests: the volume's TEI documents in seed order, and their elements in order. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamXml } from '../../src/xml/stream.js';
import { findSourceDocuments, type SourceDocument } from '../../src/fidelity/source-documents.js';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const teiDirectory = join(repositoryRoot, 'tei');
export const seedPath = join(repositoryRoot, '..', 'shared', 'seeds', '004_93893b877f0de433.txt');

export function volumeDocuments(): SourceDocument[] {
  return findSourceDocuments(teiDirectory, 'stalin-works-6');
}

export interface ElementVisit {
  name: string;
  attributes: Record<string, string>;
  /** The document it is in (file name). */
  document: string;
  /** Text directly inside (first text node), for short elements like ref. */
  text: string;
}

/** All elements of all documents, in reading order (document order within the seed order). */
export function volumeElements(documents: SourceDocument[] = volumeDocuments()): ElementVisit[] {
  const visits: ElementVisit[] = [];
  for (const document of documents) {
    const name = document.path.split('/').pop()!;
    const open: ElementVisit[] = [];
    streamXml(document.xml, {
      openElement(elementName, attributes) {
        const visit = { name: elementName, attributes, document: name, text: '' };
        visits.push(visit);
        open.push(visit);
      },
      closeElement() {
        open.pop();
      },
      text(content) {
        const current = open[open.length - 1];
        if (current) current.text += content;
      },
    });
  }
  return visits;
}
