/**
 * What each page of the site depends on, as one hash per page (or group of pages): an incremental
 * build renders a page again only when its hash changed. The facts come from the catalogue
 * (xslt/data/catalogue.xsl: order, titles, witnesses, mentions per person, agents named, related
 * texts), the content hash of every document and the register's entries; nothing here walks a
 * document.
 */
import { createHash } from 'node:crypto';
import { evaluateToJson, type XmlDocument } from '../adapters/saxon.js';

/** One text of the catalogue, in reading order. */
export interface CatalogueEntry {
  id: string;
  /** Path of the TEI file relative to the corpus folder (posix). */
  path: string;
  source: string;
  title: string;
  witnesses: string[];
  /** persName mentions in the text, per person id. */
  mentions: Record<string, number>;
  /** Persons and bodies of the register named by the text's @ref, @resp or @who. */
  agents: string[];
  /** Texts its relatedItems name. */
  links: string[];
}

const CATALOGUE_NS = { c: 'urn:tei-edition:catalogue' };

export function readCatalogue(catalogue: XmlDocument): CatalogueEntry[] {
  return evaluateToJson(
    `array { /c:catalogue/c:text ! map {
      'id' : string(@id), 'path' : string(@path), 'source' : string(@source), 'title' : string(@title),
      'witnesses' : array { c:witness/@id ! string(.) },
      'mentions' : map:merge(c:mention ! map { string(@person) : xs:integer(@count) }),
      'agents' : array { c:agent/@id ! string(.) },
      'links' : array { c:link/@id ! string(.) } } }`,
    catalogue,
    CATALOGUE_NS,
  ) as CatalogueEntry[];
}

/**
 * What the home page and the chronology show of the texts, as one string: every fact of the whole
 * catalogue (titles, dates, authors, sources, witnesses, chronicle events, schemas) but the
 * mentions in context, which only the persons' pages show. Editing a text's wording leaves it as it is.
 */
export function readEditionFacts(fullCatalogue: XmlDocument): string {
  return evaluateToJson(
    `string-join(/c:catalogue/c:text ! string-join((@* ! (name() || '=' || .), (* except c:kwic) ! serialize(.)), ' '), '&#10;')`,
    fullCatalogue,
    CATALOGUE_NS,
  ) as string;
}

/**
 * What each person's page shows of one text, by person id: for every person the text names or
 * that wrote it, the text's title, authors, date and source and the mentions of the person in
 * context (each its anchor and the text of its three parts: xslt/common/persons.xsl, t:kwic).
 * Read from the text's digest as it is made, so that no expression runs over the whole catalogue.
 * Each row is kept as its hash, for serve keeps them with the digests: the Escher letters' 24,109
 * rows, mentions in context and all, are 8.3 million characters, and 1.2 million as hashes.
 */
export function readPersonRows(textDigest: XmlDocument): Array<[string, string]> {
  const rows = evaluateToJson(
    `array { for $text in /c:text return
      let $shown := string-join(($text/@id, $text/@title, $text/@authors-label, $text/@date-label, $text/@source-label, $text/@has-text), '|')
      return for $person in distinct-values(($text/c:kwic/@person ! tokenize(.), $text/c:author/@id ! string(.)))
      return [$person, string-join(($shown, $text/c:author/@id[. = $person] ! 'author',
        $text/c:kwic[tokenize(@person) = $person] ! string-join((@anchor, * ! string(.)), '|')), '|')] }`,
    textDigest,
    CATALOGUE_NS,
  ) as Array<[string, string]>;
  return rows.map(([person, row]) => [person, digest(row)]);
}

/**
 * What each person's page shows of the texts, by person id, as one hash: the rows of every text
 * (readPersonRows) in reading order. An edit of a text away from any mention leaves it as it is.
 */
export function personFacts(catalogue: CatalogueEntry[], rowsByPath: Map<string, Array<[string, string]>>): Map<string, string> {
  const shown = new Map<string, string[]>();
  for (const entry of catalogue) {
    for (const [person, row] of rowsByPath.get(entry.path) ?? []) {
      const list = shown.get(person) ?? [];
      list.push(row);
      shown.set(person, list);
    }
  }
  return new Map([...shown].map(([person, list]) => [person, digest(list)]));
}

/** What was read of a register document, kept as long as the document is (serve keeps an unchanged one). */
const readOfRegister = new WeakMap<XmlDocument, { entries?: Map<string, string>; personIds?: string[] }>();
function registerFacts(persons: XmlDocument) {
  let facts = readOfRegister.get(persons);
  if (!facts) readOfRegister.set(persons, (facts = {}));
  return facts;
}

/** Every element of the register with an xml:id, serialised: what a page shows of that person or body. */
export function readRegisterEntries(persons: XmlDocument): Map<string, string> {
  const facts = registerFacts(persons);
  facts.entries ??= new Map(evaluateToJson(`array { //*[@xml:id] ! [string(@xml:id), serialize(.)] }`, persons) as [string, string][]);
  return facts.entries;
}

/** The persons that get a page of their own. */
export function readPersonIds(persons: XmlDocument): string[] {
  const facts = registerFacts(persons);
  facts.personIds ??= evaluateToJson(`array { //*:listPerson//*:person/@xml:id ! string(.) }`, persons) as string[];
  return facts.personIds;
}

export interface SiteInputs {
  /** What every page depends on: stylesheets, edition metadata, sources.xml. */
  global: string;
  catalogue: CatalogueEntry[];
  /** Content hash of each document, by its path relative to the corpus folder (posix). */
  contentHash: Map<string, string>;
  /** What the home page and the chronology show of the texts (readEditionFacts). */
  editionFacts: string;
  /** What each person's page shows of the texts (personFacts). */
  personFacts: Map<string, string>;
  /** persons.xml as a whole, and each of its entries. */
  personsHash: string;
  registerEntries: Map<string, string>;
}

/** Unit keys: `text:<path>`, `person:<id>`, `register`, `home`, `chronology`, `search`. */
export function pageHashes(inputs: SiteInputs, personIds: string[]): Map<string, string> {
  const hashes = new Map<string, string>();
  const { catalogue, contentHash, registerEntries } = inputs;
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const summary = (id: string) => {
    const entry = byId.get(id);
    return entry ? [entry.id, entry.title, entry.source] : [id];
  };
  // Links to other texts resolve only when those texts exist: every page depends on the set of ids.
  const allIds = digest(catalogue.map((entry) => entry.id).sort());
  // a register entry is hashed once, not once for every text that names it
  const entryHashes = new Map<string, string>();
  const entryHash = (id: string): string => {
    let hash = entryHashes.get(id);
    if (hash === undefined) entryHashes.set(id, (hash = digest(registerEntries.get(id) ?? '')));
    return hash;
  };

  catalogue.forEach((entry, index) => {
    hashes.set(
      `text:${entry.path}`,
      digest([
        inputs.global,
        allIds,
        contentHash.get(entry.path) ?? '',
        entry,
        catalogue[index - 1] ? summary(catalogue[index - 1].id) : null,
        catalogue[index + 1] ? summary(catalogue[index + 1].id) : null,
        entry.witnesses.map(summary),
        entry.links.map(summary),
        entry.agents.map(entryHash),
      ]),
    );
  });
  // Documents with no catalogue entry (no id) still get their own (failing) page run.
  for (const [file, hash] of contentHash) {
    if (!hashes.has(`text:${file}`)) hashes.set(`text:${file}`, digest([inputs.global, allIds, hash]));
  }

  const totals: Record<string, number> = {};
  for (const entry of catalogue) {
    for (const [person, count] of Object.entries(entry.mentions)) totals[person] = (totals[person] ?? 0) + count;
  }
  for (const id of personIds) {
    const own = registerEntries.get(id) ?? '';
    // Names of others that the entry itself refers to (a description naming another person).
    const named = [...new Set(own.split(/[^\w.-]+/))].filter((token) => token !== id && registerEntries.has(token)).sort();
    hashes.set(
      `person:${id}`,
      digest([
        inputs.global,
        allIds,
        own,
        named.map((other) => registerEntries.get(other)),
        inputs.personFacts.get(id) ?? '',
      ]),
    );
  }
  hashes.set('register', digest([inputs.global, inputs.personsHash, totals]));
  const edition = digest([inputs.global, inputs.personsHash, inputs.editionFacts]);
  hashes.set('home', edition);
  hashes.set('chronology', edition);
  hashes.set('search', digest([inputs.global]));
  return hashes;
}

export function digest(value: unknown): string {
  return createHash('sha256')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex')
    .slice(0, 32);
}
