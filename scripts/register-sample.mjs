#!/usr/bin/env node
/**
 * A register reduced to the entries some sample files name, for a test fixture:
 *   node scripts/register-sample.mjs <register.xml> <sample.xml>... > sample-register.xml
 * Keeps the register's text before its first entry and after its last one (header and list
 * wrappers) and, in between, each entry (person, place, org: the entries are not nested) whose @n
 * or xml:id a sample's @key names, copied unchanged. Used for the Escher letters' people.xml
 * (test/fixtures/corpora/escher/build-sample/PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';

const [registerFile, ...samples] = process.argv.slice(2);
if (!registerFile || samples.length === 0) {
  process.stderr.write('usage: node scripts/register-sample.mjs <register.xml> <sample.xml>...\n');
  process.exit(2);
}
const unescape = (value) => value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const keys = new Set();
for (const sample of samples) {
  for (const match of readFileSync(sample, 'utf8').matchAll(/\bkey="([^"]*)"/g)) keys.add(unescape(match[1]));
}
const register = readFileSync(registerFile, 'utf8');
const entry = /([ \t]*)<(person|place|org)\b([^>]*)>[\s\S]*?<\/\2>\n?/g;
const entries = [...register.matchAll(entry)];
if (entries.length === 0) {
  process.stderr.write(`${registerFile}: no entries found\n`);
  process.exit(1);
}
const attribute = (attributes, name) => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return found ? unescape(found[1]) : undefined;
};
const first = entries[0];
const last = entries[entries.length - 1];
let kept = '';
for (const found of entries) {
  const n = attribute(found[3], 'n');
  const id = attribute(found[3], 'xml:id');
  if ((n && keys.has(n)) || (id && keys.has(id))) kept += found[0];
}
process.stdout.write(register.slice(0, first.index) + kept + register.slice(last.index + last[0].length));
