/** Walks a built site and lists every internal link or resource that leads nowhere. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const tags = readFileSync(file, 'utf8').match(/<[a-zA-Z][^>]*>/g) ?? [];
    ids = new Set(tags.flatMap((tag) => [...tag.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1]))));
    idCache.set(file, ids);
  }
  return ids;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Every href/src of every page that is not external must name an existing file (and anchor). */
export function brokenLinks(siteDir: string): { checked: number; broken: BrokenLink[] } {
  idCache.clear();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of htmlFiles(siteDir)) {
    const html = readFileSync(page, 'utf8');
    // Only attributes inside real tags: TEI text that looks like markup is escaped (&lt;…), so it never forms a tag.
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    for (const match of tags.flatMap((tag) => [...tag.matchAll(/\s(?:href|src)="([^"]*)"/g)])) {
      const href = decodeEntities(match[1]);
      if (/^(https?:|mailto:)/i.test(href)) continue;
      checked++;
      const [target, fragment] = href.split('#', 2);
      let file = target === '' ? page : path.resolve(path.dirname(page), decodeURIComponent(target.split('?')[0]));
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const relativePage = path.relative(siteDir, page);
      if (!file.startsWith(siteDir + path.sep)) broken.push({ page: relativePage, href, reason: 'leaves the site' });
      else if (!existsSync(file)) broken.push({ page: relativePage, href, reason: 'no such file' });
      else if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
        broken.push({ page: relativePage, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
