/**
 * One index over the whole run, built once and shared by every rule: documents by absolute path,
 * pointer resolution (cached), xml:id owners, persons and their names, incoming references.
 * Documents outside the linted set (persons.xml when one text is checked) come from `loadDocument`.
 * In a streaming run (see createLinter) the linted set is empty and documents are admitted one at a
 * time: only pointer resolution is asked for, and the documents pointers lead to stay cached.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  childElements,
  descendants,
  elementById,
  textContent,
  xmlId,
  allElements,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement,
} from '../xml/model.js';
import type { Consulted } from './lint-cache.js';
import { expandPointer, pointerTokens } from './pointers.js';

export type ResolvedPointer =
  | { kind: 'element'; document: XmlDocument; element: XmlElement; id: string }
  | { kind: 'document'; document: XmlDocument }
  | { kind: 'file'; path: string }
  | { kind: 'uri'; uri: string }
  /**
   * Resolved the project's own way, which this tool cannot see: a bare id (`pmb123`) that no file
   * and no configured register explains, or a private prefix (`viaf:123`) with no prefixDef.
   * Reported only under the `edition` profile.
   */
  | { kind: 'unchecked'; reason: string }
  | { kind: 'unresolved'; reason: string };

/** From edition.config.json "idRegisters": bare ids starting with `prefix` are xml:ids in the register at `path`. */
export interface IdRegister {
  prefix: string;
  /** Absolute path of the register document. */
  path: string;
  /** As the configuration wrote it, for messages. */
  written: string;
}

/**
 * A pointer without folder, file extension or fragment: `pmb123` or `Vollendung_d1.3` (an id with
 * a dot), not `persons.xml`, `scan.jpg` or `../x/y`.
 */
function isBareId(pointer: string): boolean {
  return !/[/\\#?\s:]/.test(pointer) && !/\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(pointer);
}

export interface IdOwner {
  document: XmlDocument;
  element: XmlElement;
  attribute: XmlAttribute;
}

export interface PersonEntry {
  document: XmlDocument;
  element: XmlElement;
  id: string;
  /** Every name the personography gives (regularised, variants, surnames), whitespace normalised. */
  names: string[];
}

const PERSON_ELEMENTS = new Set(['person', 'personGrp']);

/** How many documents loaded for their pointers' sake stay parsed (see documentAt). */
const LOADED_KEPT = 32;

export class CorpusIndex {
  private readonly byPath = new Map<string, XmlDocument | undefined>();
  /** The paths in byPath that were loaded, not linted, least recently used first. */
  private readonly loaded = new Set<string>();
  private readonly resolutions = new Map<XmlDocument, Map<string, ResolvedPointer>>();
  private incoming?: Map<XmlElement, number>;
  private ids?: Map<string, IdOwner[]>;
  private personList?: PersonEntry[];
  private readonly memos = new Map<string, unknown>();
  /** "folder\0relative path" → absolute path: most pointers of a folder lead to the same few files. */
  private readonly paths = new Map<string, string>();

  private readonly idRegisters: readonly IdRegister[];
  /** What pointers consult while recorded (see startConsulting). */
  private consulting?: Consulted;

  /** An index for linting one document at a time (see admit): nothing corpus-wide is asked of it. */
  static streaming(loadDocument?: (absolutePath: string) => XmlDocument | undefined, idRegisters: readonly IdRegister[] = []): CorpusIndex {
    return new CorpusIndex([], loadDocument, idRegisters, LOADED_KEPT);
  }

  constructor(
    readonly documents: readonly XmlDocument[],
    private readonly loadDocument?: (absolutePath: string) => XmlDocument | undefined,
    idRegisters: readonly IdRegister[] = [],
    /** How many loaded documents stay parsed (streaming); otherwise all, as persons() reads them. */
    private readonly loadedKept = Infinity,
  ) {
    // the longest prefix wins: "pmbp" before "pmb"
    this.idRegisters = [...idRegisters].sort((a, b) => b.prefix.length - a.prefix.length);
    for (const document of documents) {
      this.byPath.set(absolutePath(document), document);
    }
  }

  /**
   * A corpus-wide table a rule needs, computed once per run (on first use) and shared by the
   * rule's calls for every document. `key` is the rule id plus a name.
   */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /**
   * Streaming lint: `document` is the one being linted now. Pointers into it resolve to it until
   * `release`, which lets it go with what was cached about it; a later pointer to it parses it again.
   */
  admit(document: XmlDocument): void {
    const absolute = absolutePath(document);
    this.loaded.delete(absolute);
    this.byPath.set(absolute, document);
  }

  release(document: XmlDocument): void {
    const absolute = absolutePath(document);
    if (this.byPath.get(absolute) === document) this.byPath.delete(absolute);
    this.resolutions.delete(document);
  }

  /**
   * Record the documents pointers lead to and the files whose existence they ask about, until
   * `stopConsulting`: what one document's findings depend on besides itself (lint-cache.ts).
   */
  startConsulting(): void {
    this.consulting = { documents: new Set(), exists: new Map() };
  }

  stopConsulting(): Consulted | undefined {
    const consulted = this.consulting;
    this.consulting = undefined;
    return consulted;
  }

  private exists(file: string): boolean {
    const found = existsSync(file);
    this.consulting?.exists.set(file, found);
    return found;
  }

  /**
   * A linted document, or one loaded through `loadDocument`. Loaded ones are kept; when streaming,
   * the most recently used LOADED_KEPT of them: registers are asked for again and again, while
   * letters that point to their neighbours must not pile up into the whole corpus.
   */
  documentAt(absolute: string): XmlDocument | undefined {
    this.consulting?.documents.add(absolute);
    if (this.loaded.has(absolute)) {
      // most recently used last
      this.loaded.delete(absolute);
      this.loaded.add(absolute);
    } else if (!this.byPath.has(absolute)) {
      let loaded: XmlDocument | undefined;
      try {
        loaded = this.loadDocument?.(absolute);
      } catch {
        loaded = undefined; // an unreadable target is an unresolved pointer, reported by the rules
      }
      this.byPath.set(absolute, loaded);
      this.loaded.add(absolute);
      if (this.loaded.size > this.loadedKept) {
        const oldest = this.loaded.values().next().value as string;
        this.loaded.delete(oldest);
        this.byPath.delete(oldest);
      }
    }
    return this.byPath.get(absolute);
  }

  /** Resolves one pointer token written in `document`; results are cached per document. */
  resolve(document: XmlDocument, token: string): ResolvedPointer {
    let cache = this.resolutions.get(document);
    if (!cache) this.resolutions.set(document, (cache = new Map()));
    let resolved = cache.get(token);
    if (!resolved) {
      resolved = this.resolveUncached(document, token);
      cache.set(token, resolved);
    }
    return resolved;
  }

  private resolveUncached(document: XmlDocument, token: string): ResolvedPointer {
    const expanded = expandPointer(document, token);
    switch (expanded.kind) {
      case 'invalid':
        return { kind: 'unresolved', reason: expanded.reason };
      case 'uri':
        return { kind: 'uri', uri: expanded.uri };
      case 'undeclared-prefix':
        return { kind: 'unchecked', reason: `the prefix "${expanded.prefix}:" is not declared in a listPrefixDef` };
      case 'local': {
        const element = elementById(document, expanded.id);
        return element
          ? { kind: 'element', document, element, id: expanded.id }
          : { kind: 'unresolved', reason: `no xml:id="${expanded.id}" in this document` };
      }
      case 'file': {
        const folder = path.dirname(absolutePath(document));
        const pathKey = `${folder}\0${expanded.relativePath}`;
        let target = this.paths.get(pathKey);
        if (target === undefined) this.paths.set(pathKey, (target = path.resolve(folder, expanded.relativePath)));
        if (expanded.id === undefined && isBareId(expanded.relativePath) && !this.exists(target)) {
          return this.resolveBareId(expanded.relativePath);
        }
        // a pointer to a non-XML file (an image, a data file) only needs the file to exist
        if (expanded.id === undefined && !/\.xml$/i.test(target)) {
          return this.exists(target) ? { kind: 'file', path: target } : { kind: 'unresolved', reason: `the file ${expanded.relativePath} does not exist` };
        }
        const targetDocument = this.documentAt(target);
        if (!targetDocument) return { kind: 'unresolved', reason: `the document ${expanded.relativePath} does not exist or cannot be parsed` };
        if (expanded.id === undefined) return { kind: 'document', document: targetDocument };
        const element = elementById(targetDocument, expanded.id);
        return element
          ? { kind: 'element', document: targetDocument, element, id: expanded.id }
          : { kind: 'unresolved', reason: `no xml:id="${expanded.id}" in ${expanded.relativePath}` };
      }
    }
  }

  /** A bare id, through the register the configuration names for its prefix. */
  private resolveBareId(id: string): ResolvedPointer {
    const register = this.idRegisters.find((candidate) => id.startsWith(candidate.prefix));
    if (!register) return { kind: 'unchecked', reason: `no file ${id} exists, and no "idRegisters" entry in edition.config.json says where ids like it live` };
    const registerDocument = this.documentAt(register.path);
    if (!registerDocument) return { kind: 'unresolved', reason: `its register ${register.written} does not exist or cannot be parsed` };
    const element = elementById(registerDocument, id);
    return element
      ? { kind: 'element', document: registerDocument, element, id }
      : { kind: 'unresolved', reason: `no xml:id="${id}" in its register ${register.written}` };
  }

  /** Documents that pointers written in `document` lead into (its registers), itself included. */
  linkedDocuments(document: XmlDocument): Set<XmlDocument> {
    const linked = new Set<XmlDocument>([document]);
    for (const owner of allElements(document)) {
      for (const token of pointerTokens(owner)) {
        const resolved = this.resolve(document, token.value);
        if (resolved.kind === 'element' || resolved.kind === 'document') linked.add(resolved.document);
      }
    }
    return linked;
  }

  /** How many pointers in the linted documents lead to `element` (from outside the element itself). */
  referenceCount(element: XmlElement): number {
    return this.incomingReferences().get(element) ?? 0;
  }

  /** Resolving every pointer once also loads the documents they lead to. */
  private incomingReferences(): Map<XmlElement, number> {
    if (!this.incoming) {
      this.incoming = new Map();
      for (const document of this.documents) {
        for (const owner of allElements(document)) {
          for (const token of pointerTokens(owner)) {
            const resolved = this.resolve(document, token.value);
            if (resolved.kind !== 'element' || isInside(owner, resolved.element)) continue;
            this.incoming.set(resolved.element, (this.incoming.get(resolved.element) ?? 0) + 1);
          }
        }
      }
    }
    return this.incoming;
  }

  /** Every element carrying an xml:id in the linted documents (or in `only`), by id. */
  idOwners(only?: XmlDocument): Map<string, IdOwner[]> {
    if (only) return collectIds([only]);
    this.ids ??= collectIds(this.documents);
    return this.ids;
  }

  /**
   * Persons of every known document: the linted ones and the personographies their pointers lead
   * to (a letters edition with back/listPerson per file, one persons.xml per folder, …).
   */
  persons(): PersonEntry[] {
    if (!this.personList) {
      this.incomingReferences();
      const known = new Set<XmlDocument>(this.documents);
      for (const document of this.byPath.values()) if (document) known.add(document);
      this.personList = [];
      for (const document of known) {
        for (const element of allElements(document)) {
          const id = xmlId(element);
          if (!PERSON_ELEMENTS.has(element.name) || id === undefined) continue;
          this.personList.push({ document, element, id, names: personNames(element) });
        }
      }
    }
    return this.personList;
  }
}

function collectIds(documents: readonly XmlDocument[]): Map<string, IdOwner[]> {
  const ids = new Map<string, IdOwner[]>();
  for (const document of documents) {
    for (const element of allElements(document)) {
      const id = xmlId(element);
      if (id === undefined) continue;
      const attribute = element.attributes.find((a) => a.name === 'xml:id') as XmlAttribute;
      const owners = ids.get(id) ?? [];
      owners.push({ document, element, attribute });
      ids.set(id, owners);
    }
  }
  return ids;
}

const absolutePaths = new WeakMap<XmlDocument, string>();

export function absolutePath(document: XmlDocument): string {
  let absolute = absolutePaths.get(document);
  if (absolute === undefined) absolutePaths.set(document, (absolute = path.resolve(document.file)));
  return absolute;
}

function isInside(node: XmlElement, container: XmlElement): boolean {
  for (let current: XmlElement | undefined = node; current; current = current.parent) if (current === container) return true;
  return false;
}

function personNames(person: XmlElement): string[] {
  const names = new Set<string>();
  for (const name of childElements(person, 'persName')) {
    names.add(normalizeSpace(textContent(name)));
    for (const surname of descendants(name, 'surname')) names.add(normalizeSpace(textContent(surname)));
  }
  names.delete('');
  return [...names];
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a resolution is a finding under `profile`: unchecked pointers only count under `edition`. */
export function isUnresolved(resolved: ResolvedPointer, profile: 'tei' | 'edition'): resolved is { kind: 'unresolved' | 'unchecked'; reason: string } {
  return resolved.kind === 'unresolved' || (resolved.kind === 'unchecked' && profile === 'edition');
}
