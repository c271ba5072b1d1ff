import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../src/adapters/browser.js';
import { measureWordShare, pagesBySource } from '../../src/bench/word-share.js';
import { BUILD_TIMEOUT, buildCorpus, xmlFiles } from './site-fixture.js';

/**
 * Other people's TEI builds with no configuration: page ids from file paths, duplicate root ids,
 * teiCorpus members, header-only files, every form of TEI date, and the common vocabulary.
 */
const ANY = path.resolve(__dirname, 'fixtures-any');
const SAMPLES = path.resolve(__dirname, '..', 'fixtures', 'corpora');
/** Register files of the samples (lists of persons or places, no text): their entries get pages, not they. */
const REGISTERS = ['people.xml', 'places.xml'];

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('a project without our conventions', () => {
  let site: Awaited<ReturnType<typeof buildCorpus>>;
  const page = (id: string) => readFileSync(path.join(site.outDir, 'texts', `${id}.html`), 'utf8');
  beforeAll(async () => {
    site = await buildCorpus(ANY);
  }, BUILD_TIMEOUT);

  it('builds without errors and gives every TEI document a page, ids from file paths where needed', () => {
    expect(site.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const pages = readdirSync(path.join(site.outDir, 'texts')).filter((name) => name.endsWith('.html')).sort();
    // duplicate-id.xml keeps "same" (first in path order), letter.xml's page is named after its file.
    expect(pages).toEqual(['corpus-2.html', 'header-only.html', 'letter.html', 'member-one.html', 'no-id.html', 'same.html']);
    expect(site.diagnostics.some((diagnostic) => diagnostic.ruleId === 'site/document-id' && /letter\.html/.test(diagnostic.message))).toBe(true);
    expect(text(page('member-one'))).toContain('Erstes Mitglied des Korpus.');
    expect(text(page('corpus-2'))).toContain('Zweites Mitglied des Korpus.');
  });

  it('shows a letter’s sender, addressee, place and date from correspDesc, and a header-only file’s letters', () => {
    const letter = text(page('letter'));
    expect(letter).toMatch(/From ?Ada Sender/);
    expect(letter).toMatch(/To ?Ben Addressee/);
    expect(letter).toMatch(/Place ?Zürich/);
    expect(letter).toContain('March 1850');
    const headerOnly = text(page('header-only'));
    expect(headerOnly).toContain('Dora Absenderin');
    expect(headerOnly).toContain('Emil Empfänger');
  });

  it('names authors without their idnos, and a series title only as a series', () => {
    const duplicate = text(page('same'));
    expect(duplicate).toContain('Carla Autorin');
    expect(duplicate).not.toContain('123456789');
    const source = /<dd class="source-description">([^<]*)<\/dd>/.exec(page('letter'))?.[1] ?? '';
    expect(source).toContain('Collected letters');
    expect(source).toContain('series: Series of letters');
    expect(source.indexOf('Collected letters')).toBeLessThan(source.indexOf('Series of letters'));
  });

  it('places letters and events of every date form on the chronology, without a crash on a time', () => {
    const chronology = text(readFileSync(path.join(site.outDir, 'chronology.html'), 'utf8'));
    expect(chronology).toContain('Letter from Ada to Ben');
    expect(chronology).toContain('Letters only in the header');
    expect(chronology).toContain('Iden des März');
    expect(chronology).toContain('Irgendwann im Jahr 1851');
    // A time or a month-day dates nothing: not on the chronology, still on the page.
    expect(chronology).not.toContain('Mittagessen um eins');
    expect(text(page('letter'))).toContain('Mittagessen um eins');
    // -44 comes before 1850 in the list.
    expect(chronology.indexOf('Iden des März')).toBeLessThan(chronology.indexOf('Letter from Ada to Ben'));
  });

  it('renders transcription, apparatus, drama and figures and keeps their text', () => {
    const letter = page('letter');
    expect(text(letter)).toContain('Die Reli-gion und der Staat.');
    expect(letter).toMatch(/Staat\.<br>Neue Zeile/);
    expect(text(letter)).toMatch(/Neue Zeile\s+nach dem Abstand/);
    expect(text(letter)).toContain('zwei Wörter unleserlich');
    expect(text(letter)).toMatch(/erste \[A: = \| B, C: zweite \| D: om\.\]/);
    expect(letter).toContain('src="../tei/images/plan.png"');
    expect(letter).toContain('alt="Plan der Stadt Ein Plan"');
    // The unsafe URL is named as text, never a link or an image source.
    expect(letter).not.toMatch(/(src|href)="\s*javascript:/i);
    expect(text(letter)).toContain('Image: javascript:alert(1)');
    const play = page('same');
    expect(play).toMatch(/<div class="sp" data-who="#hamlet"><p class="speaker">Hamlet<\/p>/);
    expect(play).toMatch(/<p class="stage stage-stage">Vorhang<\/p>/);
  });
});

/** Samples of real corpora (test/fixtures/corpora/<name>/build-sample, with PROVENANCE.md). */
for (const name of ['escher', 'eltec-fra', 'rusdracor', 'cmif']) {
  const corpus = path.join(SAMPLES, name, 'build-sample');
  describe.runIf(existsSync(corpus))(`the ${name} sample, built with no configuration`, () => {
    let site: Awaited<ReturnType<typeof buildCorpus>>;
    beforeAll(async () => {
      site = await buildCorpus(corpus);
    }, BUILD_TIMEOUT);

    it('gives every document a page, without errors (a register’s entries get theirs)', () => {
      expect(site.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      const pages = pagesBySource(site.outDir);
      for (const file of xmlFiles(corpus).filter((file) => !REGISTERS.includes(path.basename(file)))) {
        expect(pages.has(path.relative(corpus, file)), file).toBe(true);
      }
    });

    it.runIf(name === 'escher')('makes the project’s own registers the register: person pages, and links by @key', () => {
      const people = readFileSync(path.join(corpus, 'people.xml'), 'utf8');
      const ids = [...people.matchAll(/<person xml:id="([^"]+)" n="([^"]+)"/g)].map((match) => ({ id: match[1], n: match[2] }));
      expect(ids.length).toBe(8);
      for (const { id } of ids) expect(existsSync(path.join(site.outDir, 'persons', `${id}.html`)), id).toBe(true);
      const register = readFileSync(path.join(site.outDir, 'persons', 'index.html'), 'utf8');
      for (const { id } of ids) expect(register).toContain(`href="${id}.html"`);
      // Every @key of a persName in the letters that names a person of the register becomes a link to that person's page.
      let links = 0;
      for (const [file, html] of pagesBySource(site.outDir)) {
        const page = readFileSync(html, 'utf8');
        const source = readFileSync(path.join(corpus, file), 'utf8');
        for (const match of source.matchAll(/<persName key="([^"]+)"/g)) {
          const person = ids.find((entry) => entry.n === match[1]);
          if (!person) continue;
          expect(page, `${file}: ${match[1]}`).toContain(`persons/${person.id}.html`);
          links++;
        }
      }
      expect(links).toBeGreaterThan(4);
      // Both register files are published with the site, and named on the home page.
      const home = readFileSync(path.join(site.outDir, 'index.html'), 'utf8');
      for (const register of REGISTERS) {
        expect(existsSync(path.join(site.outDir, 'tei', register))).toBe(true);
        expect(home).toContain(`href="tei/${register}"`);
      }
    });

    it.runIf(name === 'escher')('dates each letter and shows sender and addressee, and fills the chronology', () => {
      const chronology = readFileSync(path.join(site.outDir, 'chronology.html'), 'utf8');
      for (const [file, html] of pagesBySource(site.outDir)) {
        const page = readFileSync(html, 'utf8');
        const when = /<correspAction type="sent">[\s\S]*?<date when="([^"]+)"/.exec(readFileSync(path.join(corpus, file), 'utf8'))?.[1];
        expect(when, file).toBeDefined();
        expect(page).toContain('<dt>From</dt>');
        expect(page).toContain('<dt>To</dt>');
        expect(page).not.toMatch(/<dt>Date<\/dt>\s*<dd>undated/);
        expect(chronology).toContain(`data-date="${when}"`);
      }
    });

    it.runIf(chromiumAvailable() || process.env.CI)('shows at least 99 % of each text’s words in the browser', async () => {
      const shares = await measureWordShare(corpus, site.outDir, xmlFiles(corpus).filter((file) => !REGISTERS.includes(path.basename(file))));
      for (const share of shares) {
        expect(share.page, share.file).toBeDefined();
        if (share.words > 0) expect({ file: share.file, share: share.found / share.words >= 0.99 }).toEqual({ file: share.file, share: true });
      }
    }, BUILD_TIMEOUT);
  });
}
