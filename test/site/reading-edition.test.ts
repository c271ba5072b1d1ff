import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildCorpus, xmlFiles } from './site-fixture.js';
import { htmlFiles } from './site-links.js';

/**
 * The reading edition as scholars use it (issue 15), checked on the edition built from tei/:
 * no machine values in the reading text, stable citable anchors, editorial layers with a legend,
 * witnesses side by side, and the list of point 6 (register order, person pages, no dead anchors,
 * no working notes, contents, published schema). Expectations come from the TEI, read here without
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
  const start = page.indexOf('<div class="reading"');
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

  it('makes every paragraph citable by its stable TEI id, with its page; page markers are links to themselves', () => {
    let paragraphs = 0;
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      const id = /<TEI\b[^>]*xml:id="([^"]+)"/.exec(xml)![1];
      const text = xml.slice(xml.search(/<text[\s>]/));
      const ids = new Set([...text.matchAll(/xml:id="([^"]+)"/g)].map((match) => match[1]));
      const paged = /<pb\b/.test(text);
      const page = readFileSync(path.join(outDir, 'texts', `${id}.html`), 'utf8');
      for (const match of page.matchAll(/<p class="para" id="([^"]+)">([\s\S]*?)<\/p>/g)) {
        paragraphs++;
        expect(ids.has(match[1]), `${id}: anchor ${match[1]} is not a TEI id`).toBe(true);
        const cite = new RegExp(`<a class="pilcrow" href="#${match[1]}"[^>]*aria-label="Cite this paragraph[^"]*"${paged ? '[^>]*data-pages="pp?\\. [^"]+"' : ''}`);
        expect(match[2], `${id}#${match[1]}`).toMatch(cite);
      }
      // every paragraph, heading, note and page break of the TEI has its anchor on the page
      for (const [, element, anchor] of text.matchAll(/<(p|head|note|pb)\b[^>]*xml:id="([^"]+)"/g)) {
        expect(page, `${id}: ${element} ${anchor}`).toContain(`id="${anchor}"`);
        if (element === 'pb') expect(page).toContain(`<a class="pb" id="${anchor}" href="#${anchor}"`);
      }
    }
    expect(paragraphs).toBeGreaterThan(1500);
  });

  it('explains the editorial layers in a legend on every text page, and labels the source view as the digitised reading', () => {
    for (const file of files) {
      const id = /<TEI\b[^>]*xml:id="([^"]+)"/.exec(readFileSync(file, 'utf8'))![1];
      const page = readFileSync(path.join(outDir, 'texts', `${id}.html`), 'utf8');
      expect(page, id).toContain('<details class="legend"');
      if (page.includes('id="show-source-readings"')) expect(page).toMatch(/digitised source’s readings[\s\S]*OCR errors included/);
    }
    const kamenev = readFileSync(path.join(outDir, 'texts', 'pf-lenin-to-kamenev.html'), 'utf8');
    // the 1975 editor's insertions, the formerly unmarked one included, are marked and explained
    expect(kamenev.match(/<span class="insertion layer-source-editor"/g)?.length).toBe(8);
    expect(kamenev).toContain('Inserted by the <strong>source’s editor</strong>');
  });

  it('shows the five works printed twice side by side, with the variants of the recorded collation', () => {
    const comparisons = htmlFiles(path.join(outDir, 'texts')).filter((file) => path.basename(file).startsWith('coll-'));
    expect(comparisons).toHaveLength(5);
    const withVariants = comparisons.filter((file) => readFileSync(file, 'utf8').includes('<mark class="variant"'));
    expect(withVariants).toHaveLength(4);
    for (const file of comparisons) {
      const page = readFileSync(file, 'utf8');
      const witnesses = [...page.matchAll(/<th scope="col"><a href="([^"]+)\.html">/g)].map((match) => match[1]);
      expect(witnesses).toHaveLength(2);
      for (const witness of witnesses) {
        expect(readFileSync(path.join(outDir, 'texts', `${witness}.html`), 'utf8')).toContain(`<a href="${path.basename(file)}">Compare the witnesses side by side</a>`);
      }
    }
    // one chronology entry per work, with its witnesses
    const chronology = readFileSync(path.join(outDir, 'chronology.html'), 'utf8');
    for (const work of ['lenin-to-kamenev', 'lenin-question-of-nationalities', 'lenin-to-mdivani-1923-03-06']) {
      const entries = chronology.match(new RegExp(`<li class="event event-text"[^>]*>(?:(?!</li>)[\\s\\S])*texts/(wo|pf)-${work}\\.html`, 'g')) ?? [];
      expect({ work, entries: entries.length }).toEqual({ work, entries: 1 });
    }
    expect(chronology.match(/class="event-witnesses"/g)?.length).toBe(5);
  });

  it('sorts the register by surname', () => {
    const register = readFileSync(path.join(outDir, 'persons', 'index.html'), 'utf8');
    const at = (id: string) => register.indexOf(`<a href="${id}.html">`);
    expect(at('antonov-ovseyenko')).toBeGreaterThan(0);
    expect(at('antonov-ovseyenko')).toBeLessThan(at('bukharin'));
    expect(at('bukharin')).toBeLessThan(at('stalin'));
    expect(at('stalin')).toBeLessThan(at('trotsky'));
    expect(register).toContain('href="../tei/persons.xml"');
  });

  it('separates the texts a person wrote from the texts that mention them, with dates in the headings', () => {
    const stalin = readFileSync(path.join(outDir, 'persons', 'stalin.html'), 'utf8');
    expect(stalin).toMatch(/<h2 id="written-heading">Texts by [^<]*Stalin[^<]* in the edition \(\d+\)<\/h2>/);
    expect(stalin).toContain('<h3 class="mention-group">In texts by others</h3>');
    expect(stalin).toMatch(/<h4><a href="\.\.\/texts\/sw6-foundations-of-leninism\.html">[^<]*<\/a>\s*<span class="mention-source"> — [^<]*1924/);
  });

  it('has no link ending in #, no working notes and no TEI syntax on public pages', () => {
    for (const file of htmlFiles(outDir)) {
      const page = readFileSync(file, 'utf8');
      expect(page.match(/href="[^"]*#"/g) ?? [], file).toEqual([]);
      // the sources are our "seeds" only in the workshop: no seed file, seed line or "the seed" on a page
      expect(page.match(/\bseed (?:lines?\b|0\d\d)|\bthe seeds?\b|lines? \d{3,5}[–-]/g) ?? [], file).toEqual([]);
    }
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).not.toMatch(/@resp|choice\/sic|per:edition|&lt;[a-z]/);
    expect(home).toContain('href="tei/persons.xml"');
    expect(home).toContain('href="schemas/tei-edition.rng"');
  });

  it('gives long texts a table of contents, and links the chronicle to the texts it describes', () => {
    const foundations = readFileSync(path.join(outDir, 'texts', 'sw6-foundations-of-leninism.html'), 'utf8');
    const contents = /<details class="toc"[\s\S]*?<\/details>/.exec(foundations)?.[0] ?? '';
    expect(contents.match(/<a href="#sw6-foundations-of-leninism-h\d+">/g)?.length).toBeGreaterThanOrEqual(9);
    expect(contents).toContain('THE HISTORICAL ROOTS OF LENINISM');
    const chronicle = readFileSync(path.join(outDir, 'texts', 'sw6-biographical-chronicle.html'), 'utf8');
    expect(chronicle).toMatch(/<span class="chronicle-texts">In this edition:\s*<a href="sw6-[a-z0-9-]+\.html">/);
  });

  it('publishes the schema the downloaded TEI points to', () => {
    const published = xmlFiles(path.join(outDir, 'tei'));
    expect(published.length).toBeGreaterThan(files.length);
    for (const file of published) {
      const href = /<\?xml-model\s[^?]*href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      if (href) expect(existsSync(path.resolve(path.dirname(file), href)), `${file} → ${href}`).toBe(true);
    }
  });

  it('gives search results author, date and source, and keeps writing and publication years apart', () => {
    const page = readFileSync(path.join(outDir, 'texts', 'wo-lenin-to-kamenev.html'), 'utf8');
    expect(page).toMatch(/<meta data-pagefind-meta="title\[content\]" content="[^"]+ — V\. ?I\. Lenin, [^"]*1922[^"]*; World-Outlook/);
    expect(page).toContain('<meta data-pagefind-filter="written[content]" content="1922">');
    expect(page).toContain('<meta data-pagefind-filter="published[content]" content="2022">');
    expect(page).not.toContain('data-pagefind-filter="year[content]"');
  });
});
