import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createLinter, lintDocuments } from '../../src/lint/lint.js';
import { runCheck } from '../../src/pipeline/check.js';
import { parse, tei } from './helpers.js';

// A check of a corpus larger than memory lints each document as it is parsed and lets it go; only
// rules that compare documents keep them all (RuleMeta.wholeCorpus).

describe('streaming lint', () => {
  it('holds documents only when an enabled rule compares them', () => {
    expect(createLinter({ profile: 'tei' }).wholeCorpus).toBe(false);
    expect(createLinter({ profile: 'edition' }).wholeCorpus).toBe(true);
    // a house rule turned on by name under the tei profile still needs every document
    expect(createLinter({ profile: 'tei', rules: { 'person-referenced': 'warning' } }).wholeCorpus).toBe(true);
    expect(createLinter({ profile: 'edition', rules: { 'xml-id-unique': 'off', 'person-referenced': 'off', 'person-name-untagged': 'off', 'pb-sequence': 'off' } }).wholeCorpus).toBe(false);
  });

  it('finds, one document at a time, what it finds with every document at once', () => {
    const first = () => parse('corpus/a.xml', tei('<p xml:id="a1">One <ref target="b.xml#b1">two</ref> <ref target="b.xml#none">three</ref>.</p>', { id: 'a' }));
    const second = () => parse('corpus/b.xml', tei('<p xml:id="b1">Back to <ref target="a.xml#a1">one</ref> and <ref target="a.xml#gone">nowhere</ref>.</p>', { id: 'b' }));
    const files = new Map([first(), second()].map((document) => [path.resolve(document.file), document]));
    const loadDocument = (absolute: string) => files.get(absolute);
    const together = lintDocuments([first(), second()], { profile: 'tei', loadDocument });
    const linter = createLinter({ profile: 'tei', loadDocument });
    linter.add(first());
    linter.add(second());
    const streamed = linter.finish();
    const where = (result: typeof together) => result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column}`);
    expect(where(streamed)).toEqual(where(together));
    expect(where(streamed)).toEqual([
      expect.stringMatching(/^pointer-resolves corpus\/a\.xml:/),
      expect.stringMatching(/^pointer-resolves corpus\/b\.xml:/),
    ]);
  });
});

describe('check without keeping documents', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tei-edition-stream-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lets every tree go, and still resolves a pointer into a document already checked', async () => {
    writeFileSync(path.join(root, 'a.xml'), tei('<p xml:id="a1">One.</p>', { id: 'a' }));
    writeFileSync(path.join(root, 'b.xml'), tei('<p>Back to <ref target="a.xml#a1">one</ref>, not <ref target="a.xml#a2">two</ref>.</p>', { id: 'b' }));
    const config = loadConfig(root);
    const outcome = await runCheck({ config, inputs: [], validate: false, lint: true });
    expect(outcome.files.map((file) => [path.basename(file.file), file.accepted, file.document])).toEqual([
      ['a.xml', true, undefined],
      ['b.xml', true, undefined],
    ]);
    expect(outcome.diagnostics.map((d) => `${d.ruleId} ${path.basename(d.file)}:${d.line}`)).toEqual(['pointer-resolves b.xml:4']);
    expect(outcome.timings.map((timing) => timing.stage)).toEqual(['parse', 'lint']);

    const kept = await runCheck({ config, inputs: [], validate: false, lint: true, keepDocuments: true });
    expect(kept.files.every((file) => file.document !== undefined)).toBe(true);
    expect(kept.diagnostics).toEqual(outcome.diagnostics);
  });
});
