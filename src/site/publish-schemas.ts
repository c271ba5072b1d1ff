/**
 * The published TEI names its schema with `<?xml-model href="…"?>`; a relative href must lead to a
 * published file too. For every published document whose local schema exists, the schema is copied
 * to where the href points from the published copy — when that place is inside the site.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

const XML_MODEL = /<\?xml-model\s[^?]*?href\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * Each document's schema hrefs by the hash of its content, from the last call: a process that builds
 * again and again (serve) reads the head of a changed file only (5,000 heads took 0.15 s a rebuild).
 */
let hrefsByHash = new Map<string, string[]>();

/** `published` maps each source document (with its content hash, when known) to the path of its published copy. */
export function publishSchemas(published: Array<{ source: string; target: string; hash?: string }>, outDir: string): string[] {
  const copied = new Set<string>();
  const known = hrefsByHash;
  hrefsByHash = new Map();
  for (const { source, target, hash } of published) {
    const hrefs = (hash && known.get(hash)) || schemaHrefs(source);
    if (hrefs === undefined) continue;
    if (hash) hrefsByHash.set(hash, hrefs);
    for (const href of hrefs) {
      // Only local, relative schemas: a URL is the publisher's business, never fetched or copied.
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) continue;
      const schema = path.resolve(path.dirname(source), href);
      const copy = path.resolve(path.dirname(target), href);
      const relative = path.relative(outDir, copy);
      if (!existsSync(schema) || relative.startsWith('..') || path.isAbsolute(relative) || copied.has(copy)) continue;
      mkdirSync(path.dirname(copy), { recursive: true });
      copyFileSync(schema, copy);
      copied.add(copy);
    }
  }
  return [...copied];
}

/** The hrefs of the document's `<?xml-model?>`s; undefined when it cannot be read. */
function schemaHrefs(file: string): string[] | undefined {
  const head = readHead(file);
  return head === undefined ? undefined : [...head.matchAll(XML_MODEL)].map((match) => match[2] ?? match[3] ?? '');
}

/** The first 4 KB of a file, where its processing instructions are: not the whole of every text at each build. */
function readHead(file: string): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const length = readSync(descriptor, head, 0, head.length, 0);
    return head.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
