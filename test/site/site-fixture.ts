/** Builds the fixture corpus (or any corpus) into a fresh temp folder, for the site tests. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, type SiteResult } from '../../src/site/build-site.js';

export const FIXTURE_CORPUS = path.resolve(__dirname, 'fixtures', 'tei');
/** The fixtures are our edition's, so its house policy applies. */
export const EDITION = { title: 'Test Edition', version: '0.1.0', date: '2026-11-22', everyWordKept: true };
/** The first build may compile every stylesheet (one to two minutes on two busy cores); later ones hit the SEF cache. */
export const BUILD_TIMEOUT = 600_000;

export function xmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...xmlFiles(full));
    else if (entry.name.endsWith('.xml')) files.push(full);
  }
  return files.sort();
}

export async function buildCorpus(corpusDir: string, search = false): Promise<SiteResult & { outDir: string }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'site-'));
  const result = await buildSite({ corpusDir, files: xmlFiles(corpusDir), outDir, edition: EDITION, search });
  return { ...result, outDir };
}

/** Whitespace between and inside elements is not significant for the golden comparison. */
export function normaliseHtml(html: string): string {
  return html.replace(/\s+/g, ' ').replace(/>\s+</g, '><').replace(/\s+</g, '<').replace(/>\s+/g, '>').trim();
}
