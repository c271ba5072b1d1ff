/**
 * Parts of a TEI document as well-formed XML, cut from the source text itself (so every character,
 * entity and comment stays as the editor wrote it): an element's subtree, or the stretch between two
 * milestones (a page), where the elements the stretch begins or ends inside are reopened and closed.
 */
import type { XmlDocument, XmlElement, XmlNode } from '../xml/model.js';

export function elementSource(document: XmlDocument, element: XmlElement): string {
  return document.text.slice(element.offset, element.endOffset);
}

/** The content of `within` from offset `start` (inclusive) to `end` (exclusive), at element boundaries. */
export function rangeSource(document: XmlDocument, within: XmlElement, start: number, end: number): string {
  let out = '';
  const emit = (node: XmlNode) => {
    if (node.offset >= start && node.endOffset <= end) {
      out += document.text.slice(node.offset, node.endOffset);
      return;
    }
    if (node.kind !== 'element' || node.endOffset <= start || node.offset >= end) return;
    // The stretch begins or ends inside this element: keep it, with only the part in the stretch.
    out += startTag(document, node);
    for (const child of node.children) emit(child);
    out += `</${node.qualifiedName}>`;
  };
  for (const child of within.children) emit(child);
  return out;
}

/** The start tag as written, up to the '>' that is not inside an attribute value. */
function startTag(document: XmlDocument, element: XmlElement): string {
  const text = document.text;
  let quote = '';
  for (let i = element.offset + 1; i < element.endOffset; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      const tag = text.slice(element.offset, i + 1);
      return tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag;
    }
  }
  return `<${element.qualifiedName}>`;
}

/** Namespace declarations in force at `element` other than the default one (for a fragment standing alone). */
export function prefixedNamespaces(element: XmlElement): string {
  const declared = new Map<string, string>();
  for (let current: XmlElement | undefined = element; current; current = current.parent) {
    for (const attribute of current.attributes) {
      if (attribute.name.startsWith('xmlns:') && !declared.has(attribute.name)) declared.set(attribute.name, attribute.value);
    }
  }
  return [...declared].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
