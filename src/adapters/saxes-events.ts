/**
 * Thin adapter over `saxes`: streams the elements and text of an XML document to callbacks.
 * Only this file knows the library's API. Malformed XML becomes an `XmlSyntaxError` with a position.
 */
import { SaxesParser } from 'saxes';

export interface XmlEventHandlers {
  openElement(name: string, attributes: Record<string, string>): void;
  closeElement(name: string): void;
  text(content: string): void;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** Element names are given as written (`tei:` prefixes are not expected in the edition). */
export function streamXml(xml: string, handlers: XmlEventHandlers): void {
  const parser = new SaxesParser({ position: true });
  let failure: XmlSyntaxError | undefined;
  parser.on('error', (error) => {
    failure ??= new XmlSyntaxError(
      error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''),
      parser.line,
      parser.column,
    );
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = String(value);
    handlers.openElement(tag.name, attributes);
  });
  parser.on('closetag', (tag) => handlers.closeElement(tag.name));
  parser.on('text', (content) => handlers.text(content));
  parser.on('cdata', (content) => handlers.text(content));
  parser.write(xml).close();
  if (failure) throw failure;
}
