import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDirectory, patchDirectory, OUTPUT_MARKER } from '../../src/output/atomic-directory.js';
import { buildSite, type SiteResult } from '../../src/site/build-site.js';
import { DocumentCache, saveState, type SiteState } from '../../src/site/incremental.js';
import { BUILD_TIMEOUT, EDITION, FIXTURE_CORPUS, xmlFiles } from './site-fixture.js';

/** Files of a built site, relative path → content: its pages (HTML), or with `everything` every file but the search index. */
function siteFiles(dir: string, everything = false): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(full);
      } else if (everything || entry.name.endsWith('.html')) files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

/**
 * A fresh copy of the fixture corpus and a way to build it as `build` does: the first time whole,
 * then incrementally, writing only what changed and moving it into the site (patchDirectory);
 * with `documents`, as serve does, keeping parsed documents, digests and catalogues between builds.
 */
function project(documents?: DocumentCache) {
  const root = mkdtempSync(path.join(tmpdir(), 'incremental-'));
  const corpusDir = path.join(root, 'tei');
  cpSync(FIXTURE_CORPUS, corpusDir, { recursive: true });
  const outDir = path.join(root, 'site');
  let previous: SiteState | undefined;
  const make = async (dir: string, from?: SiteState, kept?: DocumentCache) => {
    const result = await buildSite({ corpusDir, files: xmlFiles(corpusDir), outDir: dir, edition: EDITION, search: false, incremental: { previous: from, documents: kept } });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return result;
  };
  const build = async () => {
    let result: SiteResult | undefined;
    /** The files this build wrote (an incremental one writes only what changed). */
    let written = new Map<string, string>();
    if (previous) {
      await patchDirectory(outDir, async (staging) => {
        result = await make(staging, previous, documents);
        written = siteFiles(staging, true);
        return result.removed;
      });
    } else {
      await replaceDirectory(outDir, async (dir) => Boolean((result = await make(dir, undefined, documents))), { siteId: 'test' });
    }
    previous = { version: 2, site: 'test', units: result!.units! };
    return { ...result!, files: siteFiles(outDir), written: [...written.keys()] };
  };
  /** The same corpus built whole into a folder of its own: what every incremental build must equal. */
  const wholeBuild = async () => {
    const dir = path.join(root, 'whole');
    await replaceDirectory(dir, async (temp) => Boolean(await make(temp)));
    return siteFiles(dir, true);
  };
  return { corpusDir, build, wholeBuild, site: () => siteFiles(outDir, true) };
}

describe('incremental site build', () => {
  it('after a name changes in persons.xml, changes every page that shows it and no other', async () => {
    const { corpusDir, build } = project();
    const first = await build();
    expect(first.rendered?.length).toBeGreaterThan(0);

    const persons = path.join(corpusDir, 'persons.xml');
    writeFileSync(persons, readFileSync(persons, 'utf8').replace('<persName type="reg">Leon Trotsky</persName>', '<persName type="reg">Lev Davidovich Trotsky</persName>'));
    const second = await build();

    const showing = [...second.files].filter(([, content]) => content.includes('Lev Davidovich Trotsky')).map(([file]) => file);
    // His page, the register and the two texts that name him.
    expect(showing).toEqual(expect.arrayContaining([
      'persons/trotsky.html', 'persons/index.html', 'texts/pf-lenin-to-trotsky.html', 'texts/wo-lenin-to-trotsky.html',
    ]));
    expect([...second.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [file, content] of second.files) {
      // The release zip holds every TEI document (compressed): it changes with persons.xml.
      if (file.endsWith('.zip')) expect(content, file).not.toBe(first.files.get(file));
      else if (showing.includes(file)) expect(content, file).not.toBe(first.files.get(file));
      else expect(content, file).toBe(first.files.get(file));
    }
    // Only the pages that depend on his entry were rendered again: not the text that never names him.
    expect(second.rendered).toContain('text:texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    expect(second.rendered).toContain('text:texts/worldoutlook-2022/wo-lenin-to-trotsky.xml');
    expect(second.rendered).toContain('person:trotsky');
    expect(second.rendered).not.toContain('text:texts/worldoutlook-2022/wo-hostile-markup.xml');
    expect(second.rendered).not.toContain('person:lenin');
    expect(second.rendered).not.toContain('search');
  }, BUILD_TIMEOUT);

  it('after one text is edited, renders that text and the pages about the persons it names, and nothing when nothing changed', async () => {
    const { corpusDir, build } = project();
    const first = await build();
    const text = path.join(corpusDir, 'texts/worldoutlook-2022/wo-hostile-markup.xml');
    writeFileSync(text, readFileSync(text, 'utf8').replace(', said <persName', ', wrote <persName'));
    const second = await build();
    expect(second.rendered).toContain('text:texts/worldoutlook-2022/wo-hostile-markup.xml');
    expect(second.rendered).toContain('person:stalin');
    expect(second.rendered).not.toContain('text:texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    expect(second.rendered).not.toContain('person:trotsky');
    expect(second.files.get('texts/wo-hostile-markup.html')).toContain(', wrote ');
    expect(second.files.get('texts/pf-lenin-to-trotsky.html')).toBe(first.files.get('texts/pf-lenin-to-trotsky.html'));
    // no title, date, author or event changed: the pages listing the texts stay as they were
    expect(second.rendered).not.toContain('home');
    expect(second.rendered).not.toContain('chronology');
    expect(second.files.get('index.html')).toBe(first.files.get('index.html'));

    const third = await build();
    expect(third.rendered).toEqual([]);
    expect(third.files).toEqual(second.files);
  }, BUILD_TIMEOUT);

  it('renders a text again after a change of wording alone (no title, mention or date), without a kept document cache', async () => {
    const { corpusDir, build } = project();
    await build();
    const text = path.join(corpusDir, 'texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    writeFileSync(text, readFileSync(text, 'utf8').replace('earnest request', 'earnest and urgent request'));
    const second = await build();
    expect(second.rendered).toContain('text:texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    expect(second.files.get('texts/pf-lenin-to-trotsky.html')).toContain('earnest and urgent request');
  }, BUILD_TIMEOUT);

  it('leaves the site exactly as a whole build of the same corpus would: pages, exports and published TEI', async () => {
    const { corpusDir, build, wholeBuild, site } = project();
    await build();
    const edited = path.join(corpusDir, 'texts/worldoutlook-2022/wo-hostile-markup.xml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('“Quotes” &amp; ampersands</title>', '“Quotes” &amp; ampersands, retitled</title>'));
    const removed = path.join(corpusDir, 'texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    rmSync(removed);
    const second = await build();
    // what the removed text had is gone: its page, its TEI, its DTS files
    expect(second.removed).toEqual(expect.arrayContaining(['texts/pf-lenin-to-trotsky.html', 'tei/texts/pathfinder-1975/pf-lenin-to-trotsky.xml']));
    expect(second.removed?.some((file) => file.startsWith('dts/document/pf-lenin-to-trotsky'))).toBe(true);
    const patched = site();
    patched.delete(OUTPUT_MARKER);
    const whole = await wholeBuild();
    whole.delete(OUTPUT_MARKER);
    expect([...patched.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [file, content] of whole) expect(patched.get(file), file).toBe(content);
  }, BUILD_TIMEOUT);

  it('after a title is edited, renders the pages that list the text again, and they show it', async () => {
    const { corpusDir, build } = project();
    await build();
    const text = path.join(corpusDir, 'texts/worldoutlook-2022/wo-hostile-markup.xml');
    writeFileSync(text, readFileSync(text, 'utf8').replace('“Quotes” &amp; ampersands</title>', '“Quotes” &amp; ampersands, retitled</title>'));
    const second = await build();
    expect(second.rendered).toEqual(expect.arrayContaining(['text:texts/worldoutlook-2022/wo-hostile-markup.xml', 'home', 'chronology']));
    expect(second.files.get('index.html')).toContain('ampersands, retitled');
    expect(second.files.get('chronology.html')).toContain('ampersands, retitled');
    // the data files that name texts by their titles are written again
    expect(second.written).toEqual(expect.arrayContaining(['cmif.xml', 'dts/collection/worldoutlook-2022.jsonld']));
    // Lenin wrote it (and is not named in it): his page lists it by its title
    expect(second.rendered).toContain('person:lenin');
    expect(second.files.get('persons/lenin.html')).toContain('ampersands, retitled');
  }, BUILD_TIMEOUT);

  it("with serve's kept documents: an edit far from any mention renders that text alone, one in a mention's context its person's page too, and the site is as a whole build", async () => {
    const { corpusDir, build, wholeBuild, site } = project(new DocumentCache());
    const text = path.join(corpusDir, 'texts/pathfinder-1975/pf-lenin-to-trotsky.xml');
    // a paragraph longer than a mention's context on either side, before the first build
    const filler = 'The minutes of the session ran to many closely written pages, read aloud twice. '.repeat(4);
    writeFileSync(text, readFileSync(text, 'utf8').replace('<quote>', `<p>${filler}in the middle${filler}</p><quote>`));
    await build();
    const same = (patched: Map<string, string>, whole: Map<string, string>) => {
      patched.delete(OUTPUT_MARKER);
      whole.delete(OUTPUT_MARKER);
      expect([...patched.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [file, content] of whole) expect(patched.get(file), file).toBe(content);
    };

    writeFileSync(text, readFileSync(text, 'utf8').replace('in the middle', 'right in the middle'));
    const second = await build();
    expect(second.rendered).toEqual(['text:texts/pathfinder-1975/pf-lenin-to-trotsky.xml']);
    // the text's own data files and the release are written again; the registers, CMIF and the DTS collections are not
    expect(second.written).toEqual(expect.arrayContaining(['dts/document/pf-lenin-to-trotsky.xml', 'tei/texts/pathfinder-1975/pf-lenin-to-trotsky.xml']));
    expect(second.written.some((file) => file.endsWith('.zip'))).toBe(true);
    for (const kept of ['cmif.xml', 'persons.csv', 'persons.jsonld', 'dts/index.jsonld']) expect(second.written).not.toContain(kept);
    expect(second.written.some((file) => file.startsWith('dts/collection/') && !file.includes('pf-lenin-to-trotsky'))).toBe(false);
    expect(second.files.get('texts/pf-lenin-to-trotsky.html')).toContain('right in the middle');
    same(site(), await wholeBuild());

    writeFileSync(text, readFileSync(text, 'utf8').replace('Ilyich</persName> wrote', 'Ilyich</persName> then wrote'));
    const third = await build();
    expect(third.rendered).toEqual(expect.arrayContaining(['text:texts/pathfinder-1975/pf-lenin-to-trotsky.xml', 'person:lenin']));
    expect(third.rendered).not.toContain('person:trotsky');
    expect(third.files.get('persons/lenin.html')).toContain('then wrote');
    same(site(), await wholeBuild());
  }, BUILD_TIMEOUT);

  it('serve reads the state it saved from memory only while the file is as it wrote it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'state-')), 'site.json');
    const cache = new DocumentCache();
    const ours: SiteState = { version: 2, site: 'ours', units: { home: { hash: 'a', outputs: ['index.html'] } } };
    saveState(file, ours);
    cache.setSavedState(file, ours);
    expect(cache.savedState(file)).toBe(ours);
    // another build of the same folder (a `build --incremental` beside serve) wrote its own
    saveState(file, { ...ours, units: { home: { hash: 'b', outputs: ['index.html'] } } });
    expect(cache.savedState(file)).toBeUndefined();
    rmSync(file);
    expect(cache.savedState(file)).toBeUndefined();
  });
});
