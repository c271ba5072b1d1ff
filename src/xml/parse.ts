/**
 * Parses one file into the positioned DOM of `model.ts`. Never throws: every problem of the input
 * becomes a diagnostic with file, line and column. DTDs, entity references and XInclude are reported
 * and never expanded, resolved or fetched.
 */
import { scanXml } from '../adapters/saxes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { bytePosition, firstInvalidUtf8Byte } from './encoding.js';
import {
  TEI_NAMESPACE,
  type Position,
  type XmlAttribute,
  type XmlComment,
  type XmlDocument,
  type XmlElement,
  type XmlProcessingInstruction,
} from './model.js';
import { MAX_ATTRIBUTES, MAX_ELEMENT_DEPTH } from './limits.js';
import { positionFinder } from './positions.js';

export interface ParseResult {
  document?: XmlDocument;
  diagnostics: Diagnostic[];
}

const XINCLUDE_NAMESPACE = 'http://www.w3.org/2001/XInclude';
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
/** Attribute `name="value"` inside a start tag; `<` never occurs inside a start tag. */
const ATTRIBUTE_PATTERN = /\s([^\s=<>/"']+)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** Thrown from a scan handler to stop reading a document that went past a limit. */
class StopScan extends Error {}

/** Runs a scan; true when a handler stopped it at a limit (the finding is already recorded). */
function stopsAtLimit(scan: () => void): boolean {
  try {
    scan();
    return false;
  } catch (error) {
    if (error instanceof StopScan) return true;
    throw error;
  }
}

export function parseXml(file: string, bytes: Uint8Array): ParseResult {
  try {
    return parseChecked(file, bytes);
  } catch (error) {
    // A bug of ours, not of the input: still no stack trace for the user.
    return {
      diagnostics: [
        { file, ruleId: 'xml/internal', severity: 'error', source: 'tool', message: `The XML parser failed: ${(error as Error).message}` },
      ],
    };
  }
}

function parseChecked(file: string, bytes: Uint8Array): ParseResult {
  const finding = (ruleId: string, message: string, at: Position = { line: 1, column: 1 }, hint?: string): Diagnostic => ({
    file,
    line: at.line,
    column: at.column,
    ruleId,
    severity: 'error',
    source: 'xml',
    message,
    ...(hint ? { hint } : {}),
  });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // the native decoder says no; find where, for the message
    const badByte = Math.max(firstInvalidUtf8Byte(bytes), 0);
    return {
      diagnostics: [
        finding(
          'xml/encoding',
          `The file is not UTF-8: invalid byte 0x${bytes[badByte].toString(16).padStart(2, '0')} at byte offset ${badByte}`,
          bytePosition(bytes, badByte),
          'Save the file as UTF-8.',
        ),
      ],
    };
  }
  if (text.trim() === '') return { diagnostics: [finding('xml/empty', 'The file is empty')] };

  const positionAt = positionFinder(text);
  const diagnostics: Diagnostic[] = [];
  const comments: XmlComment[] = [];
  const processingInstructions: XmlProcessingInstruction[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let markupEnd = 0;
  let malformed = false;
  let attributesOfTag = 0;

  const elementAt = (start: number): Pick<XmlElement, 'offset' | 'line' | 'column'> => ({ offset: start, ...positionAt(start) });

  const stopped = stopsAtLimit(() => scanXml(text, {
    xmlDeclaration(declaration, offset) {
      markupEnd = offset;
      if (declaration.encoding && !UTF8_NAMES.has(declaration.encoding.toLowerCase())) {
        diagnostics.push(
          finding('xml/encoding', `The XML declaration names the encoding "${declaration.encoding}"; only UTF-8 is accepted`, positionAt(0), 'Convert the file to UTF-8 and declare encoding="UTF-8".'),
        );
      }
    },
    doctype(offset) {
      const start = text.lastIndexOf('<!DOCTYPE', offset);
      markupEnd = offset;
      diagnostics.push(
        finding('xml/doctype', 'DOCTYPE declarations (and the entities they declare) are not allowed; they are never read or expanded', positionAt(Math.max(start, 0)), 'Remove the DOCTYPE; associate the schema with <?xml-model?> instead.'),
      );
    },
    attribute(offset) {
      if (++attributesOfTag <= MAX_ATTRIBUTES) return;
      diagnostics.push(
        finding(
          'xml/too-many-attributes',
          `An element has more than ${MAX_ATTRIBUTES} attributes; the document was not checked further`,
          positionAt(text.lastIndexOf('<', offset - 1)),
          `Up to ${MAX_ATTRIBUTES} attributes per element are accepted.`,
        ),
      );
      throw new StopScan();
    },
    startTag(tag, offset) {
      attributesOfTag = 0;
      const start = text.lastIndexOf('<', offset - 1);
      if (stack.length >= MAX_ELEMENT_DEPTH) {
        diagnostics.push(
          finding(
            'xml/too-deep',
            `Elements are nested more than ${MAX_ELEMENT_DEPTH} deep here (<${tag.qualifiedName}>); the document was not checked further`,
            positionAt(start),
            `Nesting up to ${MAX_ELEMENT_DEPTH} levels is accepted (as by libxml2); flatten the structure.`,
          ),
        );
        throw new StopScan();
      }
      const element: XmlElement = {
        kind: 'element',
        name: tag.localName,
        qualifiedName: tag.qualifiedName,
        namespace: tag.namespace,
        attributes: positionAttributes(text.slice(start, offset), start, tag.attributes, positionAt),
        children: [],
        parent: stack[stack.length - 1],
        ...elementAt(start),
        endOffset: offset,
        endLine: 0,
        endColumn: 0,
      };
      if (element.parent) element.parent.children.push(element);
      else root ??= element;
      if (tag.namespace === XINCLUDE_NAMESPACE) {
        diagnostics.push(
          finding('xml/xinclude', `XInclude (<${tag.qualifiedName}>) is not supported; it is never resolved or fetched`, element, 'Put the included content into the document itself.'),
        );
      }
      stack.push(element);
      markupEnd = offset;
    },
    endTag(offset) {
      const element = stack.pop();
      if (element) {
        element.endOffset = offset;
        const end = positionAt(offset);
        element.endLine = end.line;
        element.endColumn = end.column;
      }
      markupEnd = offset;
    },
    text(value, offset) {
      const parent = stack[stack.length - 1];
      // saxes reports text once it has read the `<` that ends it
      const end = offset > 0 && text[offset - 1] === '<' ? offset - 1 : offset;
      if (parent) parent.children.push({ kind: 'text', value, parent, offset: markupEnd, endOffset: end, ...positionAt(markupEnd) });
    },
    comment(value, offset) {
      const start = text.lastIndexOf('<!--', offset - 1);
      const parent = stack[stack.length - 1];
      const comment: XmlComment = { kind: 'comment', value, parent, offset: start, endOffset: offset, ...positionAt(start) };
      comments.push(comment);
      if (parent) parent.children.push(comment);
      markupEnd = offset;
    },
    processingInstruction(target, body, offset) {
      const start = text.lastIndexOf('<?', offset - 1);
      processingInstructions.push({ kind: 'pi', target, body, ...positionAt(start) });
      markupEnd = offset;
    },
    error(message, offset) {
      if (/undefined entity/.test(message)) {
        const start = text.lastIndexOf('&', offset - 1);
        const reference = /^&[^;\s<]*;?/.exec(text.slice(start))?.[0] ?? '&';
        diagnostics.push(
          finding('xml/entity', `Entity reference ${reference} is not allowed; entities are never expanded`, positionAt(Math.max(start, 0)), 'Write the character itself (UTF-8) or a numeric character reference.'),
        );
        return;
      }
      if (malformed) return; // later errors are mostly consequences of the first
      malformed = true;
      diagnostics.push(finding('xml/malformed', `Malformed XML: ${message}`, positionAt(Math.min(offset, text.length))));
    },
  }));
  if (stopped) return { diagnostics };

  if (malformed || !root) {
    if (!malformed) diagnostics.push(finding('xml/malformed', 'Malformed XML: no root element'));
    return { diagnostics };
  }
  if (!(root.namespace === TEI_NAMESPACE && (root.name === 'TEI' || root.name === 'teiCorpus'))) {
    diagnostics.push(
      finding(
        'xml/not-tei',
        `The root element is <${root.qualifiedName}>${root.namespace ? ` in namespace ${root.namespace}` : ' in no namespace'}; expected TEI or teiCorpus in ${TEI_NAMESPACE}`,
        root,
        `Use <TEI xmlns="${TEI_NAMESPACE}">.`,
      ),
    );
  }
  const document: XmlDocument = { file, text, root, comments, processingInstructions, positionAt };
  return { document, diagnostics };
}

/** saxes gives attribute values but no positions: find each name in the raw start tag. */
function positionAttributes(
  rawTag: string,
  tagOffset: number,
  attributes: { name: string; localName: string; namespace: string; value: string }[],
  positionAt: (offset: number) => Position,
): XmlAttribute[] {
  if (attributes.length === 0) return [];
  const spans = new Map<string, [number, number]>();
  ATTRIBUTE_PATTERN.lastIndex = 0;
  for (let match = ATTRIBUTE_PATTERN.exec(rawTag); match; match = ATTRIBUTE_PATTERN.exec(rawTag)) {
    const start = tagOffset + match.index + 1; // after the whitespace that precedes the name
    if (!spans.has(match[1])) spans.set(match[1], [start, tagOffset + match.index + match[0].length]);
  }
  return attributes.map((attribute) => {
    const [offset, endOffset] = spans.get(attribute.name) ?? [tagOffset, tagOffset];
    const { line, column } = positionAt(offset);
    const end = positionAt(endOffset);
    return {
      name: attribute.name,
      localName: attribute.localName,
      namespace: attribute.namespace,
      value: attribute.value,
      offset,
      line,
      column,
      endLine: end.line,
      endColumn: end.column,
    };
  });
}
