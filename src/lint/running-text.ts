/**
 * The running text of a document for rules that read words (spaced letters, untagged dates): the
 * text nodes inside `text`, not descending into elements a rule skips, and where a match in a text
 * node's value starts in the source.
 */
import type { Position, XmlDocument, XmlElement, XmlNode, XmlText } from '../xml/model.js';
import { attr, elementsNamed, hasAncestor } from '../xml/model.js';

/** Text nodes below every `text` element, not descending into the `skipped` elements. */
export function runningTextNodes(document: XmlDocument, skipped: ReadonlySet<string>): XmlText[] {
  const found: XmlText[] = [];
  for (const textElement of elementsNamed(document, 'text')) {
    if (hasAncestor(textElement, skipped) || hasAncestor(textElement, new Set(['text']))) continue;
    for (const node of textNodesBelow(textElement.children, skipped)) found.push(node);
  }
  return found;
}

/** Text nodes below `nodes`, in document order, not descending into the `skipped` elements. */
export function textNodesBelow(nodes: readonly XmlNode[], skipped: ReadonlySet<string>): XmlText[] {
  const found: XmlText[] = [];
  const stack: XmlNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop() as XmlNode;
    if (node.kind === 'text') found.push(node);
    else if (node.kind === 'element' && !skipped.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return found;
}

/** Position of `value.slice(index)` in the source, also when the raw text has entity references. */
export function positionInText(document: XmlDocument, node: XmlText, index: number): Position {
  const raw = document.text.slice(node.offset, node.endOffset);
  if (raw === node.value) return document.positionAt(node.offset + index);
  // walk the raw text, counting one decoded character per reference
  let decoded = 0;
  let offset = 0;
  while (offset < raw.length && decoded < index) {
    if (raw[offset] === '&') {
      const end = raw.indexOf(';', offset);
      offset = end < 0 ? offset + 1 : end + 1;
    } else offset++;
    decoded++;
  }
  return document.positionAt(node.offset + offset);
}

/** The language in force at a node (nearest `xml:lang`), lower case, or undefined. */
export function languageOf(node: XmlNode): string | undefined {
  for (let current: XmlElement | undefined = node.parent; current; current = current.parent) {
    const lang = attr(current, 'xml:lang');
    if (lang) return lang.toLowerCase();
  }
  return undefined;
}
