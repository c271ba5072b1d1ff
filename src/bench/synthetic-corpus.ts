import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Copies the edition's texts `scale` times into a temporary project, each copy's ids prefixed so
 * that they stay unique across the corpus (the lint rules would otherwise flood on duplicates and
 * measure the wrong thing). persons.xml and sources.xml are shared, so mentions grow with the scale.
 */
export function makeSyntheticCorpus(corpusDir: string, scale: number): { root: string; corpus: string; output: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  const corpus = path.join(root, 'tei');
  cpSync(corpusDir, corpus, { recursive: true, filter: (source) => !source.includes(`${path.sep}texts${path.sep}`) || statSync(source).isDirectory() });
  const texts = path.join(corpusDir, 'texts');
  for (let copy = 1; copy <= scale; copy++) {
    for (const file of listXml(texts)) {
      const relative = path.relative(texts, file);
      const target = path.join(corpus, 'texts', path.dirname(relative), `copy${copy}-${path.basename(relative)}`);
      const prefix = `c${copy}-`;
      writeFileSync(
        target,
        readFileSync(file, 'utf8')
          .replace(/xml:id="/g, `xml:id="${prefix}`)
          .replace(/((?:target|corresp|sameAs|copyOf|next|prev)=")#/g, `$1#${prefix}`),
      );
    }
  }
  // Files outside texts/ that point into it (the collations name their witnesses) point at the
  // first copy, whose ids carry the prefix c1-.
  for (const file of listXml(corpus).filter((file) => !file.startsWith(path.join(corpus, 'texts') + path.sep))) {
    const text = readFileSync(file, 'utf8');
    const pointed = text.replace(/(texts\/(?:[^"#\s/]+\/)*)([^"#\s/]+\.xml)(#)?/g, (_match, folder: string, name: string, hash?: string) => `${folder}copy1-${name}${hash ? '#c1-' : ''}`);
    if (pointed !== text) writeFileSync(file, pointed);
  }
  return { root, corpus, output: path.join(root, 'dist') };
}

function listXml(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listXml(full);
    return entry.name.endsWith('.xml') ? [full] : [];
  });
}
