/**
 * Which attributes hold pointers, and how one pointer token is expanded: `#id`, `file.xml#id`,
 * a TEI `prefixDef` private URI (`per:lenin`), or an absolute URI (never fetched).
 */
import { attr, descendants, type XmlAttribute, type XmlDocument, type XmlElement } from '../xml/model.js';
import { applyReplacement, compileXsdPattern, type CompiledPattern } from './xsd-pattern.js';

/** Attributes whose value is a whitespace-separated list of pointers (teidata.pointer). */
export const POINTER_ATTRIBUTES = new Set([
  'ref', 'target', 'corresp', 'resp', 'who', 'source', 'sameAs', 'copyOf', 'next', 'prev', 'synch',
  'calendar', 'datingMethod', 'ana', 'scheme', 'decls',
]);

/** URI schemes that are absolute references, not private prefixes. */
const URI_SCHEMES = new Set(['http', 'https', 'urn', 'mailto', 'doi', 'ftp', 'info', 'tag']);

export interface PointerToken {
  value: string;
  attribute: XmlAttribute;
  element: XmlElement;
}

const tokenCache = new WeakMap<XmlElement, PointerToken[]>();

/** The pointer tokens of an element's attributes (computed once per element). */
const NO_TOKENS: readonly PointerToken[] = [];

export function pointerTokens(element: XmlElement): readonly PointerToken[] {
  if (element.attributes.length === 0) return NO_TOKENS;
  const cached = tokenCache.get(element);
  if (cached) return cached;
  const tokens: PointerToken[] = [];
  for (const attribute of element.attributes) {
    if (attribute.namespace !== '' || !POINTER_ATTRIBUTES.has(attribute.localName)) continue;
    for (const value of attribute.value.split(/\s+/)) if (value) tokens.push({ value, attribute, element });
  }
  tokenCache.set(element, tokens);
  return tokens;
}

export type ExpandedPointer =
  | { kind: 'local'; id: string }
  | { kind: 'file'; relativePath: string; id?: string }
  | { kind: 'uri'; uri: string }
  | { kind: 'invalid'; reason: string };

interface PrefixRule {
  /** Run by a linear-time engine (XSD semantics): a document's pattern can never hang the run. */
  match: CompiledPattern;
  pattern: string;
  replacement: string;
}

const prefixCache = new WeakMap<XmlDocument, Map<string, PrefixRule[]>>();

/** The document's `prefixDef`s by ident (a teiCorpus may declare them once for all its texts). */
export function prefixDefinitions(document: XmlDocument): Map<string, PrefixRule[]> {
  let prefixes = prefixCache.get(document);
  if (!prefixes) {
    prefixes = new Map();
    for (const definition of descendants(document.root, 'prefixDef')) {
      const ident = attr(definition, 'ident');
      const pattern = attr(definition, 'matchPattern');
      const replacement = attr(definition, 'replacementPattern');
      if (!ident || pattern === undefined || replacement === undefined) continue;
      const match = compileXsdPattern(pattern);
      const list = prefixes.get(ident) ?? [];
      list.push({ match, pattern, replacement });
      prefixes.set(ident, list);
    }
    prefixCache.set(document, prefixes);
  }
  return prefixes;
}

/** Expands one pointer token as written in `document`; relative paths stay relative to it. */
export function expandPointer(document: XmlDocument, token: string, depth = 0): ExpandedPointer {
  if (depth > 4) return { kind: 'invalid', reason: 'prefixDefs expand into each other without end' };
  if (token.startsWith('#')) {
    return token.length > 1 ? { kind: 'local', id: token.slice(1) } : { kind: 'invalid', reason: 'empty fragment "#"' };
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(token);
  if (scheme) {
    const [, prefix, rest] = scheme;
    const definitions = prefixDefinitions(document).get(prefix);
    if (definitions) {
      for (const definition of definitions) {
        if ('problem' in definition.match) {
          return { kind: 'invalid', reason: `the matchPattern ${definition.pattern} of prefixDef "${prefix}" cannot be run: ${definition.match.problem}` };
        }
        const groups = definition.match.pattern.matchWhole(rest);
        if (groups) return expandPointer(document, applyReplacement(definition.replacement, groups), depth + 1);
      }
      return { kind: 'invalid', reason: `"${rest}" does not match the matchPattern of prefixDef "${prefix}"` };
    }
    if (URI_SCHEMES.has(prefix.toLowerCase())) return { kind: 'uri', uri: token };
    return { kind: 'invalid', reason: `the prefix "${prefix}:" is not declared in a listPrefixDef` };
  }
  const hash = token.indexOf('#');
  const relativePath = decodeURIComponentSafe(hash >= 0 ? token.slice(0, hash) : token);
  const id = hash >= 0 ? token.slice(hash + 1) : undefined;
  if (!relativePath) return { kind: 'invalid', reason: 'empty path' };
  return { kind: 'file', relativePath, ...(id ? { id } : {}) };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
