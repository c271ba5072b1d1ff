/**
 * How much of each TEI `<text>` a built site shows: the share of the body's words (letters and
 * digits, counted with repetition) found in the page as a reader sees it in the browser
 * (`innerText` of the page, with the source readings of corrections switched on). Pages are found
 * through their "TEI source" link, so the measure does not depend on how page ids were chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../adapters/browser.js';

export interface PageShare {
  /** The TEI file, relative to the corpus. */
  file: string;
  page?: string;
  words: number;
  found: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The words of a TEI document's `<text>` elements: its text content with comments, processing
 * instructions and tags dropped. A tag is no word boundary (`Partial<hi>Revision</hi>`), except
 * where TEI makes one: a line, page or column break not marked `break="no"` (one so marked joins the
 * word even across the whitespace around it), and the end of one
 * alternative of a choice or an apparatus entry (`<abbr>Dr</abbr><expan>Doktor</expan>`), and
 * either end of a note (`flattern<note>schmeicheln</note>`).
 */
export function teiBodyText(xml: string): string {
  const withoutMarkup = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const parts: string[] = [];
  for (const match of withoutMarkup.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) parts.push(match[1]);
  return parts
    .join(' ')
    // break="no": the word goes on across the break, whatever whitespace the encoder left around it
    // (the Escher letters write "vorhan <lb break="no"/>den", shown as "vorhanden").
    .replace(/\s*<(lb|pb|cb)\b[^>]*\bbreak="no"[^>]*>\s*/g, '')
    .replace(/<(lb|pb|cb)\b[^>]*>/g, ' ')
    .replace(/<\/(abbr|expan|sic|corr|orig|reg|lem|rdg|seg|unclear|supplied|add|del)>(?=<)/g, ' ')
    // A note is never part of the word it is attached to (the page moves it to the notes).
    .replace(/<\/?note\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** Page of each TEI file: texts/*.html link their source as ../tei/<path>. */
export function pagesBySource(siteDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const folder = path.join(siteDir, 'texts');
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.html'))) {
    const html = readFileSync(path.join(folder, name), 'utf8');
    const source = /href="\.\.\/tei\/([^"]+)" type="application\/tei\+xml"/.exec(html)?.[1];
    if (source && !pages.has(decodeURI(source))) pages.set(decodeURI(source), path.join(folder, name));
  }
  return pages;
}

export async function measureWordShare(corpusDir: string, siteDir: string, files: string[]): Promise<PageShare[]> {
  const pages = pagesBySource(siteDir);
  const browser = await launchChromium();
  const results: PageShare[] = [];
  try {
    const page = await browser.newPage();
    for (const file of files) {
      const relative = path.relative(corpusDir, file).split(path.sep).join('/');
      const expected = words(teiBodyText(readFileSync(file, 'utf8')));
      const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
      const html = pages.get(relative);
      if (!html) {
        results.push({ file: relative, words: total, found: 0 });
        continue;
      }
      await page.goto(pathToFileURL(html).href);
      const text = await page.evaluate(() => {
        const toggle = document.getElementById('show-source-readings') as HTMLInputElement | null;
        if (toggle) toggle.checked = true;
        // A note's number is no part of the word it follows ("word¹" is read as "word").
        for (const marker of document.querySelectorAll('.noteref')) marker.before(' ');
        // The source's reading is set apart by generated brackets (site.css), which innerText leaves out.
        for (const reading of document.querySelectorAll('.choice > .sic, .choice > .orig, .choice > .abbr')) reading.before(' ');
        return document.body.innerText;
      });
      const shown = words(text);
      let found = 0;
      for (const [word, count] of expected) found += Math.min(count, shown.get(word) ?? 0);
      results.push({ file: relative, page: path.basename(html), words: total, found });
    }
  } finally {
    await browser.close();
  }
  return results;
}
