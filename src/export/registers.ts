/**
 * The registers as data: persons.csv / persons.jsonld and, where the project has places,
 * places.csv / places.jsonld — one file for the whole register each. JSON-LD uses schema.org
 * (Person, Organization, Place); `subjectOf` lists the pages of the edition that mention the entry,
 * `sameAs` the authority ids the register states.
 */
import type { CorpusFacts, RegisterEntry, TextFacts } from './corpus-facts.js';
import type { ExportContext } from './export-context.js';

export function registerFiles(facts: CorpusFacts): string[] {
  return [
    ...(facts.persons.length ? ['persons.csv', 'persons.jsonld'] : []),
    ...(facts.places.length ? ['places.csv', 'places.jsonld'] : []),
  ];
}

export function writeRegisters(facts: CorpusFacts, context: ExportContext): void {
  const texts = new Map(facts.texts.map((text) => [text.id, text]));
  if (facts.persons.length) writeRegister('persons', facts.persons, texts, context);
  if (facts.places.length) writeRegister('places', facts.places, texts, context);
}

function writeRegister(name: string, entries: RegisterEntry[], texts: Map<string, TextFacts>, context: ExportContext): void {
  const { urls } = context;
  const csvFile = `${name}.csv`;
  const jsonFile = `${name}.jsonld`;
  const pageOf = (file: string, entry: RegisterEntry) => (entry.hasPage ? urls.link(file, `persons/${entry.id}.html`) : undefined);
  const mentionPages = (file: string, entry: RegisterEntry) =>
    entry.mentionedIn.map((id) => texts.get(id) as TextFacts).map((text) => ({
      title: text.title,
      url: urls.link(file, text.hasPage ? `texts/${text.id}.html` : `tei/${text.corpusPath}`),
    }));

  const header = ['id', 'type', 'name', 'alternate_names', 'birth', 'death', 'description', 'authority_ids', 'page', 'mentioned_in', 'mentioned_in_urls'];
  const rows = entries.map((entry) => {
    const mentions = mentionPages(csvFile, entry);
    return [
      entry.id,
      entry.kind,
      entry.name,
      entry.alternateNames.join(' | '),
      entry.birth ?? '',
      entry.death ?? '',
      entry.description ?? '',
      entry.authority.join(' '),
      pageOf(csvFile, entry) ?? '',
      String(entry.mentionedIn.length),
      mentions.map((mention) => mention.url).join(' '),
    ];
  });
  context.write(csvFile, [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n');

  const graph = entries.map((entry) => {
    const page = pageOf(jsonFile, entry);
    const node: Record<string, unknown> = {
      '@id': page ?? `${urls.link(jsonFile, `tei/${entry.corpusPath}`)}#${entry.id}`,
      '@type': entry.kind === 'place' ? 'Place' : entry.kind === 'org' ? 'Organization' : 'Person',
      identifier: entry.id,
      name: entry.name,
    };
    if (entry.alternateNames.length) node.alternateName = entry.alternateNames;
    if (entry.birth) node[entry.kind === 'org' ? 'foundingDate' : 'birthDate'] = entry.birth;
    if (entry.death) node[entry.kind === 'org' ? 'dissolutionDate' : 'deathDate'] = entry.death;
    if (entry.description) node.description = entry.description;
    if (entry.authority.length) node.sameAs = entry.authority;
    if (page) node.url = page;
    const mentions = mentionPages(jsonFile, entry);
    if (mentions.length) node.subjectOf = mentions.map((mention) => ({ '@type': 'WebPage', name: mention.title, url: mention.url }));
    return node;
  });
  const dataset = {
    '@id': urls.link(jsonFile, jsonFile),
    '@type': 'Dataset',
    name: `${name === 'persons' ? 'Persons' : 'Places'} of ${context.edition.title}`,
    ...(context.edition.licenceUrl ? { license: context.edition.licenceUrl } : {}),
    ...(context.edition.version ? { version: context.edition.version } : {}),
    ...(context.edition.date ? { datePublished: context.edition.date } : {}),
  };
  const document = { '@context': 'https://schema.org/', '@graph': [dataset, ...graph] };
  context.write(jsonFile, `${JSON.stringify(document, null, 2)}\n`);
}

/** RFC 4180: quote every field that needs it, double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
