import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseXml } from '../../src/xml/parse.js';
import { childElements, descendants, xmlId, type XmlElement } from '../../src/xml/model.js';

/**
 * A DTS 1.0 client for the tests, as a client meets the API: start at the entry point, follow the collection endpoint from the
 * edition to every text, ask the navigation endpoint for each citation tree and each unit, fetch the
 * document endpoint for the whole text and every unit. Every URL comes from a template of the
 * responses themselves (RFC 6570, expanded here), and every response is checked against the fields
 * the specification requires and against the terms of its JSON-LD context.
 */
export type Json = Record<string, any>;

const CONTEXT = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'dts', 'context-v1.0.json'), 'utf8'))['@context'] as Json;
const TERMS = new Set(Object.keys(CONTEXT));
const TEI = 'http://www.tei-c.org/ns/1.0';
const DTS_WRAPPER = 'https://w3id.org/api/dts#';

/** Required properties, from the specification's tables (versions/v1.0). */
const REQUIRED = {
  EntryPoint: ['@id', '@type', 'dtsVersion', 'collection', 'navigation', 'document'],
  Collection: ['@id', '@type', 'title', 'totalParents', 'totalChildren', 'collection'],
  Resource: ['@id', '@type', 'title', 'totalParents', 'collection', 'navigation', 'document'],
  Navigation: ['@id', '@type', 'dtsVersion', 'resource'],
  NavigationResource: ['@id', '@type', 'collection', 'navigation', 'document', 'citationTrees'],
  CitableUnit: ['identifier', '@type', 'level', 'parent'],
};
/** The keys of the specification's example entry point response. */
const ENTRY_EXAMPLE_KEYS = ['@context', 'dtsVersion', '@id', '@type', 'collection', 'navigation', 'document'];

/** RFC 6570 expansion for the operators the templates use: {var} {/var} {;var} {?var} {&var}. */
function expand(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{([/;?&]?)([^}]+)\}/g, (_, operator: string, names: string) => {
    const parts = names.split(',').flatMap((name) => {
      const value = values[name];
      if (value === undefined) return [];
      const encoded = encodeURIComponent(value);
      return [operator === ';' || operator === '?' || operator === '&' ? `${name}=${encoded}` : encoded];
    });
    if (parts.length === 0) return '';
    const separator = operator === '/' ? '/' : operator === ';' ? ';' : operator === '' ? ',' : '&';
    const prefix = operator === '?' ? '?' : operator === '&' ? '&' : operator;
    return prefix + parts.join(separator);
  });
}

class Client {
  misses: string[] = [];
  fetched = 0;
  constructor(
    private readonly outDir: string,
    private readonly baseUrl?: string,
  ) {}

  /** The file a URL (relative to the file it was read in, or absolute under baseUrl) names. */
  resolve(url: string, from: string): string {
    const absolute = this.baseUrl && url.startsWith(this.baseUrl);
    const resolved = absolute ? new URL(url.slice(this.baseUrl!.length), pathToFileURL(this.outDir + path.sep)) : new URL(url, pathToFileURL(from));
    return fileURLToPath(resolved);
  }

  read(url: string, from: string): { file: string; text: string } | undefined {
    const file = this.resolve(url, from);
    if (!existsSync(file)) {
      this.misses.push(`${url} (from ${path.relative(this.outDir, from)})`);
      return undefined;
    }
    this.fetched++;
    return { file, text: readFileSync(file, 'utf8') };
  }

  json(url: string, from: string): { file: string; body: Json } | undefined {
    const read = this.read(url, from);
    return read && { file: read.file, body: JSON.parse(read.text) as Json };
  }
}

function expectFields(object: Json, fields: string[], what: string): void {
  for (const field of fields) expect(object, `${what} lacks ${field}`).toHaveProperty([field]);
}

/** Every key outside dublinCore/extensions (whose own vocabularies apply) must be a term of the DTS context. */
function expectContextTerms(value: unknown, where: string): void {
  if (Array.isArray(value)) return value.forEach((item) => expectContextTerms(item, where));
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'dublinCore' || key === 'extensions') continue;
    if (!['@context', '@id', '@type'].includes(key)) expect(TERMS.has(key), `${where}: "${key}" is not a term of the DTS context`).toBe(true);
    if (key === '@type') expect(TERMS.has(inner as string), `${where}: @type ${String(inner)}`).toBe(true);
    expectContextTerms(inner, where);
  }
}

function expectMetadataObject(metadata: Json | undefined, where: string): void {
  if (!metadata) return;
  for (const [key, value] of Object.entries(metadata)) {
    if (key === '@context') continue;
    const ok =
      typeof value === 'number' ||
      typeof value === 'string' ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string' || (typeof item?.value === 'string' && typeof item?.lang === 'string')));
    expect(ok, `${where}: dublinCore/extensions "${key}" is not a MetadataObject value`).toBe(true);
  }
}

interface WalkResult {
  client: Client;
  resources: number;
  units: number;
  pages: number;
}

export function walk(outDir: string, baseUrl?: string, options: { downloads: boolean } = { downloads: false }): WalkResult {
  const client = new Client(outDir, baseUrl);
  const entryFile = path.join(outDir, 'dts', 'index.jsonld');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Json;
  expectFields(entry, REQUIRED.EntryPoint, 'entry point');
  expect(Object.keys(entry).sort()).toEqual([...ENTRY_EXAMPLE_KEYS].sort());
  expect(entry['@type']).toBe('EntryPoint');
  expect(entry.dtsVersion).toBe('1.0');
  expectContextTerms(entry, 'entry point');

  let resources = 0;
  let units = 0;
  let pages = 0;
  // The root collection: the collection template without an id is the edition's, whose id the file names.
  const rootFile = client.resolve(expand(entry.collection, { id: 'edition' }), entryFile);
  const queue: Array<{ file: string; body: Json }> = [{ file: rootFile, body: JSON.parse(readFileSync(rootFile, 'utf8')) }];
  const seen = new Set<string>();
  while (queue.length) {
    const { file, body } = queue.shift()!;
    if (seen.has(body['@id'])) continue;
    seen.add(body['@id']);
    expectContextTerms(body, path.relative(outDir, file));
    expect(body.dtsVersion).toBe('1.0');
    expectFields(body, body['@type'] === 'Collection' ? REQUIRED.Collection : REQUIRED.Resource, body['@id']);
    expectMetadataObject(body.dublinCore, body['@id']);
    // nav=parents from the collection template of the object itself.
    const parents = client.json(expand(body.collection, { nav: 'parents' }), file);
    if (parents) expect(parents.body.member.length).toBe(body.totalParents);
    if (body['@type'] === 'Collection') {
      expect(body.member.length).toBe(body.totalChildren);
      for (const member of body.member as Json[]) {
        expectFields(member, member['@type'] === 'Collection' ? REQUIRED.Collection : REQUIRED.Resource, member['@id']);
        const child = client.json(expand(member.collection, {}), file);
        if (child) {
          expect(child.body['@id']).toBe(member['@id']);
          queue.push(child);
        }
      }
      continue;
    }
    // A Resource: navigation and documents.
    resources++;
    expect(body.mediaTypes).toContain('application/tei+xml');
    const whole = client.read(expand(body.document, {}), file);
    if (whole) expect(parseXml(whole.file, Buffer.from(whole.text)).document?.root.name).toBe('TEI');
    // The TEI download is the site's copy (tei/…), written by the site build, not the export stage.
    if (options.downloads) expect(client.read(body.download, file), `download of ${body['@id']}`).toBeDefined();
    else expect(body.download).toMatch(/(^|\/)tei\/.+\.xml$/);
    body.citationTrees.forEach((tree: Json, index: number) => {
      expect(tree['@type']).toBe('CitationTree');
      // Only the default (first) tree has no identifier.
      expect(tree.identifier === undefined).toBe(index === 0);
      const treeParameter = index === 0 ? undefined : tree.identifier;
      const full = client.json(expand(body.navigation, { tree: treeParameter, down: '-1' }), file);
      if (!full) return;
      const navigation = full.body;
      expectFields(navigation, REQUIRED.Navigation, full.file);
      expect(navigation['@type']).toBe('Navigation');
      expectFields(navigation.resource, REQUIRED.NavigationResource, `${full.file} resource`);
      expect(navigation.resource['@id']).toBe(body['@id']);
      expectContextTerms(navigation, path.relative(outDir, full.file));
      const members = navigation.member as Json[];
      const byId = new Map<string, Json>();
      for (const unit of members) {
        expectFields(unit, REQUIRED.CitableUnit, `${body['@id']} unit`);
        expect(byId.has(unit.identifier), `identifier ${unit.identifier} repeats in ${body['@id']}`).toBe(false);
        // Pre-order: a unit's parent comes before it, one level up.
        if (unit.parent === null) expect(unit.level).toBe(1);
        else expect(byId.get(unit.parent)?.level, `${unit.identifier}'s parent`).toBe(unit.level - 1);
        byId.set(unit.identifier, unit);
      }
      const topLevel = client.json(expand(body.navigation, { tree: treeParameter, down: '1' }), file);
      if (topLevel) expect(topLevel.body.member).toEqual(members.filter((unit) => unit.level === 1));
      for (const unit of members) {
        units++;
        if (treeParameter === 'pages') pages++;
        const one = client.json(expand(body.navigation, { tree: treeParameter, ref: unit.identifier }), file);
        if (one) {
          expect(one.body.ref).toEqual(unit);
          expect(one.body.member).toBeUndefined();
        }
        const children = members.filter((other) => other.parent === unit.identifier);
        if (children.length) {
          const below = client.json(expand(body.navigation, { tree: treeParameter, down: '-1', ref: unit.identifier }), file);
          if (below) expect(below.body.member.slice(0, children.length + 1).map((u: Json) => u.identifier)[0]).toBe(unit.identifier);
        }
        const document = client.read(expand(body.document, { tree: treeParameter, ref: unit.identifier }), file);
        if (document) expectPassage(document.file, document.text, unit, treeParameter);
      }
    });
  }
  return { client, resources, units, pages };
}

/** A passage is TEI with the unit inside dts:wrapper: the element itself, or the page's text. */
function expectPassage(file: string, text: string, unit: Json, tree: string | undefined): void {
  const parsed = parseXml(file, Buffer.from(text));
  expect(parsed.diagnostics.filter((d) => d.severity === 'error'), file).toEqual([]);
  const root = parsed.document!.root;
  expect(root.name).toBe('TEI');
  expect(root.namespace).toBe(TEI);
  const wrapper = childElements(root).find((child) => child.name === 'wrapper') as XmlElement;
  expect(wrapper.namespace).toBe(DTS_WRAPPER);
  if (tree === 'pages') {
    expect(descendants(wrapper, 'pb').length, `${file} holds its page break`).toBeGreaterThan(0);
    return;
  }
  const [element] = childElements(wrapper);
  expect(childElements(wrapper)).toHaveLength(1);
  const id = xmlId(element);
  if (id !== undefined) expect(unit.identifier).toBe(id);
  expect(unit.citeType === 'paragraph' ? ['p', 'ab'] : unit.citeType === 'stanza' ? ['lg'] : ['div', 'div1', 'div2', 'div3']).toContain(element.name);
}

