/**
 * cmif.xml: the Correspondence Metadata Interchange Format (TEI Correspondence SIG), the file
 * correspSearch harvests — one correspDesc per letter with sender, addressee, place and date.
 * Persons and places carry @ref only with an authority id the register states (GND, VIAF, Wikidata,
 * GeoNames); correspSearch needs those to link letters across editions.
 */
import type { Agent, CorpusFacts, RegisterEntry } from './corpus-facts.js';
import type { ExportContext } from './export-context.js';
import { isAuthorityFileUri } from './authority.js';
import type { CorrespAction } from './letters.js';
import type { DateValue } from './tei-values.js';
import { escapeAttribute } from './xml-fragment.js';

export const CMIF_FILE = 'cmif.xml';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

export function letterCount(facts: CorpusFacts): number {
  return facts.texts.filter((text) => text.letter).length;
}

export function writeCmif(facts: CorpusFacts, context: ExportContext): void {
  const { edition, urls } = context;
  const entries = new Map<string, RegisterEntry>([...facts.persons, ...facts.places].map((entry) => [entry.id, entry]));
  const siteUrl = urls.link(CMIF_FILE, 'index.html');
  const lines: string[] = [];
  const out = (line: string) => lines.push(line);

  out('<?xml version="1.0" encoding="UTF-8"?>');
  out('<TEI xmlns="http://www.tei-c.org/ns/1.0">');
  out('  <teiHeader>');
  out('    <fileDesc>');
  out('      <titleStmt>');
  out(`        <title>${text(`Letters of ${edition.title}`)}</title>`);
  const editors = facts.editors.length ? facts.editors : [`The editors of ${edition.title}`];
  for (const editor of editors) out(`        <editor>${text(editor)}</editor>`);
  out('      </titleStmt>');
  out('      <publicationStmt>');
  out(`        <publisher><ref target="${escapeAttribute(siteUrl)}">${text(edition.publisher ?? edition.title)}</ref></publisher>`);
  out(`        <idno type="url">${text(urls.link(CMIF_FILE, CMIF_FILE))}</idno>`);
  out(edition.date ? `        <date when="${edition.date}"/>` : '        <date/>');
  out('        <availability>');
  out(`          <licence target="${CC_BY}">This file is licensed under the terms of the Creative Commons License CC BY 4.0.</licence>`);
  out('        </availability>');
  out('      </publicationStmt>');
  out('      <sourceDesc>');
  out(`        <bibl type="online" xml:id="edition">${text(edition.title)}${edition.version ? `, version ${text(edition.version)}` : ''}. <ref target="${escapeAttribute(siteUrl)}">${text(siteUrl)}</ref></bibl>`);
  out('      </sourceDesc>');
  out('    </fileDesc>');
  out('    <profileDesc>');
  for (const letter of facts.texts) {
    if (!letter.letter) continue;
    const page = urls.link(CMIF_FILE, letter.hasPage ? `texts/${letter.id}.html` : `tei/${letter.corpusPath}`);
    out(`      <correspDesc key="${escapeAttribute(letter.id)}" ref="${escapeAttribute(page)}" source="#edition">`);
    action('sent', letter.letter.sent);
    if (letter.letter.received) action('received', letter.letter.received);
    out('      </correspDesc>');
  }
  out('    </profileDesc>');
  out('  </teiHeader>');
  out('  <text>');
  out('    <body>');
  out('      <p/>');
  out('    </body>');
  out('  </text>');
  out('</TEI>');
  context.write(CMIF_FILE, `${lines.join('\n')}\n`);

  function action(type: 'sent' | 'received', corresp: CorrespAction): void {
    out(`        <correspAction type="${type}">`);
    for (const agent of corresp.agents) out(`          ${name(agent.kind === 'org' ? 'orgName' : 'persName', agent)}`);
    for (const place of corresp.places) out(`          ${name('placeName', place)}`);
    if (corresp.date) out(`          <date${dateAttributes(corresp.date)}/>`);
    out('        </correspAction>');
  }

  function name(element: string, agent: Agent): string {
    const entry = agent.registerId ? entries.get(agent.registerId) : undefined;
    const authority = (entry?.authority ?? []).filter(isAuthorityFileUri);
    const ref = authority.length ? ` ref="${escapeAttribute(authority.join(' '))}"` : '';
    return `<${element}${ref}>${text(entry?.name ?? agent.name)}</${element}>`;
  }
}

function dateAttributes(date: DateValue): string {
  return (['when', 'from', 'to', 'notBefore', 'notAfter'] as const)
    .filter((name) => date[name])
    .map((name) => ` ${name}="${date[name]}"`)
    .join('');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
