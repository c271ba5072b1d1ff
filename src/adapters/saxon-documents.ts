/**
 * Thin adapter over Saxon-JS for reading and re-making the documents the site is built from:
 * what the root element is, the TEI members of a teiCorpus as documents of their own, and a copy
 * of a document whose root carries a given xml:id. Saxon-JS documents are immutable, so a changed
 * document is serialised and parsed again (in memory; the file is never touched).
 */
import { createRequire } from 'node:module';
import type { XmlDocument } from './saxon.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const SaxonJS: any = require('saxon-js');

export interface RootInfo {
  localName: string;
  namespace: string;
  /** The root's xml:id, '' when it has none. */
  id: string;
}

export function rootInfo(document: XmlDocument): RootInfo {
  const [localName, namespace, id] = SaxonJS.XPath.evaluate(
    "(local-name(/*), namespace-uri(/*), normalize-space(/*/@xml:id))",
    document.node,
  ) as string[];
  return { localName: localName ?? '', namespace: namespace ?? '', id: id ?? '' };
}

/** Does the document hold any of these TEI elements (by local name, in the TEI namespace)? */
export function hasTeiElement(document: XmlDocument, names: string[]): boolean {
  return Boolean(
    SaxonJS.XPath.evaluate('exists(//*[namespace-uri() = "http://www.tei-c.org/ns/1.0"][local-name() = $names])', document.node, {
      params: { names },
    }),
  );
}

/** Each TEI element inside a teiCorpus (nested corpora included), as a document of its own. */
export async function teiCorpusMembers(document: XmlDocument): Promise<XmlDocument[]> {
  const members = SaxonJS.XPath.evaluate(
    '/*//*[local-name() = "TEI"][namespace-uri() = "http://www.tei-c.org/ns/1.0"]',
    document.node,
    { resultForm: 'array' },
  ) as unknown[];
  const parsed: XmlDocument[] = [];
  for (const member of members) {
    parsed.push({ node: await SaxonJS.getResource({ text: SaxonJS.serialize(member), type: 'xml' }), file: document.file });
  }
  return parsed;
}

/** The same document with `id` as the root's xml:id (replacing any it had). */
export async function withRootId(document: XmlDocument, id: string): Promise<XmlDocument> {
  const root = SaxonJS.XPath.evaluate('/*', document.node);
  const serialised = SaxonJS.serialize(root) as string;
  // The serialiser writes the root start tag first, attribute values in double quotes with every
  // '"' escaped, so the start tag's attributes can be matched one by one.
  const startTag = /^(?:<\?xml[^?]*\?>)?\s*<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>/.exec(serialised);
  if (!startTag) throw new Error(`cannot find the root start tag of ${document.file}`);
  const attributes = startTag[2].replace(/\s+xml:id="[^"]*"/, '');
  const rewritten = `<${startTag[1]}${attributes} xml:id="${escapeAttribute(id)}"${startTag[3]}>` + serialised.slice(startTag[0].length);
  return { node: await SaxonJS.getResource({ text: rewritten, type: 'xml' }), file: document.file };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A document as XML text, to hand to another thread (Saxon's documents cannot cross threads). */
export function serializeDocument(document: XmlDocument): string {
  return SaxonJS.serialize(document.node) as string;
}

/** Parse XML text made by serializeDocument; `file` is the document's file, for diagnostics. */
export async function documentFromText(text: string, file: string): Promise<XmlDocument> {
  return { node: await SaxonJS.getResource({ text, type: 'xml' }), file };
}
