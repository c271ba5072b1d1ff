import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';
import { loadConfig } from '../../src/config/config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runCheck } from '../../src/pipeline/check.js';

/**
 * `check` with no configuration on samples of three real corpora (test/fixtures/corpora/,
 * PROVENANCE.md there), as a new user runs it: the outcome, the house rules that must stay silent,
 * and the real problems that must be found. Validation is against the bundled tei_all.
 */
const SAMPLES = path.resolve('test/fixtures/corpora');

/** The folders of each sample that hold its repository's layout (build-sample/ is the site tests'). */
const FOLDERS: Record<string, string[]> = { rusdracor: ['tei'], escher: ['data'], 'eltec-fra': ['level1', 'level2'] };

async function checkSample(name: string) {
  const config = loadConfig(mkdtempSync(path.join(tmpdir(), 'no-config-')));
  const inputs = FOLDERS[name].map((folder) => path.join(SAMPLES, name, folder));
  const outcome = await runCheck({ config, inputs, validate: true, lint: true });
  const short = (d: Diagnostic) => `${path.relative(path.join(SAMPLES, name), d.file)}:${d.line ?? ''} ${d.ruleId} ${d.severity}`;
  return { outcome, exit: exitCodeFor(outcome.diagnostics, outcome.toolFailures, -1), rules: new Set(outcome.diagnostics.map((d) => d.ruleId)), short };
}

/** House rules of our edition: none may fire on another project that did not ask for them. */
const HOUSE_RULES = ['person-name-untagged', 'person-referenced', 'pb-sequence', 'note-sequence', 'date-text', 'date-life'];

describe('check with no configuration on real corpora', { timeout: 600_000 }, () => {
  it('rusdracor (plays): valid against tei_all, clean under the tei profile, the remote schema said once', async () => {
    const { outcome, exit, short } = await checkSample('rusdracor');
    expect(outcome.toolFailures).toEqual([]);
    expect(outcome.files).toHaveLength(3);
    expect(outcome.diagnostics.map(short)).toEqual(['tei/prutkov-spor-drevnih-grecheskih-filosofov.xml:3 schema/remote info']);
    expect(outcome.diagnostics[0].message).toContain('(and in 2 other documents)');
    expect(exit).toBe(0);
  });

  it('escher (letters): finds the impossible date, and nothing of bare ids, @key or house rules', async () => {
    const { outcome, exit, rules, short } = await checkSample('escher');
    expect(outcome.toolFailures).toEqual([]);
    const problems = outcome.diagnostics.filter((d) => d.severity !== 'info').map(short).sort();
    expect(problems).toEqual([
      'data/briefe/K_0120_von_Mlinen_Egbert_Friedrich_an_Escher_1834-08-31.xml:63 date-iso error',
      'data/briefe/K_0120_von_Mlinen_Egbert_Friedrich_an_Escher_1834-08-31.xml:63 schema/invalid error',
    ]);
    for (const rule of [...HOUSE_RULES, 'pointer-resolves', 'person-ref-resolves', 'xml-id-unique']) expect(rules.has(rule), rule).toBe(false);
    expect(rules.has('schema/fallback')).toBe(true);
    expect(exit).toBe(1);
  });

  it('eltec-fra (novels): level-1 and level-2 copies share ids without complaint; tei_all rejects ELTeC elements in the TEI namespace', async () => {
    const { outcome, exit, rules } = await checkSample('eltec-fra');
    expect(outcome.toolFailures).toEqual([]);
    for (const rule of [...HOUSE_RULES, 'xml-id-unique', 'pointer-resolves', 'person-ref-resolves', 'date-range']) expect(rules.has(rule), rule).toBe(false);
    // the local schema lives in another repository: said once per missing schema, then tei_all
    const missing = outcome.diagnostics.filter((d) => d.ruleId === 'schema/missing');
    expect(missing.map((d) => d.message.split(',')[0])).toEqual([
      '<?xml-model?> names ../../Schemas/eltec-plus.rng',
      '<?xml-model?> names ../../Schemas/eltec-1.rng',
    ]);
    const schemaErrors = outcome.diagnostics.filter((d) => d.ruleId === 'schema/invalid');
    expect(schemaErrors.length).toBeGreaterThan(0);
    expect(schemaErrors.every((d) => /authorGender|size|reprintCount|timeSlot|textDesc/.test(d.message))).toBe(true);
    expect(exit).toBe(1);
  });
});
