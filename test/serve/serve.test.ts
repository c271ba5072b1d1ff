import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/serve/static-server.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The text of every page the site's search bundles hold (their fragments: gzip after Pagefind's signature). */
function searchableText(siteDir: string): string {
  return readdirSync(siteDir)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .flatMap((bundle) => readdirSync(path.join(siteDir, bundle, 'fragment')).map((name) => gunzipSync(readFileSync(path.join(siteDir, bundle, 'fragment', name))).toString('utf8')))
    .join('\n');
}

describe('static preview server', () => {
  it('serves the site folder on 127.0.0.1 and nothing outside it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
    const site = path.join(root, 'site');
    mkdirSync(site);
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    writeFileSync(path.join(site, 'index.html'), '<p>home</p>');
    const server = await startStaticServer(site, 0);
    try {
      const address = server.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      expect(address.address).toBe('127.0.0.1');
      const base = `http://127.0.0.1:${address.port}`;
      expect(await get(`${base}/`)).toEqual({ status: 200, body: '<p>home</p>' });
      expect((await get(`${base}/nothing.html`)).status).toBe(404);
      for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
        const response = await get(`${base}${escape}`);
        expect(response.body, escape).not.toContain('secret');
      }
    } finally {
      server.close();
    }
  });
});

/** Poll until `condition` holds (a rebuild is asynchronous), failing after two minutes. */
async function until(condition: () => Promise<boolean>, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; serve said:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('tei-edition serve', () => {
  it('builds, serves and rebuilds when a TEI file changes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'serve-project-'));
    cpSync('test/fixtures/project', root, { recursive: true });
    cpSync('schemas/tei-edition.rng', path.join(root, 'schemas/tei-edition.rng'));
    const child = spawn(process.execPath, [path.resolve('bin/tei-edition.js'), 'serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    const seen = (pattern: RegExp, after = 0) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${stderr}`)), 150_000);
        const check = () => {
          const match = pattern.exec(stderr.slice(after));
          if (match) {
            clearTimeout(timer);
            child.stderr.off('data', check);
            resolve(match);
          }
        };
        child.stderr.on('data', check);
        check();
      });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      const [, url] = await seen(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      const page = await get(`${url}texts/demo-letter.html`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('A letter');

      const mark = stderr.length;
      const letter = path.join(root, 'tei/texts/demo/letter.xml');
      expect(searchableText(path.join(root, 'dist'))).not.toContain('Zanzibar');
      writeFileSync(letter, readFileSync(letter, 'utf8').replace('<title type="main">A letter</title>', '<title type="main">A changed letter</title>').replace('<p>A note from', '<p>From Zanzibar, a note from'));
      await seen(/wrote \d+ page/, mark);
      expect((await get(`${url}texts/demo-letter.html`)).body).toContain('A changed letter');
      // the page shows first; the search index follows, swapped in whole
      await seen(/search index updated/, mark);
      expect((await get(`${url}pagefind/pagefind-entry.json`)).status).toBe(200);
      // made from the page as it was written into the patch, before the patch landed
      expect(searchableText(path.join(root, 'dist'))).toContain('Zanzibar');

      // An editor's atomic save: write a temporary file beside it, rename it over the original.
      // Several in a row, each must be seen (a watch on the replaced file itself would be lost).
      for (const round of [1, 2, 3]) {
        const temporary = path.join(root, `tei/texts/demo/letter.xml.tmp-${round}`);
        const before = readFileSync(letter, 'utf8');
        writeFileSync(temporary, before.replace(/<title type="main">[^<]*<\/title>/, `<title type="main">Saved atomically ${round}</title>`));
        renameSync(temporary, letter);
        await until(async () => (await get(`${url}texts/demo-letter.html`)).body.includes(`Saved atomically ${round}`), () => stderr);
      }
      // Rebuilds are incremental: the letter's page is rendered again, not every page.
      expect(stderr).toMatch(/rendered \d+ of \d+ page group\(s\): text:texts\/demo\/letter\.xml/);
    } finally {
      child.kill();
    }
  }, 300_000);
});
