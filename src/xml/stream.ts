/**
 * A light event stream over an XML text — element names, attributes and text — for code that
 * reads one thing out of many files and needs no tree or positions (the fidelity check). It sits on
 * the same saxes adapter as `parse.ts`, so one file knows the library. Malformed XML stops the
 * stream with an `XmlSyntaxError` carrying line and column.
 */
import { scanXml } from '../adapters/saxes.js';
import { positionFinder } from './positions.js';

export interface XmlEventHandlers {
  /** `name` is the local name; `attributes` by their names as written (`xml:id`, `n`). */
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

export function streamXml(xml: string, handlers: XmlEventHandlers): void {
  const open: string[] = [];
  let failure: { message: string; offset: number } | undefined;
  scanXml(xml, {
    xmlDeclaration() {},
    doctype() {},
    comment() {},
    processingInstruction() {},
    startTag(tag) {
      const attributes: Record<string, string> = {};
      for (const attribute of tag.attributes) attributes[attribute.name] = attribute.value;
      open.push(tag.localName);
      handlers.openElement(tag.localName, attributes);
    },
    endTag() {
      const name = open.pop();
      if (name !== undefined) handlers.closeElement(name);
    },
    text(value) {
      handlers.text(value);
    },
    error(message, offset) {
      failure ??= { message, offset };
    },
  });
  if (failure) {
    const { line, column } = positionFinder(xml)(failure.offset);
    throw new XmlSyntaxError(failure.message, line, column);
  }
}
