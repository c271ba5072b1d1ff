/**
 * The published TEI names its schema with `<?xml-model href="…"?>`; a relative href must lead to a
 * published file too. For every published document whose local schema exists, the schema is copied
 * to where the href points from the published copy — when that place is inside the site.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

const XML_MODEL = /<\?xml-model\s[^?]*?href\s*=\s*("([^"]*)"|'([^']*)')/g;

/** `published` maps each source document to the path of its published copy. */
export function publishSchemas(published: Array<{ source: string; target: string }>, outDir: string): string[] {
  const copied = new Set<string>();
  for (const { source, target } of published) {
    const head = readHead(source);
    if (head === undefined) continue;
    for (const match of head.matchAll(XML_MODEL)) {
      const href = match[2] ?? match[3] ?? '';
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
