/**
 * Thin adapter over `saxes`, the XML parser behind `src/xml/parse.ts`. Only this file knows its API.
 *
 * Why saxes: lint findings must point at the offending attribute or text. saxes is a streaming,
 * well-formedness-checking parser that reports the exact string offset of every event, which lets
 * us compute line and column of start tags, attributes and text. fast-xml-parser builds a tree but
 * gives no line/column at all (and none for attributes). saxes never reads a DTD and never expands
 * entities other than the five predefined ones, so nothing is ever fetched or expanded.
 */
import { SaxesParser, type SaxesAttributeNS } from 'saxes';

export interface ScannedAttribute {
  name: string;
  localName: string;
  namespace: string;
  value: string;
}

export interface ScannedStartTag {
  qualifiedName: string;
  localName: string;
  namespace: string;
  attributes: ScannedAttribute[];
  selfClosing: boolean;
}

/** Every `offset` is the string index just after the event's markup in the scanned text. */
export interface XmlScanHandlers {
  xmlDeclaration(declaration: { encoding?: string }, offset: number): void;
  doctype(offset: number): void;
  startTag(tag: ScannedStartTag, offset: number): void;
  endTag(offset: number): void;
  text(value: string, offset: number): void;
  comment(value: string, offset: number): void;
  processingInstruction(target: string, body: string, offset: number): void;
  /** Well-formedness problems, in order; parsing goes on after each. `offset` is where it was noticed. */
  error(message: string, offset: number): void;
}

export function scanXml(text: string, handlers: XmlScanHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('xmldecl', (declaration) => handlers.xmlDeclaration({ encoding: declaration.encoding }, parser.position));
  parser.on('doctype', () => handlers.doctype(parser.position));
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes as Record<string, SaxesAttributeNS>).map((a) => ({
      name: a.name,
      localName: a.local,
      namespace: a.uri ?? '',
      value: a.value,
    }));
    handlers.startTag(
      { qualifiedName: tag.name, localName: tag.local ?? tag.name, namespace: tag.uri ?? '', attributes, selfClosing: tag.isSelfClosing },
      parser.position,
    );
  });
  parser.on('closetag', () => handlers.endTag(parser.position));
  parser.on('text', (value) => handlers.text(value, parser.position));
  parser.on('cdata', (value) => handlers.text(value, parser.position));
  parser.on('comment', (value) => handlers.comment(value, parser.position));
  parser.on('processinginstruction', (pi) => handlers.processingInstruction(pi.target, pi.body, parser.position));
  // The message carries "line:column: " of its own; positions are computed by the caller.
  parser.on('error', (error) => handlers.error(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), parser.position));
  parser.write(text).close();
}
