import type { XmlElement, XmlNode } from '../../xml/model.js';

/** Not part of what a date element's text says: notes inside it and the uncorrected readings. */
const NOT_READ = new Set(['note', 'sic', 'orig']);

/** The text the reader sees in an element, notes and uncorrected readings left out. */
export function readingText(element: XmlElement): string {
  let text = '';
  const visit = (node: XmlNode) => {
    if (node.kind === 'text') text += node.value;
    else if (node.kind === 'element' && !NOT_READ.has(node.name)) node.children.forEach(visit);
  };
  element.children.forEach(visit);
  return text.replace(/\s+/g, ' ').trim();
}
