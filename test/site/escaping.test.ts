import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, FIXTURE_CORPUS, buildCorpus } from './site-fixture.js';

/**
 * The fixture wo-hostile-markup.xml plants markup-looking text and script URLs in the title, the
 * author, the body and ref/@target. None of it may reach a page as markup or as a runnable link.
 */
let site: Awaited<ReturnType<typeof buildCorpus>>;
let hostile: string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  site = await buildCorpus(FIXTURE_CORPUS);
  hostile = readFileSync(path.join(site.outDir, 'texts', 'wo-hostile-markup.html'), 'utf8');
}, BUILD_TIMEOUT);

describe('escaping of TEI content', () => {
  it('keeps markup-looking text as escaped text', () => {
    expect(hostile).toContain('&lt;script&gt;window.__pwned = \'body\'&lt;/script&gt;');
    expect(hostile).toContain('&lt;script&gt;window.__pwned = \'title\'&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src="x" onerror="window.__pwned = \'img\'"&gt;');
    expect(hostile).not.toMatch(/<img/i);
    expect(hostile).not.toMatch(/<script>window/i);
  });

  it('has no script element but the site’s own, on every page', () => {
    for (const file of htmlFiles(site.outDir)) {
      const scripts = readFileSync(file, 'utf8').match(/<script\b[^>]*>/gi) ?? [];
      for (const script of scripts) expect(script, file).toMatch(/src="(\.\.\/)?(assets\/site\.js|pagefind\/pagefind-ui\.js|search-bundles\.js)"/);
    }
  });

  it('never links to a javascript:, data: or vbscript: URL, on any page', () => {
    for (const file of htmlFiles(site.outDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    }
    // the link texts stay, without a link
    expect(hostile).toContain('<span class="ref">a javascript link</span>');
    expect(hostile).toContain('<span class="ref">a mixed-case one</span>');
    expect(hostile).toContain('<span class="ref">a data URL</span>');
  });

  it('keeps safe links, with their attribute values escaped', () => {
    expect(hostile).toContain('<a class="ref" href="https://example.org/?q=&#34;&gt;&lt;b&gt;">a safe external link</a>');
    expect(hostile).toContain('<a class="ref" href="../texts/pf-lenin-to-trotsky.html#p3">a link to another text</a>');
  });

  it('escapes TEI text inside attribute values (meta tags)', () => {
    expect(hostile).toMatch(/<meta name="citation_author" content="V\. I\. Lenin &#34;&gt;&lt;img src=x onerror=&#34;/);
  });
});
