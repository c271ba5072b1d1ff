import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildCorpus, xmlFiles } from './site-fixture.js';

/**
 * The reading edition as scholars use it (issue 15), checked on the edition built from tei/:
 * the reading text carries no machine values. Expectations come from the TEI, read here without
 * the XSLT (plain text scanning).
 */
const REAL_CORPUS = path.resolve(__dirname, '..', '..', 'tei');
const files = (() => {
  try {
    return xmlFiles(path.join(REAL_CORPUS, 'texts'));
  } catch {
    return [];
  }
})();

/** ISO dates (1922-09-29, 1922-09) and the editors' "(inferred)" marker. */
const MACHINE_VALUE = /\b1[89]\d\d-[01]\d(-[0-3]\d)?\b|\(inferred\)|O\.S\. 1[89]\d\d-/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader sees in an HTML fragment: tags dropped (with their attributes), entities decoded,
    visually hidden spans and the source's readings (shown only on demand) left out. */
export function visibleText(html: string): string {
  return html
    .replace(/<span class="(sic|orig|abbr)"[^>]*>(?:<span[^>]*>[^<]*<\/span>|[^<])*<\/span>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(1).replace(/^x/i, ''), name[1].toLowerCase() === 'x' ? 16 : 10)) : (ENTITIES[name] ?? entity));
}

/** The reading text of a text page: from the reading division to the notes or the end of the article. */
export function readingHtml(page: string): string {
  const start = page.indexOf('<div class="reading">');
  const end = page.indexOf('</article>', start);
  return start < 0 ? '' : page.slice(start, end);
}

describe.runIf(files.length > 0)('the reading edition built from tei/', () => {
  let outDir = '';
  beforeAll(async () => {
    const site = await buildCorpus(REAL_CORPUS);
    expect(site.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    outDir = site.outDir;
  }, BUILD_TIMEOUT);

  it('shows dates as printed: no normalised value in any reading text (only in tooltips)', () => {
    let dates = 0;
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      const id = /<TEI\b[^>]*xml:id="([^"]+)"/.exec(xml)?.[1];
      const printed = xml.slice(xml.search(/<text[\s>]/)).replace(/<[^>]+>/g, '');
      const page = readFileSync(path.join(outDir, 'texts', `${id}.html`), 'utf8');
      const reading = readingHtml(page);
      const leaked = (visibleText(reading).match(MACHINE_VALUE) ?? []).filter((value) => !printed.includes(value));
      expect({ id, leaked }).toEqual({ id, leaked: [] });
      dates += (reading.match(/<time class="date"[^>]*title="Normalised date: /g) ?? []).length;
    }
    // the values are still there, as tooltips
    expect(dates).toBeGreaterThan(800);
  });
});
