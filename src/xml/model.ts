/**
 * A small read-only DOM with source positions, built once per file by `parseXml` and shared by every
 * lint rule. Lines and columns are 1-based; columns count UTF-16 code units, as editors do.
 */

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export interface Position {
  line: number;
  column: number;
}

export interface XmlAttribute extends Position {
  /** The name as written, with its prefix (`xml:id`, `ref`). */
  name: string;
  localName: string;
  /** Namespace URI; empty for unprefixed attributes. */
  namespace: string;
  value: string;
  /** Offset of the attribute's name in `XmlDocument.text`. */
  offset: number;
  /** Position just after the closing quote of the value. */
  endLine: number;
  endColumn: number;
}

export interface XmlElement extends Position {
  kind: 'element';
  /** Local name (`persName`). */
  name: string;
  /** Qualified name as written (`tei:persName`). */
  qualifiedName: string;
  namespace: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent?: XmlElement;
  /** Offset of the `<` of the start tag in `XmlDocument.text`. */
  offset: number;
  /** Position just after the end tag (or after `/>`). */
  endLine: number;
  endColumn: number;
  endOffset: number;
}

export interface XmlText extends Position {
  kind: 'text';
  /** The text with entity and character references resolved. */
  value: string;
  parent?: XmlElement;
  offset: number;
  /** Offset just after the raw text in `XmlDocument.text`. */
  endOffset: number;
}

export interface XmlComment extends Position {
  kind: 'comment';
  value: string;
  parent?: XmlElement;
  offset: number;
  endOffset: number;
}

export interface XmlProcessingInstruction extends Position {
  kind: 'pi';
  target: string;
  body: string;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

export interface XmlDocument {
  /** The path the document was parsed with, used as `file` in diagnostics. */
  file: string;
  /** The decoded source text. */
  text: string;
  root: XmlElement;
  comments: XmlComment[];
  processingInstructions: XmlProcessingInstruction[];
  /** Position of a character offset in `text`. */
  positionAt(offset: number): Position;
}

/** The value of an attribute by its name as written (`ref`, `xml:id`). */
export function attr(element: XmlElement, name: string): string | undefined {
  return attribute(element, name)?.value;
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((candidate) => candidate.name === name);
}

export function xmlId(element: XmlElement): string | undefined {
  return element.attributes.find((a) => a.localName === 'id' && a.namespace === XML_NAMESPACE)?.value;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child.kind === 'element' && (name === undefined || child.name === name),
  );
}

/** Every element below `element` (not itself) in document order, optionally only those with a local name. */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlNode[] = [...element.children].reverse();
  while (stack.length) {
    const node = stack.pop() as XmlNode;
    if (node.kind !== 'element') continue;
    if (name === undefined || node.name === name) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

const elementLists = new WeakMap<XmlDocument, { all: XmlElement[]; byName: Map<string, XmlElement[]> }>();

function elementList(document: XmlDocument) {
  let lists = elementLists.get(document);
  if (!lists) {
    const all = [document.root, ...descendants(document.root)];
    const byName = new Map<string, XmlElement[]>();
    for (const element of all) {
      const named = byName.get(element.name);
      if (named) named.push(element);
      else byName.set(element.name, [element]);
    }
    lists = { all, byName };
    elementLists.set(document, lists);
  }
  return lists;
}

/** Every element of the document, the root included, in document order (computed once). */
export function allElements(document: XmlDocument): readonly XmlElement[] {
  return elementList(document).all;
}

/** The document's elements with a local name, in document order (computed once). */
export function elementsNamed(document: XmlDocument, name: string): readonly XmlElement[] {
  return elementList(document).byName.get(name) ?? [];
}

/** The concatenated text of an element and its descendants. */
export function textContent(node: XmlNode): string {
  if (node.kind === 'text') return node.value;
  if (node.kind === 'comment') return '';
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}

export function ancestors(node: XmlNode): XmlElement[] {
  const found: XmlElement[] = [];
  for (let current = node.parent; current; current = current.parent) found.push(current);
  return found;
}

export function hasAncestor(node: XmlNode, names: ReadonlySet<string>): boolean {
  for (let current = node.parent; current; current = current.parent) if (names.has(current.name)) return true;
  return false;
}

const idMaps = new WeakMap<XmlDocument, Map<string, XmlElement>>();

/** `xml:id` → element (the first, when an id repeats), built once per document. */
export function elementsById(document: XmlDocument): Map<string, XmlElement> {
  let ids = idMaps.get(document);
  if (!ids) {
    ids = new Map();
    for (const element of allElements(document)) {
      const id = xmlId(element);
      if (id !== undefined && !ids.has(id)) ids.set(id, element);
    }
    idMaps.set(document, ids);
  }
  return ids;
}

export function elementById(document: XmlDocument, id: string): XmlElement | undefined {
  return elementsById(document).get(id);
}
