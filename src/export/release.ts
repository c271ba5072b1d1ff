/**
 * The citable release: <title>-<version>.zip with every TEI document of the corpus (registers
 * included), the local schema each document names in <?xml-model?>, a README that says what the
 * release is and how to cite it, and the licence. Paths inside mirror the project, so that each
 * document's schema reference still resolves after unpacking.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusFacts, ParsedDocument } from './corpus-facts.js';
import type { ExportContext } from './export-context.js';
import { zip, type ZipEntry } from './zip.js';

export function releaseFileName(title: string, version: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'edition';
  return `${slug}${version ? `-${version}` : ''}.zip`;
}

export interface ReleaseInput {
  projectRoot: string;
  documents: ParsedDocument[];
}

export function writeRelease(facts: CorpusFacts, input: ReleaseInput, context: ExportContext): string {
  const { edition } = context;
  const fileName = releaseFileName(edition.title, edition.version);
  const folder = fileName.replace(/\.zip$/, '');
  const entries = new Map<string, Uint8Array>();
  /** Content hashes of the documents, as the check computed them (zip.ts keeps their compressed form). */
  const hashes = new Map<string, string>();
  const inside = (file: string) => {
    const relative = path.relative(input.projectRoot, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
  };
  const outside: string[] = [];
  const add = (file: string, bytes?: Uint8Array) => {
    const name = inside(file) ?? `external/${path.basename(file)}`;
    if (!inside(file)) outside.push(name);
    if (!entries.has(name)) entries.set(name, bytes ?? readFileSync(file));
  };

  const schemas = new Set<string>();
  for (const { path: file, document, bytes, hash } of input.documents) {
    if (!document || document.root.name !== 'TEI') continue;
    const name = inside(file) ?? `external/${path.basename(file)}`;
    if (bytes && hash && !entries.has(name)) hashes.set(name, hash);
    add(file, bytes ?? Buffer.from(document.text, 'utf8'));
    for (const pi of document.processingInstructions) {
      if (pi.target !== 'xml-model') continue;
      const href = /\bhref\s*=\s*(["'])(.*?)\1/.exec(pi.body)?.[2];
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // remote schemas are named, never fetched
      const schema = path.resolve(path.dirname(file), decodeURI(href));
      if (existsSync(schema)) schemas.add(schema);
    }
  }
  for (const schema of [...schemas].sort()) add(schema);
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'LICENCE.md', 'LICENCE.txt', 'CITATION.cff']) {
    const file = path.join(input.projectRoot, name);
    if (existsSync(file)) add(file);
  }
  const licences = new Map<string, number>();
  for (const text of facts.texts) if (text.licence) licences.set(text.licence, (licences.get(text.licence) ?? 0) + 1);
  entries.set('LICENCE-OF-THIS-RELEASE.txt', Buffer.from(licenceText(context, licences)));
  entries.set('README.txt', Buffer.from(readme(context, facts, [...entries.keys()], outside)));

  const archive = zip([...entries].map(([name, content]) => ({ name: `${folder}/${name}`, content, hash: hashes.get(name) }) satisfies ZipEntry), edition.date);
  context.write(fileName, archive);
  return fileName;
}

function licenceText(context: ExportContext, licences: Map<string, number>): string {
  const { edition } = context;
  const lines = [`${edition.title}${edition.version ? `, version ${edition.version}` : ''}`, ''];
  if (edition.licence) lines.push(`The encoding and annotation: ${edition.licence}${edition.licenceUrl ? ` (${edition.licenceUrl})` : ''}.`);
  else lines.push('The project states no licence for the edition as a whole; see each document\'s own statement below.');
  if (licences.size) {
    lines.push('', 'What the documents themselves state (teiHeader/fileDesc/publicationStmt/availability/licence):');
    for (const [statement, count] of [...licences].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) lines.push(`  ${count} text(s): ${statement}`);
  }
  return `${lines.join('\n')}\n`;
}

function readme(context: ExportContext, facts: CorpusFacts, files: string[], outside: string[]): string {
  const { edition, urls } = context;
  const site = urls.absolute ? urls.link('', 'index.html') : undefined;
  const lines = [
    edition.title,
    '='.repeat(Math.min(edition.title.length, 78)),
    '',
    `Version: ${edition.version || '(not stated)'}`,
    `Released: ${edition.date || '(not stated)'}`,
    ...(site ? [`Published at: ${site}`] : []),
    '',
    'This archive is a release of the edition: every TEI P5 document of it, the registers, the',
    'schemas the documents name, and the licence. The folders mirror the project, so each document\'s',
    '<?xml-model?> schema reference resolves after unpacking.',
    '',
    `Texts: ${facts.texts.length}. Persons and bodies in the registers: ${facts.persons.length}. Places: ${facts.places.length}.`,
    `Letters (see cmif.xml on the site): ${facts.texts.filter((text) => text.letter).length}.`,
    '',
    'How to cite:',
    `  ${facts.editors.length ? `${facts.editors.join(', ')} (eds.), ` : ''}${edition.title}.` +
      `${edition.version ? ` Version ${edition.version}` : ''}${edition.date ? `, ${edition.date}` : ''}.${site ? ` ${site}` : ''}`,
    '',
    ...(outside.length ? ['Schemas kept outside the project folder are under external/ (their references point elsewhere):', ...outside.map((file) => `  ${file}`), ''] : []),
    'Files:',
    ...files.sort().map((file) => `  ${file}`),
    '',
  ];
  return lines.join('\n');
}
