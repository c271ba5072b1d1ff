import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../src/adapters/browser.js';
import { startStaticServer } from '../../src/serve/static-server.js';
import { BUILD_TIMEOUT, buildCorpus, FIXTURE_CORPUS } from '../site/site-fixture.js';

/**
 * The XSS cases of the hostile catalogue, in the real browser: script, javascript:, data: and
 * vbscript: URLs and attribute break-outs planted in every attribute the reading text renders.
 * (test/browser/ covers the title and text of the fixture's hostile document; this adds the
 * attributes.) Without chromium the browser tests say so in test/browser/ and skip.
 */
const HOSTILE_TEXT = readFileSync(path.join(FIXTURE_CORPUS, 'texts/worldoutlook-2022/wo-hostile-markup.xml'), 'utf8')
  .replace('xml:id="wo-hostile-markup"', 'xml:id="wo-hostile-attributes"')
  .replace(
    /<div type="document">[\s\S]*<\/div>/,
    `<div type="document" n='"&gt;&lt;script&gt;window.__pwned="div-n"&lt;/script&gt;'>
        <head rend='x" onmouseover="window.__pwned=&apos;rend&apos;'>Attributes that must stay attributes</head>
        <pb n='1"&gt;&lt;img src=x onerror="window.__pwned=&apos;pb&apos;"&gt;'/>
        <p>A <persName ref='javascript:window.__pwned="person"'>person link</persName>,
          a <date when='1922"&gt;&lt;script&gt;window.__pwned="date"&lt;/script&gt;'>date</date>,
          <ref target="  javascript&#x3A;window.__pwned='entity'">an encoded scheme</ref>,
          <ref target="java&#x09;script:window.__pwned='tab'">a tab in the scheme</ref>,
          <ref target="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nYjY0Jzwvc2NyaXB0Pg==">base64 data</ref>,
          <ref target="vbscript:msgbox(1)">vbscript</ref>,
          <hi rend="&lt;/style&gt;&lt;script&gt;window.__pwned='hi'&lt;/script&gt;">styled</hi>.<note n='"&gt;&lt;b onclick="window.__pwned=1"'>A note "&gt;&lt;script&gt;window.__pwned='note'&lt;/script&gt;</note></p>
      </div>`,
  );

describe.skipIf(!chromiumAvailable())('hostile attributes in the browser', () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const corpus = path.join(mkdtempSync(path.join(tmpdir(), 'xss-')), 'tei');
    cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
    writeFileSync(path.join(corpus, 'texts/worldoutlook-2022/wo-hostile-attributes.xml'), HOSTILE_TEXT);
    const site = await buildCorpus(corpus);
    server = await startStaticServer(site.outDir, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('runs no planted script, and no planted URL is a link or an event handler', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${base}texts/wo-hostile-attributes.html`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main').textContent()).resolves.toContain('Attributes that must stay attributes');
    // hover and click everything the text offers
    for (const element of await page.locator('main *').all()) {
      await element.hover({ timeout: 500 }).catch(() => {});
    }
    for (const text of ['person link', 'an encoded scheme', 'a tab in the scheme', 'base64 data', 'vbscript', 'styled']) {
      await page.getByText(text, { exact: true }).first().click({ timeout: 2000 }).catch(() => {});
      if (!page.url().startsWith(base)) await page.goBack();
    }
    const planted = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName}@${a.name}`)),
      badLinks: [...document.querySelectorAll('[href], [src]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((url) => /^\s*(javascript|vbscript|data):/i.test(url.replace(/[\t\n\r]/g, ''))),
      scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__pwned')).length,
    }));
    expect(planted).toEqual({ pwned: undefined, handlers: [], badLinks: [], scripts: 0 });
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});
