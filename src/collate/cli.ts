/**
 * `npm run collate [corpus folder]`: for every text whose text/@corresp names another text of the
 * corpus (two witnesses of one work), writes the automatic collation to
 * <corpus>/collation/coll-<work>.xml (see collate.ts). A file is rewritten only when its content
 * changes; a witness that cannot be read is reported and the others are still collated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseXml } from '../xml/parse.js';
import { XML_NAMESPACE, elementsNamed, textContent, type XmlDocument } from '../xml/model.js';
import { blocksOf, collate, collationToTei, type Witness } from './collate.js';
import { listXmlFiles } from '../corpus/list-xml-files.js';

function load(file: string): XmlDocument {
  const { document, diagnostics } = parseXml(file, readFileSync(file));
  if (!document) throw new Error(diagnostics.map((d) => d.message).join('; ') || 'cannot be parsed');
  return document;
}

function documentId(document: XmlDocument): string {
  return document.root.attributes.find((a) => a.localName === 'id' && a.namespace === XML_NAMESPACE)?.value ?? '';
}

function title(document: XmlDocument): string {
  const titles = elementsNamed(document, 'title').filter((t) => t.parent?.name === 'titleStmt');
  const main = titles.find((t) => t.attributes.some((a) => a.name === 'type' && a.value === 'main')) ?? titles[0];
  return main ? textContent(main).replace(/\s+/g, ' ').trim() : documentId(document);
}

function witness(document: XmlDocument, collationDir: string): Witness {
  return {
    id: documentId(document),
    path: path.relative(collationDir, document.file).split(path.sep).join('/'),
    title: title(document),
    blocks: blocksOf(document),
  };
}

function main(): number {
  const corpus = path.resolve(process.argv[2] ?? 'tei');
  const textsDir = path.join(corpus, 'texts');
  const collationDir = path.join(corpus, 'collation');
  let failed = 0;
  let written = 0;
  const done = new Set<string>();
  for (const file of listXmlFiles(textsDir)) {
    const shown = path.relative(process.cwd(), file);
    try {
      const document = load(file);
      const corresp = elementsNamed(document, 'text')[0]?.attributes.find((a) => a.name === 'corresp')?.value;
      if (!corresp) continue;
      for (const target of corresp.trim().split(/\s+/)) {
        const otherFile = path.resolve(path.dirname(file), target.replace(/#.*$/, ''));
        if (!existsSync(otherFile)) throw new Error(`text/@corresp names ${target}, which does not exist`);
        // One collation per pair, whichever side declares it; the witness whose path sorts first leads.
        const [firstFile, secondFile] = [file, otherFile].sort();
        if (done.has(`${firstFile} ${secondFile}`)) continue;
        done.add(`${firstFile} ${secondFile}`);
        const first = firstFile === file ? document : load(firstFile);
        const second = secondFile === file ? document : load(secondFile);
        const id = `coll-${documentId(first).replace(/^[^-]+-/, '')}`;
        const collation = collate(id, witness(first, collationDir), witness(second, collationDir));
        const xml = collationToTei(collation);
        const out = path.join(collationDir, `${id}.xml`);
        mkdirSync(collationDir, { recursive: true });
        const variants = collation.pairs.reduce((sum, pair) => sum + pair.variants.length, 0);
        if (!existsSync(out) || readFileSync(out, 'utf8') !== xml) {
          writeFileSync(out, xml);
          written++;
        }
        process.stdout.write(`${path.relative(process.cwd(), out)}: ${collation.pairs.length} aligned blocks, ` +
          `${Math.round(collation.agreement * 100)} % of words agree, ${collation.sameTranslation ? `${variants} variant places` : 'different translations'}\n`);
      }
    } catch (error) {
      failed++;
      process.stderr.write(`${shown}: not collated — ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  process.stdout.write(`collate: ${written} file(s) written\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
