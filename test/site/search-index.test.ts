import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindBinary } from '../../src/adapters/pagefind.js';
import { bundleFolder, indexForSearch, planShards, prepareSearchIndex, SEARCH_BUNDLES_SCRIPT, shardOf } from '../../src/site/search-index.js';
import { BUILD_TIMEOUT } from './site-fixture.js';

describe('the shards of the search index', () => {
  const pages = Array.from({ length: 1000 }, (_, i) => `texts/letter-${i}.html`);

  it('puts every page in one shard, by its path alone, and never leaves the first empty', () => {
    const shards = planShards(pages, 300);
    expect(shards).toHaveLength(4);
    expect(shards.flat().sort()).toEqual([...pages].sort());
    shards.forEach((held, shard) => held.forEach((page) => expect(shardOf(page, 4)).toBe(shard)));
    // a page added keeps the others where they were
    const grown = planShards([...pages, 'texts/letter-new.html'], 300);
    grown.forEach((held, shard) => expect(held.filter((page) => page !== 'texts/letter-new.html')).toEqual(shards[shard]));
    expect(planShards(['texts/a.html'], 300)).toEqual([['texts/a.html']]);
    // however the pages hash, the first shard has some (it holds Pagefind's interface)
    for (let count = 2; count < 40; count++) expect(planShards(pages.slice(0, count), 1)[0].length).toBeGreaterThan(0);
  });
});

/** The pages a bundle holds, with their text, read from its fragments (gzip, after Pagefind's signature). */
function bundleContents(siteDir: string, bundle: string): Map<string, string> {
  const folder = path.join(siteDir, bundle, 'fragment');
  const pages = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(text) as { url: string; content: string };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}

function bundleList(siteDir: string): { shards: number; bundles: string[] } {
  const text = readFileSync(path.join(siteDir, SEARCH_BUNDLES_SCRIPT), 'utf8');
  return JSON.parse(text.slice(text.indexOf('{')).replace(/;\s*$/, ''));
}

describe.skipIf(!pagefindBinary())('indexing the site in shards', () => {
  let siteDir: string;
  let textPages: string[];
  const PER_SHARD = 3;
  const WORDS = ['aardvark', 'bittern', 'cassowary', 'dugong', 'echidna', 'fossa', 'gharial', 'hoatzin', 'ibex', 'jacana', 'kakapo', 'lemming'];

  beforeAll(async () => {
    // pages as the texts' pages mark them for Pagefind (xslt/pages/text.xsl), each with words of its own
    siteDir = mkdtempSync(path.join(tmpdir(), 'search-'));
    mkdirSync(path.join(siteDir, 'texts'));
    textPages = WORDS.map((word, i) => `texts/letter-${i}.html`);
    textPages.forEach((page, i) => {
      writeFileSync(path.join(siteDir, page), `<!DOCTYPE html><html lang="en"><head><title>Letter ${i}</title></head><body><nav>Home</nav><main data-pagefind-body=""><h1>Letter ${i}</h1><p class="para">The letter speaks of ${WORDS[i]} and of the weather.</p></main></body></html>`);
    });
    writeFileSync(path.join(siteDir, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>Home</title></head><body><main>Not a text</main></body></html>');
    expect(await indexForSearch(siteDir, 'texts', () => {}, { pagesPerShard: PER_SHARD })).toEqual([]);
  }, BUILD_TIMEOUT);

  afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

  it('makes one bundle per shard, each with its own pages, and lists them for the search page', () => {
    const shards = planShards(textPages, PER_SHARD);
    expect(shards.length).toBe(4);
    const list = bundleList(siteDir);
    const expected = shards.flatMap((held, shard) => (held.length ? [`${bundleFolder(shard)}/`] : []));
    expect(list).toMatchObject({ shards: shards.length, bundles: expected });
    shards.forEach((held, shard) => {
      if (held.length === 0) return;
      const contents = bundleContents(siteDir, bundleFolder(shard));
      expect([...contents.keys()].sort()).toEqual(held.map((page) => `/${page}`).sort());
      // the page's text is there, and the page beside the texts is not
      for (const page of held) expect(contents.get(`/${page}`)).toContain(WORDS[textPages.indexOf(page)]);
    });
    // the folders of links Pagefind read are gone
    expect(readdirSync(siteDir).filter((name) => name.includes('.stage-'))).toEqual([]);
  });

  it('after one page changed, makes its shard again and leaves the others', async () => {
    const shards = planShards(textPages, PER_SHARD);
    const edited = shards.find((held, shard) => shard > 0 && held.length > 0)![0];
    const editedShard = shardOf(edited, shards.length);
    const entryStamp = (shard: number) => statSync(path.join(siteDir, bundleFolder(shard), 'pagefind-entry.json')).ino;
    const before = shards.map((held, shard) => (held.length ? entryStamp(shard) : undefined));

    const file = path.join(siteDir, edited);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p class="para">', '<p class="para">Quetzalcoatlus '));
    const logged: string[] = [];
    expect(await indexForSearch(siteDir, 'texts', (message) => logged.push(message), { replace: true, changed: [edited], pagesPerShard: PER_SHARD })).toEqual([]);

    shards.forEach((held, shard) => {
      if (!held.length) return;
      if (shard === editedShard) expect(entryStamp(shard)).not.toBe(before[shard]);
      else expect(entryStamp(shard), `bundle ${bundleFolder(shard)}`).toBe(before[shard]);
    });
    expect(bundleContents(siteDir, bundleFolder(editedShard)).get(`/${edited}`)).toContain('Quetzalcoatlus');
    expect(logged.join('\n')).toMatch(/in 1 of \d+ bundle/);
  });

  it("indexes a patch's pages from its own folder, and changes the site's bundles only once installed", async () => {
    const shards = planShards(textPages, PER_SHARD);
    const added = 'texts/letter-new.html';
    const removed = textPages[1];
    const patch = mkdtempSync(path.join(tmpdir(), 'patch-'));
    mkdirSync(path.join(patch, 'texts'));
    writeFileSync(path.join(patch, added), '<!DOCTYPE html><html lang="en"><head><title>New</title></head><body><main data-pagefind-body=""><p>The new letter speaks of narwhals.</p></main></body></html>');
    const options = { replace: true, changed: [added, removed], pending: { folder: patch, removed: [removed] }, pagesPerShard: PER_SHARD };
    const touched = [...new Set([shardOf(added, shards.length), shardOf(removed, shards.length)])].map(bundleFolder);
    const inSite = () => touched.map((bundle) => [...bundleContents(siteDir, bundle).keys()].sort());
    const before = inSite();
    // bundles made and not swapped in, folders of links (a replaced bundle, `.old-`, goes in the background)
    const leftovers = () => readdirSync(siteDir).filter((name) => /^\.pagefind.*\.(new|stage)-/.test(name));

    // a patch that does not land: its bundles go, the site's stay
    await (await prepareSearchIndex(siteDir, 'texts', () => {}, options)).discard();
    expect(leftovers()).toEqual([]);
    expect(inSite()).toEqual(before);

    const prepared = await prepareSearchIndex(siteDir, 'texts', () => {}, options);
    expect(inSite()).toEqual(before); // made beside, not yet in place
    // the patch lands, then the index follows
    renameSync(path.join(patch, added), path.join(siteDir, added));
    rmSync(path.join(siteDir, removed));
    expect(await prepared.install()).toEqual([]);
    expect(leftovers()).toEqual([]);
    const after = new Map(touched.flatMap((bundle) => [...bundleContents(siteDir, bundle)]));
    expect(after.get(`/${added}`)).toContain('narwhals');
    expect(after.has(`/${removed}`)).toBe(false);
    rmSync(patch, { recursive: true, force: true });
  });

  it('when the site shrinks to one shard, keeps one bundle and removes the others', async () => {
    expect(await indexForSearch(siteDir, 'texts', () => {}, { replace: true, changed: [], pagesPerShard: 1000 })).toEqual([]);
    expect(bundleList(siteDir)).toMatchObject({ shards: 1, bundles: ['pagefind/'] });
    expect(readdirSync(siteDir).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
    expect(bundleContents(siteDir, 'pagefind').size).toBe(textPages.length);
    expect(existsSync(path.join(siteDir, 'pagefind', 'pagefind-ui.js'))).toBe(true);
  });

  it('when the last text is gone, leaves no bundle to find it by', async () => {
    rmSync(path.join(siteDir, 'texts'), { recursive: true });
    expect(await indexForSearch(siteDir, 'texts', () => {}, { replace: true, changed: textPages })).toEqual([]);
    expect(bundleList(siteDir)).toMatchObject({ bundles: [] });
    expect(readdirSync(siteDir).filter((name) => name.startsWith('pagefind'))).toEqual([]);
  });
});
