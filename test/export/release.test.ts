import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/export/zip.js';
import { LETTERS_CORPUS, REAL_CORPUS, exportCorpus } from './export-fixture.js';

/** A ZIP reader written from the format (central directory first), independent of the writer. */
function unzip(archive: Buffer): Map<string, { content: Buffer; date: number; time: number }> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(-1);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, { content: Buffer; date: number; time: number }>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const time = archive.readUInt16LE(at + 12);
    const date = archive.readUInt16LE(at + 14);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(archive.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    const content = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    expect(crc32(content), name).toBe(crc);
    entries.set(name, { content, date, time });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('the release zip', () => {
  it('holds every TEI document byte for byte, the schema they name, a README and the licence', () => {
    const { outDir, plan } = exportCorpus(REAL_CORPUS);
    const name = plan.links.find((link) => link.endsWith('.zip'))!;
    expect(name).toBe('test-edition-1.2.3.zip');
    const entries = unzip(readFileSync(path.join(outDir, name)));
    const folder = 'test-edition-1.2.3/';
    expect([...entries.keys()].every((entry) => entry.startsWith(folder))).toBe(true);
    for (const text of plan.facts.texts) {
      const entry = entries.get(`${folder}tei/${text.corpusPath}`);
      expect(entry, text.corpusPath).toBeDefined();
      expect(entry!.content.equals(readFileSync(text.document.file))).toBe(true);
    }
    expect(entries.has(`${folder}tei/persons.xml`)).toBe(true);
    expect(entries.has(`${folder}tei/sources.xml`)).toBe(true);
    // The schema the documents name, where their relative reference expects it.
    const schema = entries.get(`${folder}schemas/tei-edition.rng`);
    expect(schema?.content.equals(readFileSync(path.resolve(REAL_CORPUS, '..', 'schemas', 'tei-edition.rng')))).toBe(true);
    const readme = entries.get(`${folder}README.txt`)!.content.toString('utf8');
    expect(readme).toContain('Version: 1.2.3');
    expect(readme).toContain('Released: 2026-11-22');
    expect(entries.get(`${folder}LICENCE-OF-THIS-RELEASE.txt`)!.content.toString('utf8')).toContain('CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(entries.has(`${folder}CITATION.cff`)).toBe(true);
    // Every entry carries the release date, 2026-11-22, as its timestamp.
    for (const entry of entries.values()) expect([entry.date, entry.time]).toEqual([((2026 - 1980) << 9) | (11 << 5) | 22, 0]);
  }, 120_000);

  it('is byte-identical when made twice', () => {
    const first = exportCorpus(LETTERS_CORPUS);
    const second = exportCorpus(LETTERS_CORPUS);
    const name = first.plan.links.find((link) => link.endsWith('.zip'))!;
    expect(readFileSync(path.join(first.outDir, name)).equals(readFileSync(path.join(second.outDir, name)))).toBe(true);
  }, 120_000);

  it('the zip writer stores incompressible content and orders entries by name', () => {
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 197 + 13) % 256));
    const archive = Buffer.from(zip([{ name: 'b.txt', content: Buffer.from('bbbbbbbbbbbbbbbbbbbb') }, { name: 'a.bin', content: random }], '2026-01-02'));
    const entries = unzip(archive);
    expect([...entries.keys()]).toEqual(['a.bin', 'b.txt']);
    expect(entries.get('a.bin')!.content.equals(random)).toBe(true);
    expect(entries.get('b.txt')!.content.toString()).toBe('bbbbbbbbbbbbbbbbbbbb');
  }, 120_000);

  it('the zip writer reuses the compressed form of unchanged content, byte for byte, and compresses changed content', () => {
    const entries = (second: string) => [
      { name: 'a.xml', content: Buffer.from('<a>first, first, first</a>'), hash: 'hash-a' },
      { name: 'b.xml', content: Buffer.from(second), hash: `hash-${second}` },
    ];
    const afresh = Buffer.from(zip(entries('<b>one</b>').map(({ name, content }) => ({ name, content })), '2026-01-02'));
    expect(Buffer.from(zip(entries('<b>one</b>'), '2026-01-02')).equals(afresh)).toBe(true);
    expect(Buffer.from(zip(entries('<b>one</b>'), '2026-01-02')).equals(afresh)).toBe(true);
    const changed = unzip(Buffer.from(zip(entries('<b>two, changed</b>'), '2026-01-02')));
    expect(changed.get('b.xml')!.content.toString()).toBe('<b>two, changed</b>');
    expect(changed.get('a.xml')!.content.toString()).toBe('<a>first, first, first</a>');
  });
});
