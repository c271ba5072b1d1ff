import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../../src/adapters/browser.js';
import { startStaticServer } from '../../src/serve/static-server.js';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus, xmlFiles } from '../site/site-fixture.js';
import { htmlFiles } from '../site/site-links.js';
import { bundleFolder, indexForSearch, planShards } from '../../src/site/search-index.js';

/**
 * Browser tests of the reading edition, in Debian's chromium through playwright-core. The site is
 * built from the real tei/ when it has texts, else from the fixtures; the escaping check always uses
 * the fixtures (they hold the hostile document). Screenshots go to test-results/.
 */
const REAL_CORPUS = path.resolve(__dirname, '..', '..', 'tei');
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'browser');
const hasRealTexts = (() => {
  try {
    return xmlFiles(path.join(REAL_CORPUS, 'texts')).length > 0;
  } catch {
    return false;
  }
})();
const available = chromiumAvailable();

if (!available && !process.env.CI) {
  console.warn(`\n  SKIPPED: browser tests need chromium at ${CHROMIUM_PATH} (apt-get install chromium).\n`);
}

describe('chromium is there in CI', () => {
  it.runIf(Boolean(process.env.CI))('finds chromium', () => {
    expect(available, `chromium missing at ${CHROMIUM_PATH}`).toBe(true);
  });
});

interface Served {
  dir: string;
  server: Server;
  url: (page: string) => string;
}

async function serve(corpus: string): Promise<Served> {
  const site = await buildCorpus(corpus, true);
  expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const server = await startStaticServer(site.outDir, 0);
  const port = (server.address() as AddressInfo).port;
  return { dir: site.outDir, server, url: (page) => `http://127.0.0.1:${port}/${page}` };
}

/** A text page that has notes and persons, chosen from the built HTML. */
function textPageWithNotesAndPersons(dir: string): string {
  const pages = htmlFiles(path.join(dir, 'texts')).filter((file) => {
    const html = readFileSync(file, 'utf8');
    return html.includes('role="doc-noteref"') && html.includes('class="person"') && !file.includes('hostile');
  });
  expect(pages.length).toBeGreaterThan(0);
  return path.relative(dir, pages[0]).split(path.sep).join('/');
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe.skipIf(!available)('the reading edition in a browser', () => {
  let browser: Browser;
  let site: Served;
  let textPage: string;

  beforeAll(async () => {
    site = await serve(hasRealTexts ? REAL_CORPUS : FIXTURE_CORPUS);
    textPage = textPageWithNotesAndPersons(site.dir);
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.server.close(resolve));
  });

  it('opens a text: heading, paragraphs with anchors, page numbers, no accessibility violation', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    const firstParagraph = page.locator('p.para[id]').first();
    await expect(firstParagraph.locator('a.pilcrow').getAttribute('href')).resolves.toMatch(/^#/);
    await screenshot(page, 'text');
    await expectNoAxeViolations(page);
    await page.close();
  }, 60_000);

  it('follows a person to the register, finds the mention and comes back', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    const person = page.locator('main a.person').first();
    const personId = (await person.getAttribute('href'))!.replace(/^.*\//, '').replace('.html', '');
    await person.click();
    await page.waitForURL(`**/persons/${personId}.html`);
    await expect(page.locator('.mentions h2').textContent()).resolves.toMatch(/Mentions in the edition \(\d+\)/);
    const textId = textPage.replace('texts/', '').replace('.html', '');
    const mention = page.locator(`.kwic a[href^="../texts/${textId}.html#"]`).first();
    await expect(mention.count()).resolves.toBe(1);
    await screenshot(page, 'person');
    await expectNoAxeViolations(page);
    // the mention leads to its paragraph in the text
    const href = (await mention.getAttribute('href'))!;
    await mention.click();
    await page.waitForURL(`**/texts/${textId}.html#*`);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`).count()).resolves.toBe(1);
    await page.goBack();
    await page.goBack();
    expect(page.url()).toBe(site.url(textPage));
    await page.close();
  }, 60_000);

  it('opens a note in a popover and returns to the text from the note list', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    const marker = page.locator('a[role="doc-noteref"]').first();
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    const noteText = (await page.locator(`[id="${noteId}"] .note-body`).textContent())!.replace(/\s+/g, ' ').trim();
    await marker.click();
    const popover = page.locator('#note-popover');
    await expect(popover.isVisible()).resolves.toBe(true);
    const shown = (await popover.textContent())!.replace(/\s+/g, ' ');
    expect(shown).toContain(noteText.slice(0, 40));
    await screenshot(page, 'note-popover');
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    // without the popover, the back-link of the note leads to its marker
    await page.locator(`[id="${noteId}"] a[role="doc-backlink"]`).click();
    await expect(page.evaluate(() => location.hash)).resolves.toMatch(/^#noteref-/);
    await page.close();
  }, 60_000);

  it('shows the citation block, its downloads and the meta tags for Zotero', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    const citation = (await page.locator('#citation-text').textContent())!;
    const title = (await page.locator('h1').first().textContent())!.trim();
    expect(citation).toContain(title);
    expect(citation).toMatch(/[Vv]ersion \d+\.\d+\.\d+/);
    await expect(page.locator('meta[name="citation_title"]').getAttribute('content')).resolves.toBe(title);
    await expect(page.locator('meta[name="DC.identifier"]').count()).resolves.toBe(1);
    const json = await page.locator('.citation-downloads a[href$=".json"]').getAttribute('href');
    const csl = (await (await page.request.get(new URL(json!, page.url()).href)).json()) as { title: string }[];
    expect(csl[0].title).toBe(title);
    const bib = await page.locator('.citation-downloads a[href$=".bib"]').getAttribute('href');
    const bibtex = await (await page.request.get(new URL(bib!, page.url()).href)).text();
    expect(bibtex).toMatch(/^@incollection\{/);
    await page.close();
  }, 60_000);

  it('shows the source’s reading beside a correction on demand', async () => {
    const page = await browser.newPage();
    const withCorrection = htmlFiles(path.join(site.dir, 'texts'))
      .map((file) => path.relative(site.dir, file).split(path.sep).join('/'))
      .find((file) => readFileSync(path.join(site.dir, file), 'utf8').includes('class="sic"'));
    expect(withCorrection).toBeDefined();
    await page.goto(site.url(withCorrection!));
    const sic = page.locator('.choice .sic').first();
    await expect(sic.isVisible()).resolves.toBe(false);
    await page.locator('#show-source-readings').check();
    await expect(sic.isVisible()).resolves.toBe(true);
    await page.close();
  }, 60_000);

  it('searches for a phrase and finds the text', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    const words = (await page.locator('p.para').first().textContent())!
      .replace(/[¶\[\]]/g, ' ')
      .split(/\s+/)
      .filter((word) => /^[A-Za-z]{5,}$/.test(word));
    expect(words.length).toBeGreaterThan(1);
    const phrase = words.slice(0, 2).join(' ');
    await page.goto(site.url('search.html'));
    await page.locator('.pagefind-ui__search-input').fill(phrase);
    const result = page.locator(`.pagefind-ui__result-link[href*="${textPage.replace('texts/', '')}"]`).first();
    await result.waitFor({ timeout: 15_000 });
    await screenshot(page, 'search');
    await expectNoAxeViolations(page);
    await page.close();
  }, 60_000);

  it('searches an index split into shards: a phrase of a page in any bundle finds the page', async () => {
    // the edition is small enough for one bundle; a large one is split (src/site/search-index.ts)
    expect(await indexForSearch(site.dir, 'texts', () => {}, { replace: true, pagesPerShard: 10 })).toEqual([]);
    const pages = htmlFiles(path.join(site.dir, 'texts')).map((file) => path.relative(site.dir, file).split(path.sep).join('/'));
    const shards = planShards(pages, 10);
    expect(shards.length).toBeGreaterThan(1);
    const page = await browser.newPage();
    // a page from the first bundle and from the last two others: the words of its first paragraph
    for (const shard of [0, shards.length - 2, shards.length - 1]) {
      let textPage = '';
      let words: string[] = [];
      for (const candidate of shards[shard].filter((file) => !file.includes('hostile'))) {
        const paragraph = /<p class="para"[^>]*>([\s\S]*?)<\/p>/.exec(readFileSync(path.join(site.dir, candidate), 'utf8'))?.[1] ?? '';
        words = paragraph.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((word) => /^[A-Za-z]{6,}$/.test(word));
        textPage = candidate;
        if (words.length >= 3) break;
      }
      expect(words.length, `a paragraph of three long words in ${bundleFolder(shard)}`).toBeGreaterThanOrEqual(3);
      const phrase = words.slice(0, 3).join(' ');
      await page.goto(site.url('search.html'));
      await page.locator('.pagefind-ui__search-input').fill(phrase);
      const result = page.locator(`.pagefind-ui__result-link[href*="${textPage.replace('texts/', '')}"]`).first();
      await result.waitFor({ timeout: 15_000 });
    }
    await page.close();
  }, 120_000);

  it('draws every dated text on the chronology and filters it', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('chronology.html'));
    const textMarks = await page.locator('.timeline .mark-text').count();
    const datedTexts = await page.locator('.events li.event-text').count();
    expect(textMarks).toBe(datedTexts);
    expect(textMarks).toBeGreaterThan(0);
    const option = page.locator('#filter-person option').nth(1);
    const person = (await option.getAttribute('value'))!;
    await page.locator('#filter-person').selectOption(person);
    const visible = await page.locator('.events li:visible').count();
    const expected = await page.locator(`.events li[data-persons~="${person}"]`).count();
    expect(visible).toBe(expected);
    await screenshot(page, 'chronology');
    await expectNoAxeViolations(page);
    await page.close();
  }, 60_000);

  it('has no accessibility violation on the home page and the register', async () => {
    const page = await browser.newPage();
    for (const url of ['index.html', 'persons/index.html']) {
      await page.goto(site.url(url));
      await expectNoAxeViolations(page);
    }
    await screenshot(page, 'register');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site.url(textPage));
    await screenshot(page, 'text-narrow');
    // no horizontal scrolling on a phone-sized screen
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  }, 60_000);

  /** One page of every type (the real edition's long text and comparison where it has them). */
  function pageTypes(): Record<string, string> {
    const texts = htmlFiles(path.join(site.dir, 'texts')).map((file) => path.relative(site.dir, file).split(path.sep).join('/'));
    const longest = texts.filter((file) => !file.includes('/coll-'))
      .sort((a, b) => readFileSync(path.join(site.dir, b)).length - readFileSync(path.join(site.dir, a)).length)[0];
    const comparison = texts.find((file) => file.includes('/coll-') && readFileSync(path.join(site.dir, file), 'utf8').includes('class="variant"'));
    return {
      home: 'index.html', text: textPage, 'long-text': longest, ...(comparison ? { comparison } : {}),
      person: htmlFiles(path.join(site.dir, 'persons')).map((file) => path.relative(site.dir, file).split(path.sep).join('/'))
        .filter((file) => !file.endsWith('index.html'))
        .sort((a, b) => readFileSync(path.join(site.dir, b)).length - readFileSync(path.join(site.dir, a)).length)[0],
      register: 'persons/index.html', chronology: 'chronology.html', search: 'search.html',
    };
  }

  it('never scrolls sideways at 390 px, on any page type (screenshots for review, desktop and phone)', async () => {
    const page = await browser.newPage();
    const overflowing: Record<string, number> = {};
    for (const [type, url] of Object.entries(pageTypes())) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.url(url));
      // the first screen of each page (whole pages of the longest texts take minutes to capture)
      await screenshot(page, `desktop-${type}`, false);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site.url(url));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing[type] = overflow;
      await screenshot(page, `phone-${type}`, false);
    }
    expect(overflowing).toEqual({});
    await page.close();
  }, 240_000);

  it('explains the editorial layers in a legend, and cites a paragraph with its page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(textPage));
    const legend = page.locator('details.legend');
    await expect(legend.count()).resolves.toBe(1);
    await legend.locator('summary').click();
    await expect(legend.locator('dl').isVisible()).resolves.toBe(true);
    // the legend names a sample of every mark it explains
    const samples = await legend.locator('dt .sample').count();
    expect(samples).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);
    const pilcrow = page.locator('p.para a.pilcrow').first();
    const id = (await pilcrow.getAttribute('href'))!.slice(1);
    const pages = await pilcrow.getAttribute('data-pages');
    await pilcrow.focus();
    await pilcrow.click();
    const popover = page.locator('#cite-popover');
    await expect(popover.isVisible()).resolves.toBe(true);
    const citation = (await popover.locator('.cite-text').textContent())!;
    expect(citation).toContain(`#${id}`);
    expect(citation).toContain(`¶ ${id}`);
    if (pages) expect(citation).toContain(pages);
    expect(page.url()).toMatch(new RegExp(`#${id}$`));
    await screenshot(page, 'cite-paragraph', false);
    await page.close();
  }, 180_000);

  // the fixtures have no collation; the real edition has five
  it.runIf(hasRealTexts)('shows two witnesses side by side, aligned by paragraph, variants marked', async () => {
    const comparison = pageTypes().comparison;
    expect(comparison).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url(comparison!));
    const row = page.locator('tr.pair-variant').first();
    const cells = row.locator('td');
    await expect(cells.count()).resolves.toBe(2);
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    // side by side: same row, two columns
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 2);
    await expect(page.locator('mark.variant').count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    // each side leads to its paragraph in its own text
    const link = cells.nth(0).locator('a.to-witness');
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**/${href}`);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`).count()).resolves.toBe(1);
    await page.close();
  }, 120_000);
});

describe.skipIf(!available)('hostile TEI content in a browser', () => {
  let browser: Browser;
  let site: Served;

  beforeAll(async () => {
    site = await serve(FIXTURE_CORPUS);
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.server.close(resolve));
  });

  it('never runs script planted in a document, and its script links are not links', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(site.url('texts/wo-hostile-markup.html'));
    await expect(page.locator('h1').textContent()).resolves.toContain("<script>window.__pwned = 'title'</script>");
    await expect(page.locator('main').textContent()).resolves.toContain('<img src="x"');
    for (const text of ['a javascript link', 'a mixed-case one', 'a data URL']) {
      await expect(page.locator('a', { hasText: text }).count()).resolves.toBe(0);
      await page.locator('span.ref', { hasText: text }).click();
    }
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);
});
