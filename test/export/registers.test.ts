import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LETTERS_CORPUS, REAL_CORPUS, exportCorpus } from './export-fixture.js';

/** persons.csv / persons.jsonld (and places) against counts taken from the TEI by plain scanning. */
type Json = Record<string, any>;

/** RFC 4180 reader, independent of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += char;
  }
  return rows;
}

function records(file: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(readFileSync(file, 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** Texts mentioning each register id: persName/@ref tokens after <text, counted once per text. */
function textsMentioning(files: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const ids = new Set<string>();
    for (const tag of xml.slice(xml.search(/<text[\s>]/)).match(/<(persName|orgName)\b[^>]*>/g) ?? []) {
      for (const token of (/\sref="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/).filter(Boolean)) ids.add(token.replace(/^per:/, '').replace(/^.*#/, ''));
    }
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

let edition: ReturnType<typeof exportCorpus>;
beforeAll(() => {
  edition = exportCorpus(REAL_CORPUS);
}, 120_000);

describe('persons as data', () => {
  it('the edition: one row and one node per register entry, with the texts that mention it', () => {
    const register = readFileSync(path.join(REAL_CORPUS, 'persons.xml'), 'utf8');
    const entries = (register.match(/<(person|org)\s[^>]*xml:id="/g) ?? []).length;
    const rows = records(path.join(edition.outDir, 'persons.csv'));
    expect(rows).toHaveLength(entries);
    const jsonld = JSON.parse(readFileSync(path.join(edition.outDir, 'persons.jsonld'), 'utf8')) as Json;
    expect(jsonld['@context']).toBe('https://schema.org/');
    const [dataset, ...nodes] = jsonld['@graph'] as Json[];
    expect(dataset['@type']).toBe('Dataset');
    expect(nodes).toHaveLength(entries);

    const mentions = textsMentioning(edition.plan.facts.texts.map((text) => text.document.file));
    for (const row of rows) expect(Number(row.mentioned_in), row.id).toBe(mentions.get(row.id) ?? 0);
    const lenin = nodes.find((node) => node.identifier === 'lenin')!;
    expect(lenin['@type']).toBe('Person');
    expect(lenin.name).toBe('Vladimir Ilyich Lenin (Ulyanov)');
    expect(lenin.alternateName).toContain('V. I. Lenin');
    expect(lenin.birthDate).toBe('1870');
    expect(lenin.deathDate).toBe('1924');
    expect(lenin.url).toBe('persons/lenin.html');
    expect(lenin.subjectOf).toHaveLength(mentions.get('lenin')!);
    expect(lenin.subjectOf[0]).toMatchObject({ '@type': 'WebPage', url: expect.stringMatching(/^texts\/.+\.html$/) });
    // The register has no authority ids, and none is invented.
    expect(rows.every((row) => row.authority_ids === '')).toBe(true);
    expect(nodes.some((node) => 'sameAs' in node)).toBe(false);
  }, 120_000);

  it('a letters project: persons and places, GND ids as sameAs, absolute URLs under baseUrl', () => {
    const { outDir } = exportCorpus(LETTERS_CORPUS, { baseUrl: 'https://example.org/escher/' });
    const people = readFileSync(path.join(LETTERS_CORPUS, 'people', 'people.xml'), 'utf8');
    const persons = JSON.parse(readFileSync(path.join(outDir, 'persons.jsonld'), 'utf8'))['@graph'].slice(1) as Json[];
    expect(persons).toHaveLength((people.match(/<person\s/g) ?? []).length);
    const escher = persons.find((node) => node.identifier === 'Escher-_vom-Glas-Alfred')!;
    expect(escher.sameAs).toContain('https://d-nb.info/gnd/118830295');
    expect(escher.birthDate).toBe('1819');
    // Each GND idno of the register reaches the export.
    const gnd = [...people.matchAll(/<idno type="gnd">([^<]+)<\/idno>/g)].map((m) => `https://d-nb.info/gnd/${m[1]}`);
    expect(persons.flatMap((node) => node.sameAs ?? []).filter((uri: string) => uri.includes('d-nb.info'))).toEqual(expect.arrayContaining(gnd));
    // Correspondents count as mentioned by their letters; every URL is absolute.
    expect(escher.subjectOf.length).toBe(5);
    for (const page of escher.subjectOf) expect(page.url).toMatch(/^https:\/\/example\.org\/escher\//);
    const places = records(path.join(outDir, 'places.csv'));
    expect(places).toHaveLength((readFileSync(path.join(LETTERS_CORPUS, 'places', 'places.xml'), 'utf8').match(/<place\s/g) ?? []).length);
    expect(places.find((place) => place.id === 'Zuerich' || place.name.startsWith('Zürich'))).toBeDefined();
  }, 120_000);
});
