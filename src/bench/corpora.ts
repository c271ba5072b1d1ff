/**
 * `npm run bench:corpora -- <dest>`: `check` with no configuration on the real corpora that
 * `scripts/corpora.sh <dest>` copied (pinned in scripts/corpora.tsv), as a new user would run it.
 * Prints per corpus: exit code, findings per rule, a fixed sample of findings to judge by hand,
 * the time of validation against tei_all next to jing on the same files, and every file that
 * jing finds valid against tei_all but `check` gives a schema error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jingAvailable, validateWithJing } from '../adapters/jing.js';
import { exitCodeFor } from '../cli/exit-code.js';
import { BUNDLED_SCHEMA, loadConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runCheck } from '../pipeline/check.js';

/** What a maintainer of each project would check: the folders of TEI documents. */
const CORPORA: Record<string, string[]> = {
  escher: ['data/briefe'],
  // both levels (213 MB; level 2 has an element per word): checked in the memory of one novel at a time
  'eltec-fra': ['level1', 'level2'],
  rusdracor: ['tei'],
};

/** Findings shown for judging by hand, spread evenly over each corpus's list. */
const SAMPLE = 40;

async function main(): Promise<void> {
  const dest = process.argv[2];
  if (!dest) throw new Error('usage: node lib/bench/corpora.js <dest of scripts/corpora.sh> [name …]');
  const names = process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(CORPORA);
  for (const name of names) {
    const inputs = CORPORA[name].map((folder) => path.join(dest, name, folder));
    // no configuration at all: an empty working folder
    const empty = mkdtempSync(path.join(tmpdir(), 'corpora-'));
    try {
      const config = loadConfig(empty);
      const started = performance.now();
      const outcome = await runCheck({ config, inputs, validate: true, lint: true });
      const seconds = (performance.now() - started) / 1000;
      const exit = exitCodeFor(outcome.diagnostics, outcome.toolFailures, -1);
      console.log(`\n== ${name}: ${outcome.files.length} files, check exit ${exit}, ${seconds.toFixed(1)} s`);
      for (const timing of outcome.timings) console.log(`  ${timing.stage.padEnd(10)} ${(timing.milliseconds / 1000).toFixed(1)} s`);
      const byRule = new Map<string, Diagnostic[]>();
      for (const diagnostic of outcome.diagnostics) byRule.set(`${diagnostic.ruleId} (${diagnostic.severity})`, [...(byRule.get(`${diagnostic.ruleId} (${diagnostic.severity})`) ?? []), diagnostic]);
      console.log('  findings per rule:');
      for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(list.length).padStart(7)}  ${rule}`);
      const judged = outcome.diagnostics.filter((d) => d.severity !== 'info');
      console.log(`  sample of ${Math.min(SAMPLE, judged.length)} of ${judged.length} errors and warnings, to judge by hand:`);
      for (let i = 0; i < Math.min(SAMPLE, judged.length); i++) {
        const d = judged[Math.floor((i * judged.length) / Math.min(SAMPLE, judged.length))];
        console.log(`    ${path.relative(path.join(dest, name), d.file)}:${d.line ?? ''}:${d.column ?? ''} ${d.ruleId} ${d.message.slice(0, 220)}`);
      }
      if (jingAvailable()) {
        const files = outcome.files.filter((file) => file.accepted).map((file) => path.resolve(file.path));
        const jingStarted = performance.now();
        const jingInvalid = new Set((await validateWithJing(BUNDLED_SCHEMA, files)).map((finding) => path.resolve(finding.file)));
        const jingSeconds = (performance.now() - jingStarted) / 1000;
        const validateSeconds = (outcome.timings.find((t) => t.stage === 'validate')?.milliseconds ?? NaN) / 1000;
        console.log(`  tei_all: check's validate stage ${validateSeconds.toFixed(1)} s; jing alone on the same ${files.length} files ${jingSeconds.toFixed(1)} s; jing finds ${jingInvalid.size} invalid`);
        const schemaErrorFiles = new Set(outcome.diagnostics.filter((d) => d.ruleId === 'schema/invalid').map((d) => path.resolve(d.file)));
        const disagreements = [...schemaErrorFiles].filter((file) => !jingInvalid.has(file));
        console.log(`  files with a schema error from check that jing finds valid against tei_all: ${disagreements.length}`);
        for (const file of disagreements.slice(0, 10)) console.log(`    ${path.relative(dest, file)}`);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
