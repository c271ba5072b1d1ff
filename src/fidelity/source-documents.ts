/**
 * Finds the TEI documents drawn from one source: `sourceDesc/bibl/ptr/@target = src:<id>`,
 * ordered by where they start in the seed (`citedRange[@unit='line']/@from` of that bibl).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { streamXml, XmlSyntaxError } from '../xml/stream.js';

/** A TEI file that is not well-formed: reported as file:line:column. */
export class MalformedDocumentError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${path}:${line}:${column}: ${reason}`);
    this.name = 'MalformedDocumentError';
  }
}

export interface SourceDocument {
  path: string;
  xml: string;
  /** First seed line of the document; Infinity when the header does not say. */
  fromLine: number;
}

export interface SourcePointer {
  target: string;
  fromLine?: number;
}

/** The `bibl`s of `sourceDesc` that point to a source (`ptr/@target`), with their seed line. */
export function readSourcePointers(xml: string): SourcePointer[] {
  const pointers: SourcePointer[] = [];
  const path: string[] = [];
  let current: SourcePointer | undefined;
  streamXml(xml, {
    openElement(name, attributes) {
      path.push(name);
      const inSourceBibl = path.length >= 2 && path[path.length - 2] === 'bibl' && path.includes('sourceDesc');
      if (name === 'bibl' && path[path.length - 2] === 'sourceDesc') current = { target: '' };
      else if (inSourceBibl && current && name === 'ptr') current.target = attributes.target ?? '';
      else if (inSourceBibl && current && name === 'citedRange' && attributes.unit === 'line') {
        const from = Number(attributes.from);
        if (Number.isInteger(from)) current.fromLine = from;
      }
    },
    closeElement(name) {
      path.pop();
      if (name === 'bibl' && current && path[path.length - 1] === 'sourceDesc') {
        if (current.target) pointers.push(current);
        current = undefined;
      }
    },
    text() {},
  });
  return pointers;
}

export function listXmlFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) for (const file of listXmlFiles(full)) files.push(file);
    else if (entry.name.endsWith('.xml')) files.push(full);
  }
  return files.sort();
}

/**
 * Every text of the corpus by the source it is drawn from, each read and parsed once, in seed order.
 * Callers that check several sources build this once and pass it on.
 */
export function readSourceCatalogue(teiDirectory: string): Map<string, SourceDocument[]> {
  const catalogue = new Map<string, SourceDocument[]>();
  for (const path of listXmlFiles(join(teiDirectory, 'texts'))) {
    const xml = readFileSync(path, 'utf8');
    let pointers: SourcePointer[];
    try {
      pointers = readSourcePointers(xml);
    } catch (error) {
      if (error instanceof XmlSyntaxError) {
        throw new MalformedDocumentError(path, error.line, error.column, error.message);
      }
      throw error;
    }
    const seen = new Set<string>();
    for (const pointer of pointers) {
      const sourceId = pointer.target.replace(/^src:/, '');
      if (!pointer.target.startsWith('src:') || seen.has(sourceId)) continue;
      seen.add(sourceId);
      catalogue.set(sourceId, [...(catalogue.get(sourceId) ?? []), { path, xml, fromLine: pointer.fromLine ?? Infinity }]);
    }
  }
  for (const documents of catalogue.values()) {
    documents.sort((a, b) => a.fromLine - b.fromLine || a.path.localeCompare(b.path));
  }
  return catalogue;
}

export function findSourceDocuments(
  teiDirectory: string,
  sourceId: string,
  catalogue: Map<string, SourceDocument[]> = readSourceCatalogue(teiDirectory),
): SourceDocument[] {
  return catalogue.get(sourceId) ?? [];
}
