/**
 * The corpus-wide facts every export reads, gathered in one pass over the parsed documents: the texts
 * (title, authors, date, language, source, pages, letter metadata), the registers of persons and
 * places with their authority ids, the sources, and which texts mention whom. Each export is then a
 * linear walk over these facts; none of them searches the corpus again.
 */
import path from 'node:path';
import { expandPointer } from '../lint/pointers.js';
import { allElements, attr, childElements, descendants, elementsNamed, textContent, xmlId, type XmlDocument, type XmlElement } from '../xml/model.js';
import { authorityUris } from './authority.js';
import { letterFacts, type LetterFacts } from './letters.js';
import { dateStart, dateValue, normalize, type DateValue } from './tei-values.js';

export type { DateValue };

export interface ParsedDocument {
  /** Absolute path. */
  path: string;
  document?: XmlDocument;
  /** The file as read, when the caller has it (the release keeps documents byte for byte). */
  bytes?: Uint8Array;
  /** SHA-256 of those bytes, when the caller has it. */
  hash?: string;
}

/** A person, body or place as named in a text, resolved against the registers where possible. */
export interface Agent {
  name: string;
  /** The register entry, when the reference resolves to one. */
  registerId?: string;
  kind: 'person' | 'org' | 'place';
}

export interface TextFacts {
  /** TEI/@xml:id, else the file name without .xml. */
  id: string;
  /** True when the site has a page for it (texts/<id>.html needs TEI/@xml:id). */
  hasPage: boolean;
  document: XmlDocument;
  /** SHA-256 of the file's bytes, when the caller had them. */
  hash?: string;
  /** Path below the corpus folder, with '/' (where its TEI is published under tei/). */
  corpusPath: string;
  title: string;
  authors: Agent[];
  date?: DateValue;
  language?: string;
  sourceId?: string;
  /** The source's page range from the header. */
  pages?: { from: string; to?: string };
  licence?: string;
  letter?: LetterFacts;
}

export interface RegisterEntry {
  id: string;
  kind: 'person' | 'org' | 'place';
  name: string;
  alternateNames: string[];
  birth?: string;
  death?: string;
  description?: string;
  /** Authority URIs (Wikidata, VIAF, GND, GeoNames …) from idno and @ref, as the register states them. */
  authority: string[];
  /** Ids of the texts that mention the entry, in corpus order. */
  mentionedIn: string[];
  /** The register file, relative to the corpus folder. */
  corpusPath: string;
  /** True when the site has a page for it (persons/<id>.html: persons of persons.xml). */
  hasPage: boolean;
}

export interface SourceFacts {
  id: string;
  title: string;
  description?: string;
}

export interface CorpusFacts {
  texts: TextFacts[];
  persons: RegisterEntry[];
  places: RegisterEntry[];
  sources: SourceFacts[];
  /**
   * Register files relative to the corpus folder, for links, the release and the site's register:
   * files that list persons, bodies or places and hold no running text of their own (a letter with
   * a listPerson in its standOff is a text).
   */
  registerFiles: string[];
  /** The editors named in the documents' titleStmt (editor, respStmt names), in order of appearance. */
  editors: string[];
}

/**
 * The facts without the parsed documents and the files' hashes: what the whole-corpus exports read,
 * so that an edit of a text's wording alone leaves it as it was.
 */
export function factsWithoutDocuments(facts: CorpusFacts): Omit<CorpusFacts, 'texts'> & { texts: Array<Omit<TextFacts, 'document' | 'hash'>> } {
  return { ...facts, texts: facts.texts.map(({ document: _document, hash: _hash, ...rest }) => rest) };
}

export function gatherCorpusFacts(corpusDir: string, documents: ParsedDocument[]): CorpusFacts {
  const parsed = documents
    .filter((entry): entry is Required<ParsedDocument> => entry.document !== undefined && entry.document.root.name === 'TEI')
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const corpusPath = (file: string) => {
    const relative = path.relative(corpusDir, file);
    return (relative.startsWith('..') ? path.basename(file) : relative).split(path.sep).join('/');
  };

  // Registers first, so that references in texts resolve in one pass.
  const entries = new Map<string, RegisterEntry>();
  const byKey = new Map<string, RegisterEntry>();
  const registerFiles: string[] = [];
  const sources: SourceFacts[] = [];
  const editors = new Set<string>();
  for (const { path: file, document } of parsed) {
    const scan = scanOf(document);
    for (const editor of scan.editors) editors.add(editor);
    let isRegister = false;
    for (const { element, kind } of scan.entries) {
      const entry = registerEntry(element, kind, corpusPath(file));
      if (!entry || entries.has(entry.id)) continue;
      isRegister = true;
      entries.set(entry.id, entry);
      const key = attr(element, 'n');
      if (key && !byKey.has(key)) byKey.set(key, entry);
    }
    for (const element of scan.sources) sources.push(sourceFacts(element));
    if (isRegister && !scan.runningText) registerFiles.push(corpusPath(file));
  }

  const resolve = (document: XmlDocument, element: XmlElement): RegisterEntry | undefined => {
    for (const token of (attr(element, 'ref') ?? '').split(/\s+/).filter(Boolean)) {
      const pointer = expandPointer(document, token);
      const id = pointer.kind === 'local' ? pointer.id : pointer.kind === 'file' ? pointer.id : undefined;
      if (id && entries.has(id)) return entries.get(id);
    }
    const key = attr(element, 'key');
    return key ? (entries.get(key) ?? byKey.get(key)) : undefined;
  };
  const agent = (document: XmlDocument, element: XmlElement): Agent => {
    const entry = resolve(document, element);
    const kind = element.name === 'placeName' ? 'place' : element.name === 'orgName' ? 'org' : (entry?.kind ?? 'person');
    return { name: normalize(textContent(element)) || entry?.name || '', registerId: entry?.id, kind };
  };

  const texts: TextFacts[] = [];
  for (const { path: file, document, hash } of parsed) {
    const text = childElements(document.root, 'text')[0];
    if (!text) continue;
    const facts = textFacts(document, corpusPath(file), agent);
    facts.hash = hash;
    texts.push(facts);
    const seen = new Set<string>();
    // Mentions in the text, and the correspondents its correspDesc names.
    for (const element of scanOf(document).names) {
      const entry = resolve(document, element);
      if (entry && !seen.has(entry.id)) {
        seen.add(entry.id);
        entry.mentionedIn.push(facts.id);
      }
    }
  }

  const all = [...entries.values()];
  return {
    texts,
    persons: all.filter((entry) => entry.kind !== 'place'),
    places: all.filter((entry) => entry.kind === 'place'),
    sources,
    registerFiles,
    editors: [...editors],
  };
}

function textFacts(
  document: XmlDocument,
  corpusPath: string,
  agent: (document: XmlDocument, element: XmlElement) => Agent,
): TextFacts {
  const root = document.root;
  const header = childElements(root, 'teiHeader')[0];
  const fileDesc = header && childElements(header, 'fileDesc')[0];
  const titleStmt = fileDesc && childElements(fileDesc, 'titleStmt')[0];
  const titles = titleStmt ? childElements(titleStmt, 'title') : [];
  const ownId = xmlId(root);
  const id = ownId ?? path.basename(corpusPath, '.xml');
  const title = normalize(textContent(titles.find((t) => attr(t, 'type') === 'main') ?? titles[0] ?? root)) || id;
  const profile = header && childElements(header, 'profileDesc')[0];
  const creation = profile && childElements(profile, 'creation')[0];
  const creationDate = creation && descendants(creation, 'date')[0];
  const sourceBibl = fileDesc && childElements(fileDesc, 'sourceDesc').flatMap((s) => childElements(s, 'bibl'))[0];
  const ptr = sourceBibl && childElements(sourceBibl, 'ptr')[0];
  const sourcePointer = ptr && attr(ptr, 'target') ? expandPointer(document, attr(ptr, 'target') as string) : undefined;
  const range = sourceBibl && childElements(sourceBibl, 'citedRange').find((r) => attr(r, 'unit') === 'page');
  const from = range && (attr(range, 'from') ?? normalize(textContent(range)));
  const language =
    attr(root, 'xml:lang') ??
    (childElements(root, 'text')[0] && attr(childElements(root, 'text')[0], 'xml:lang')) ??
    (profile && descendants(profile, 'language').map((l) => attr(l, 'ident')).find(Boolean));
  const publication = fileDesc && childElements(fileDesc, 'publicationStmt')[0];
  const licence = publication && descendants(publication, 'licence')[0];
  const facts: TextFacts = {
    id,
    hasPage: ownId !== undefined,
    document,
    corpusPath,
    title,
    authors: titleStmt ? childElements(titleStmt, 'author').map((author) => agent(document, author)) : [],
    date: creationDate ? dateValue(creationDate) : undefined,
    language,
    sourceId: sourcePointer?.kind === 'local' ? sourcePointer.id : sourcePointer?.kind === 'file' ? (sourcePointer.id ?? path.basename(sourcePointer.relativePath, '.xml')) : undefined,
    pages: from ? { from, to: range && attr(range, 'to') !== from ? attr(range, 'to') : undefined } : undefined,
    licence: licence ? normalize(textContent(licence)) : undefined,
  };
  facts.letter = letterFacts(document, facts, agent);
  return facts;
}

function registerEntry(element: XmlElement, kind: 'person' | 'org' | 'place', corpusPath: string): RegisterEntry | undefined {
  const id = xmlId(element);
  if (!id) return undefined;
  const nameElement = kind === 'place' ? 'placeName' : kind === 'org' ? 'orgName' : 'persName';
  const names = childElements(element).filter((child) => child.name === nameElement || child.name === 'persName' || child.name === 'orgName' || child.name === 'name');
  const preferred = names.find((n) => attr(n, 'type') === 'reg') ?? names[0];
  const name = preferred ? personName(preferred) : id;
  const alternateNames = [...new Set(names.filter((n) => n !== preferred).map(personName))].filter((n) => n && n !== name);
  const lifeDate = (which: string) => {
    const event = childElements(element, which)[0];
    if (!event) return undefined;
    const value = dateValue(event);
    if (value) return dateStart(value);
    // <birth>1809</birth>: a date stated as the whole content counts; "gest. 1836" and the like do not.
    const stated = normalize(textContent(event));
    return /^-?\d{4}(-\d{2}(-\d{2})?)?$/.test(stated) ? stated : undefined;
  };
  const note = childElements(element).find((child) => child.name === 'note' || child.name === 'desc' || child.name === 'occupation');
  return {
    id,
    kind,
    name,
    alternateNames,
    birth: lifeDate('birth'),
    death: lifeDate('death'),
    description: note ? normalize(textContent(note)) : undefined,
    authority: authorityUris(element),
    mentionedIn: [],
    corpusPath,
    hasPage: kind === 'person' && element.name === 'person' && corpusPath.split('/').pop() === 'persons.xml',
  };
}

/** "Forename Surname" for a structured name, the text otherwise. */
function personName(element: XmlElement): string {
  const forename = childElements(element, 'forename').map((f) => normalize(textContent(f))).join(' ');
  const surname = childElements(element, 'surname').map((s) => normalize(textContent(s))).join(' ');
  if (forename || surname) return [forename, surname].filter(Boolean).join(' ');
  return normalize(textContent(element));
}

function sourceFacts(element: XmlElement): SourceFacts {
  const titles = descendants(element, 'title');
  const title = titles.map((t) => normalize(textContent(t))).filter(Boolean).join(' — ');
  const note = descendants(element, 'note').find((n) => attr(n, 'type') === 'description');
  return { id: xmlId(element) as string, title: title || (xmlId(element) as string), description: note ? normalize(textContent(note)) : undefined };
}

/** Paragraphs, blocks, verse lines or speeches in a document's text, outside its lists of persons, bodies and places. */
/** What the facts read of one document by walking it, whatever the rest of the corpus holds. */
interface DocumentScan {
  /** The editors its titleStmt names. */
  editors: string[];
  /** Persons, groups, bodies and places of its lists, in document order. */
  entries: Array<{ element: XmlElement; kind: RegisterEntry['kind'] }>;
  /** The bibliographic entries of its listBibl with an xml:id. */
  sources: XmlElement[];
  runningText: boolean;
  /** The names in its text and in its correspDesc, which may point into a register. */
  names: XmlElement[];
}

/**
 * Walked once per parsed document: a long-running process (serve) keeps the documents that did
 * not change, and gathers the facts again after each edit without walking 5,000 letters again.
 */
const scans = new WeakMap<XmlDocument, DocumentScan>();
function scanOf(document: XmlDocument): DocumentScan {
  let scan = scans.get(document);
  if (scan) return scan;
  scan = { editors: [], entries: [], sources: [], runningText: hasRunningText(document), names: [] };
  const titleStmt = elementsNamed(document, 'titleStmt')[0];
  for (const element of titleStmt ? descendants(titleStmt) : []) {
    const named = element.name === 'editor' || (element.parent?.name === 'respStmt' && /^(persName|orgName|name)$/.test(element.name));
    if (named && normalize(textContent(element))) scan.editors.push(normalize(textContent(element)));
  }
  for (const element of allElements(document)) {
    const kind = element.name === 'person' || element.name === 'personGrp' ? 'person' : element.name === 'org' ? 'org' : element.name === 'place' ? 'place' : undefined;
    if (kind && element.parent && /^list(Person|Org|Place)$/.test(element.parent.name)) scan.entries.push({ element, kind });
    if ((element.name === 'biblStruct' || element.name === 'bibl') && element.parent?.name === 'listBibl' && xmlId(element)) scan.sources.push(element);
  }
  const text = childElements(document.root, 'text')[0];
  const correspondence = elementsNamed(document, 'correspDesc').flatMap((corresp) => descendants(corresp));
  for (const element of [...(text ? descendants(text) : []), ...correspondence]) {
    if (/^(persName|orgName|placeName|name|rs)$/.test(element.name)) scan.names.push(element);
  }
  scans.set(document, scan);
  return scan;
}

function hasRunningText(document: XmlDocument): boolean {
  return ['p', 'ab', 'l', 'sp'].some((name) =>
    elementsNamed(document, name).some((element) => {
      let inText = false;
      for (let parent = element.parent; parent; parent = parent.parent) {
        if (/^list(Person|Org|Place)$/.test(parent.name)) return false;
        if (parent.name === 'text') inText = true;
      }
      return inText;
    }),
  );
}
