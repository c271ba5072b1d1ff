#!/usr/bin/env node
// The compiled CLI lives in lib/ (`npm run compile` builds it from src/).
import { existsSync } from 'node:fs';

const entry = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('tei-edition: not compiled yet; run `npm run compile` (or `npm ci && npm run build`) first\n');
  process.exit(2);
}
const { tuneHeap } = await import(new URL('../lib/cli/tune-heap.js', import.meta.url).href);
tuneHeap();
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
