/**
 * Distributed Text Services 1.0 as static files under dts/: the entry point, the collection endpoint
 * (edition → sources → texts), the navigation endpoint (citation trees) and the document endpoint
 * (TEI of a text and of each citable unit). The URI templates resolve to file paths:
 *
 *   collection  collection/{id}{/nav}.jsonld                   (nav: only "parents"; children is the default)
 *   navigation  navigation/{resource}{;tree}{;down}{/ref}.jsonld (down: absent, 1 or -1)
 *   document    document/{resource}{;tree}{/ref}.xml            (TEI only)
 *
 * This is a Level 0 server in the specification's terms: no start/end ranges, no pagination.
 */
import type { CorpusFacts, SourceFacts, TextFacts } from './corpus-facts.js';
import { citationTrees, type CitableUnit, type CitationTree, type CiteStructure } from './citable-tree.js';
import { hashOf, type ExportContext } from './export-context.js';
import { elementSource, prefixedNamespaces, rangeSource } from './xml-fragment.js';
import type { XmlDocument, XmlElement } from '../xml/model.js';
import { dateStart } from './tei-values.js';

const CONTEXT = 'https://dtsapi.org/context/v1.0.json';
const VERSION = '1.0';
const WRAPPER_NAMESPACE = 'https://w3id.org/api/dts#';
const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

type Json = Record<string, unknown>;

export const ENTRY_POINT = 'dts/index.jsonld';

/** `factsHash`: the hash of the edition and the facts without the documents (index.ts). */
export function writeDts(facts: CorpusFacts, context: ExportContext, factsHash: string): void {
  const { urls, write } = context;
  const collectionFile = (id: string, nav = '') => `dts/collection/${id}${nav ? `/${nav}` : ''}.jsonld`;
  const json = (file: string, body: Json) => write(file, `${JSON.stringify(body, null, 2)}\n`);

  // Collections: the edition, then one per source that has texts; texts without a known source sit at the top.
  const textIds = new Set(facts.texts.map((text) => text.id));
  const sourceIds = new Map<string, string>();
  for (const source of facts.sources) sourceIds.set(source.id, textIds.has(source.id) ? `source-${source.id}` : source.id);
  const rootId = ['edition', 'edition-root', 'edition-collection'].find((id) => !textIds.has(id) && ![...sourceIds.values()].includes(id)) as string;
  const bySource = new Map<string, TextFacts[]>();
  const topLevel: TextFacts[] = [];
  for (const text of facts.texts) {
    if (!text.sourceId || !sourceIds.has(text.sourceId)) topLevel.push(text);
    else if (bySource.has(text.sourceId)) bySource.get(text.sourceId)?.push(text);
    else bySource.set(text.sourceId, [text]);
  }
  const sources = facts.sources.filter((source) => bySource.has(source.id));
  const parentOf = (text: TextFacts) => (text.sourceId && bySource.has(text.sourceId) ? (sourceIds.get(text.sourceId) as string) : rootId);

  const treesOf = (text: TextFacts) => citationTreesOf(text.document);

  // Templates as written in `file`: relative to it, or absolute under baseUrl.
  const templates = (file: string) => ({
    collection: `${urls.link(file, 'dts/collection/')}{id}{/nav}.jsonld`,
    navigation: `${urls.link(file, 'dts/navigation/')}{resource}{;tree}{;down}{/ref}.jsonld`,
    document: `${urls.link(file, 'dts/document/')}{resource}{;tree}{/ref}.xml`,
  });
  const link = (file: string, target: string) => urls.link(file, target).replace(/\/$/, '') || '.';

  const resourceObject = (file: string, text: TextFacts): Json => {
    const lang = text.language ?? 'und';
    const dublinCore: Json = { title: [{ lang, value: text.title }] };
    if (text.authors.length) dublinCore.creator = text.authors.map((author) => ({ lang, value: author.name }));
    const date = dateStart(text.date);
    if (date) dublinCore.date = date;
    if (text.language) dublinCore.language = [text.language];
    if (text.licence) dublinCore.rights = [{ lang: 'en', value: text.licence }];
    if (context.edition.licenceUrl) dublinCore.license = context.edition.licenceUrl;
    dublinCore.isPartOf = [{ lang: 'en', value: context.edition.title }];
    const object: Json = {
      '@id': text.id,
      '@type': 'Resource',
      title: text.title,
      totalParents: 1,
      totalChildren: 0,
      dublinCore,
      collection: `${urls.link(file, 'dts/collection/')}${text.id}{/nav}.jsonld`,
      navigation: `${urls.link(file, 'dts/navigation/')}${text.id}{;tree}{;down}{/ref}.jsonld`,
      document: `${urls.link(file, 'dts/document/')}${text.id}{;tree}{/ref}.xml`,
      download: link(file, `tei/${text.corpusPath}`),
      citationTrees: treesOf(text).map(treeObject),
      mediaTypes: ['application/tei+xml'],
    };
    if (text.hasPage) object.extensions = { '@context': { schema: 'https://schema.org/' }, 'schema:url': link(file, `texts/${text.id}.html`) };
    return object;
  };
  const collectionObject = (file: string, id: string, title: string, parents: number, children: number, description?: string): Json => ({
    '@id': id,
    '@type': 'Collection',
    title,
    ...(description ? { description } : {}),
    totalParents: parents,
    totalChildren: children,
    collection: `${urls.link(file, 'dts/collection/')}${id}{/nav}.jsonld`,
  });
  const rootObject = (file: string) => collectionObject(file, rootId, context.edition.title, 0, sources.length + topLevel.length);
  const sourceObject = (file: string, source: SourceFacts) =>
    collectionObject(file, sourceIds.get(source.id) as string, source.title, 1, (bySource.get(source.id) ?? []).length, source.description);
  const top = (body: Json): Json => ({ '@context': CONTEXT, dtsVersion: VERSION, ...body });

  // The entry point and the collections: made of the texts' facts and the shapes of their citation
  // trees, never of their wording.
  const collectionInputs = [factsHash, facts.texts.map((text) => treesOf(text).map(treeObject))];
  context.unit('export:dts-collections', hashOf(collectionInputs), () => {
    json(ENTRY_POINT, top({ '@id': link(ENTRY_POINT, 'dts/index.jsonld'), '@type': 'EntryPoint', ...templates(ENTRY_POINT) }));

    // Collection endpoint.
    {
      const file = collectionFile(rootId);
      json(file, top({
        ...rootObject(file),
        ...(context.edition.publisher ? { dublinCore: { publisher: [{ lang: 'en', value: context.edition.publisher }] } } : {}),
        member: [...sources.map((source) => sourceObject(file, source)), ...topLevel.map((text) => resourceObject(file, text))],
      }));
      const parents = collectionFile(rootId, 'parents');
      json(parents, top({ ...rootObject(parents), member: [] }));
    }
    for (const source of sources) {
      const id = sourceIds.get(source.id) as string;
      const file = collectionFile(id);
      json(file, top({ ...sourceObject(file, source), member: (bySource.get(source.id) ?? []).map((text) => resourceObject(file, text)) }));
      const parents = collectionFile(id, 'parents');
      json(parents, top({ ...sourceObject(parents, source), member: [rootObject(parents)] }));
    }
  });
  // Each text's own files (its resource, navigation and documents) depend on it, its parent and the
  // edition only: an incremental build writes them again only when one of those changed.
  for (const text of facts.texts) {
    const parents = collectionFile(text.id, 'parents');
    const parentId = parentOf(text);
    const parent = parentId === rootId ? rootObject(parents) : sourceObject(parents, sources.find((s) => sourceIds.get(s.id) === parentId) as SourceFacts);
    const inputs = [{ ...text, document: undefined }, text.hash ?? text.document.text, parent, context.edition];
    context.unit(`dts:${text.id}`, hashOf(inputs), () => {
      const file = collectionFile(text.id);
      json(file, top(resourceObject(file, text)));
      json(parents, top({ ...resourceObject(parents, text), member: [parent] }));
      writeTextEndpoints(text);
    });
  }

  /** Navigation and document endpoints of one text. */
  function writeTextEndpoints(text: TextFacts): void {
    for (const tree of treesOf(text)) {
      const treePart = tree.identifier ? `;tree=${tree.identifier}` : '';
      const navigation = (down: string, ref: CitableUnit | undefined, member: CitableUnit[] | undefined) => {
        const file = `dts/navigation/${text.id}${treePart}${down ? `;down=${down}` : ''}${ref ? `/${ref.identifier}` : ''}.jsonld`;
        json(file, top({
          '@id': link(file, file),
          '@type': 'Navigation',
          resource: resourceObject(file, text),
          ...(ref ? { ref: unitObject(ref, text.language) } : {}),
          ...(member ? { member: member.map((unit) => unitObject(unit, text.language)) } : {}),
        }));
      };
      navigation('-1', undefined, tree.units);
      navigation('1', undefined, tree.units.filter((unit) => unit.level === 1));
      for (const unit of tree.units) {
        navigation('', unit, undefined);
        if (unit.children.length) navigation('-1', unit, subtree(unit));
        const fragment = unit.element ? elementSource(text.document, unit.element) : rangeSource(text.document, text.document.root, unit.range!.start, unit.range!.end);
        write(`dts/document/${text.id}${treePart}/${unit.identifier}.xml`, teiWrapper(fragment, unit.element ?? text.document.root));
      }
    }
    write(`dts/document/${text.id}.xml`, text.document.text);
  }
}

/**
 * A document's citation trees, worked out once per parsed document: the collections list every
 * text's, and a long-running process (serve) keeps the documents that did not change.
 */
const treesByDocument = new WeakMap<XmlDocument, CitationTree[]>();
function citationTreesOf(document: XmlDocument): CitationTree[] {
  let trees = treesByDocument.get(document);
  if (!trees) {
    trees = citationTrees(document);
    treesByDocument.set(document, trees);
  }
  return trees;
}

function treeObject(tree: CitationTree): Json {
  const structure = (items: CiteStructure[]): Json[] =>
    items.map((item) => ({ '@type': 'CiteStructure', citeType: item.citeType, ...(item.citeStructure ? { citeStructure: structure(item.citeStructure) } : {}) }));
  return { '@type': 'CitationTree', ...(tree.identifier ? { identifier: tree.identifier } : {}), description: tree.description, citeStructure: structure(tree.structure) };
}

function unitObject(unit: CitableUnit, language: string | undefined): Json {
  return {
    identifier: unit.identifier,
    '@type': 'CitableUnit',
    level: unit.level,
    parent: unit.parent,
    citeType: unit.citeType,
    ...(unit.title ? { dublinCore: { title: [{ lang: language ?? 'und', value: unit.title }] } } : {}),
  };
}

/** The unit and everything below it, in document order. */
function subtree(unit: CitableUnit): CitableUnit[] {
  return [unit, ...unit.children.flatMap(subtree)];
}

/** A part of the text as the specification asks: the TEI root, the part inside dts:wrapper. */
function teiWrapper(fragment: string, context: XmlElement): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<TEI xmlns="${TEI_NAMESPACE}"${prefixedNamespaces(context)}>\n` +
    `<dts:wrapper xmlns:dts="${WRAPPER_NAMESPACE}">${fragment}</dts:wrapper>\n` +
    `</TEI>\n`
  );
}
