/**
 * `npm run bench`: builds the whole edition and prints, per stage, wall time, throughput and peak
 * memory; then checks a synthetic corpus 20 times the edition's size and builds one 3 times its
 * size, to show how each stage's cost grows.
 * Timings live here, never in tests.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type EditionConfig } from '../config/config.js';
import { runBuild } from '../pipeline/build.js';
import { runCheck } from '../pipeline/check.js';
import type { StageTiming } from '../pipeline/stage-timer.js';
import { benchHostile } from './hostile.js';

/** The check stages (parse, validate, lint) are measured on 20× the edition … */
const CHECK_SCALE = 20;
/** … the site build on 3×: its transform grows faster than the input, and 20× did not finish in 25 minutes. */
const BUILD_SCALE = 3;

async function main(): Promise<void> {
  const config = loadConfig(process.cwd());
  const edition = await measureBuild('edition', config);
  for (const [scale, full] of [[CHECK_SCALE, false], [BUILD_SCALE, true]] as const) {
    const synthetic = makeSyntheticCorpus(config, scale);
    try {
      // The copies repeat the sources' page numbers, and relative links out of the corpus (to
      // ../shared) lead nowhere from a temporary folder: those findings are kept as warnings, so the
      // rules still run (and cost what they cost) but do not stop the build being measured.
      const rules = { ...config.rules, 'pb-sequence': 'warning', 'pointer-resolves': 'warning' } as const;
      const scaledConfig = { ...config, rules, corpus: synthetic.corpus, output: synthetic.output, root: synthetic.root };
      const label = `synthetic ×${scale}`;
      const timings = full ? (await measureBuild(label, scaledConfig)).timings : await measureCheck(label, scaledConfig);
      console.log(`  cost growth for ${scale}× the input:`);
      for (const timing of timings) {
        const base = edition.timings.find((t) => t.stage === timing.stage);
        if (base && base.milliseconds > 0) {
          console.log(`    ${timing.stage.padEnd(16)} ×${(timing.milliseconds / base.milliseconds).toFixed(1)}`);
        }
      }
    } finally {
      rmSync(synthetic.root, { recursive: true, force: true });
    }
  }
  await benchHostile();
}

async function measureBuild(label: string, config: EditionConfig) {
  const output = mkdtempSync(path.join(tmpdir(), 'bench-out-'));
  const outcome = await runBuild({ ...config, output: path.join(output, 'site'), allowOutsideOutput: true }, []);
  rmSync(output, { recursive: true, force: true });
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
  printTable(`${label}: ${outcome.files.length} files, ${(sumBytes(outcome.timings) / 1e6).toFixed(2)} MB, ${outcome.pages} pages${errors ? `, ${errors} errors (site not written)` : ''}`, outcome.timings);
  return outcome;
}

async function measureCheck(label: string, config: EditionConfig): Promise<StageTiming[]> {
  const outcome = await runCheck({ config, inputs: [], validate: true, lint: true });
  printTable(`${label} (check only): ${outcome.files.length} files, ${(sumBytes(outcome.timings) / 1e6).toFixed(2)} MB`, outcome.timings);
  return outcome.timings;
}

function printTable(title: string, timings: StageTiming[]): void {
  console.log(`\n${title}`);
  console.log(`  ${'stage'.padEnd(16)} ${'wall ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'peak RSS MB'.padStart(12)}`);
  for (const timing of timings) {
    const mbPerSecond = timing.milliseconds > 0 ? timing.bytes / 1e6 / (timing.milliseconds / 1000) : 0;
    console.log(
      `  ${timing.stage.padEnd(16)} ${timing.milliseconds.toFixed(0).padStart(9)} ${mbPerSecond.toFixed(2).padStart(8)} ${(timing.peakRss / 1e6).toFixed(0).padStart(12)}`,
    );
  }
}

function sumBytes(timings: StageTiming[]): number {
  return timings.find((t) => t.stage === 'parse')?.bytes ?? 0;
}

/**
 * Copies the edition's texts `scale` times, each copy's ids prefixed so that they stay unique across
 * the corpus (the lint rules would otherwise flood on duplicates and measure the wrong thing).
 */
function makeSyntheticCorpus(config: EditionConfig, scale: number) {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  const corpus = path.join(root, 'tei');
  cpSync(config.corpus, corpus, { recursive: true, filter: (source) => !source.includes(`${path.sep}texts${path.sep}`) || statSync(source).isDirectory() });
  const texts = path.join(config.corpus, 'texts');
  for (let copy = 1; copy <= scale; copy++) {
    for (const file of listXml(texts)) {
      const relative = path.relative(texts, file);
      const target = path.join(corpus, 'texts', path.dirname(relative), `copy${copy}-${path.basename(relative)}`);
      cpSync(file, target);
      const prefix = `c${copy}-`;
      writeFileSync(
        target,
        readFileSync(target, 'utf8')
          .replace(/xml:id="/g, `xml:id="${prefix}`)
          .replace(/((?:target|corresp|sameAs|copyOf|next|prev)=")#/g, `$1#${prefix}`),
      );
    }
  }
  return { root, corpus, output: path.join(root, 'dist') };
}

function listXml(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listXml(full);
    return entry.name.endsWith('.xml') ? [full] : [];
  });
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exitCode = 2;
});
