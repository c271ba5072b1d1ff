#!/usr/bin/env node
// The share of each TEI <text>'s words shown by its page of a built site, read in chromium.
//   node scripts/word-share.mjs <corpus folder> <site folder>   (after npx tsc; prints JSON lines and a summary)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { measureWordShare } from '../lib/bench/word-share.js';

const [corpus, site] = process.argv.slice(2);
if (!corpus || !site) {
  console.error('usage: node scripts/word-share.mjs <corpus folder> <site folder>');
  process.exit(2);
}
const xmlFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? xmlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.xml') ? [path.join(dir, entry.name)] : []);
const results = await measureWordShare(path.resolve(corpus), path.resolve(site), xmlFiles(path.resolve(corpus)).sort());
let words = 0, found = 0, lowest = { share: 1 };
for (const result of results) {
  words += result.words; found += result.found;
  const share = result.words === 0 ? 1 : result.found / result.words;
  if (share < lowest.share) lowest = { share, file: result.file };
  console.log(JSON.stringify({ ...result, share: Number(share.toFixed(4)) }));
}
const withoutPage = results.filter((result) => !result.page).map((result) => result.file);
console.error(`${results.length} TEI file(s), ${results.length - withoutPage.length} with a page; words ${found}/${words} = ${(100 * found / Math.max(words, 1)).toFixed(2)} %; lowest ${(100 * lowest.share).toFixed(2)} % (${lowest.file ?? '-'})`);
if (withoutPage.length) console.error(`without a page: ${withoutPage.slice(0, 10).join(', ')}${withoutPage.length > 10 ? ' …' : ''}`);
