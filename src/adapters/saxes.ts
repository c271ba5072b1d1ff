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
  /** Each attribute as it is read, before its start tag is complete (to stop an endless tag early). */
  attribute?(offset: number): void;
  startTag(tag: ScannedStartTag, offset: number): void;
  endTag(offset: number): void;
  text(value: string, offset: number): void;
  comment(value: string, offset: number): void;
  processingInstruction(target: string, body: string, offset: number): void;
  /** Well-formedness problems, in order; parsing goes on after each. `offset` is where it was noticed. */
  error(message: string, offset: number): void;
}

/**
 * saxes resolves a namespace prefix by walking every open element up to the one that declares it
 * (usually the root), so each element of a deep document cost time proportional to its depth: the
 * parse was quadratic in the nesting. Here each prefix keeps a stack of its bindings, pushed when
 * an element that declares it opens and popped when it closes: one lookup per element, whatever the
 * depth.
 */
class ScopedParser extends SaxesParser<{ xmlns: true; position: true }> {
  private readonly bindings = new Map<string, string[]>();

  override resolve(prefix: string): string | undefined {
    const internals = this as unknown as { topNS: Record<string, string> | null; ns: Record<string, string> };
    const own = internals.topNS?.[prefix];
    if (own !== undefined) return own;
    const stack = this.bindings.get(prefix);
    if (stack?.length) return stack[stack.length - 1];
    return internals.ns[prefix];
  }

  /** Called when an element has opened (its own declarations are in `ns`). */
  enter(ns: Record<string, string> | undefined): void {
    for (const prefix in ns) {
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(ns[prefix]);
      else this.bindings.set(prefix, [ns[prefix]]);
    }
  }

  /** Called when an element has closed. */
  leave(ns: Record<string, string> | undefined): void {
    for (const prefix in ns) this.bindings.get(prefix)?.pop();
  }
}

export function scanXml(text: string, handlers: XmlScanHandlers): void {
  const parser = new ScopedParser({ xmlns: true, position: true });
  parser.on('xmldecl', (declaration) => handlers.xmlDeclaration({ encoding: declaration.encoding }, parser.position));
  parser.on('doctype', () => handlers.doctype(parser.position));
  parser.on('opentag', (tag) => {
    parser.enter(tag.ns);
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
  const onAttribute = handlers.attribute;
  if (onAttribute) parser.on('attribute', () => onAttribute(parser.position));
  parser.on('closetag', (tag) => {
    parser.leave(tag.ns);
    handlers.endTag(parser.position);
  });
  parser.on('text', (value) => handlers.text(value, parser.position));
  parser.on('cdata', (value) => handlers.text(value, parser.position));
  parser.on('comment', (value) => handlers.comment(value, parser.position));
  parser.on('processinginstruction', (pi) => handlers.processingInstruction(pi.target, pi.body, parser.position));
  // The message carries "line:column: " of its own; positions are computed by the caller.
  parser.on('error', (error) => handlers.error(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), parser.position));
  // saxes builds an Error for every problem; their stack traces are never shown and cost most of
  // the time when a document has 100,000 of them
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parser.write(text).close();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
