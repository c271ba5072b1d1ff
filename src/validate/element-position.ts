import { descendants, type XmlDocument } from '../xml/model.js';

/**
 * libxml2 names the line of a schema error but not the column: take the column of the element
 * it names on that line (or of the first element starting on that line).
 */
export function elementColumnAt(document: XmlDocument, line: number, elementName?: string): number | undefined {
  const onLine = [document.root, ...descendants(document.root)].filter((element) => element.line === line);
  const named = elementName ? onLine.find((element) => element.name === elementName) : undefined;
  return (named ?? onLine[0])?.column;
}
