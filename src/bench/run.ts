/**
 * `npm run bench [-- --scales 1,2,4,8,20] [-- --corpus <folder>]`: builds the edition and a
 * synthetic corpus at several multiples of its size, each in a process of its own, and prints per
 * stage the wall time, the peak memory, the share of the search indexer and how each stage's cost
 * grows (its exponent: log of the time ratio over log of the size ratio; 1 is linear). `--corpus`
 * adds a whole other project (e.g. the Alfred Escher letters, made by `scripts/corpora.sh`), built
 * and checked as it is. Timings live here, never in tests; the machine's load is printed with them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/config.js';
import type { MeasureRequest, MeasuredRun } from './measure.js';
import { makeSyntheticCorpus } from './synthetic-corpus.js';
import { benchValidators } from './validators.js';
import { benchHostile } from './hostile.js';
import { PAGE_TYPE_STAGE } from '../pipeline/build.js';

const DEFAULT_SCALES = [1, 2, 4, 8];
const measureScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'measure.js');
/** The stages of a build, in order; `total` is the whole run. */
const STAGES = ['parse', 'validate', 'lint', 'compile xslt', 'transform', 'write', 'export', 'search'];

function measure(request: MeasureRequest): MeasuredRun {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', measureScript, JSON.stringify(request)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`measuring ${request.corpus ?? request.root} failed: ${child.stderr.trim().slice(-800)}`);
  return JSON.parse(line) as MeasuredRun;
}

function stageMs(run: MeasuredRun, stage: string): number {
  if (stage === 'total') return run.wallMs;
  return run.timings.filter((timing) => timing.stage === stage).reduce((sum, timing) => sum + timing.milliseconds, 0);
}

/**
 * CPU time of a stage: what the growth is judged on, since wall time on a shared machine measures
 * the neighbours too. The search indexer runs in a child process: its wall time stands in.
 */
function stageCpuMs(run: MeasuredRun, stage: string): number {
  if (stage === 'total') return run.cpuMs;
  if (stage === 'search') return stageMs(run, stage);
  return run.timings.filter((timing) => timing.stage === stage).reduce((sum, timing) => sum + (timing.cpuMilliseconds ?? timing.milliseconds), 0);
}

/** The page types' shares of transform, in wall time (text pages: summed over the worker threads). */
function pageTypeStages(runs: MeasuredRun[]): string[] {
  return [...new Set(runs.flatMap((run) => run.timings.map((timing) => timing.stage).filter((stage) => stage.startsWith(PAGE_TYPE_STAGE))))];
}

function load(): string {
  return loadavg().map((value) => value.toFixed(1)).join(' ');
}

function printRun(title: string, run: MeasuredRun): void {
  console.log(`\n${title}: ${run.files} files, ${(run.bytes / 1e6).toFixed(1)} MB, ${run.pages} pages` +
    `${run.errors ? `, ${run.errors} errors (site not written): ${run.firstErrors.join(' | ')}` : ''}`);
  console.log(`  ${'stage'.padEnd(14)} ${'wall s'.padStart(8)} ${'cpu s'.padStart(8)} ${'MB/s cpu'.padStart(9)}`);
  for (const stage of [...STAGES, 'total']) {
    const ms = stageMs(run, stage);
    const cpu = stageCpuMs(run, stage);
    if (ms === 0 && stage !== 'total') continue;
    console.log(`  ${stage.padEnd(14)} ${(ms / 1000).toFixed(2).padStart(8)} ${(cpu / 1000).toFixed(2).padStart(8)} ${(run.bytes / 1e6 / (cpu / 1000)).toFixed(2).padStart(9)}`);
  }
  for (const stage of pageTypeStages([run])) {
    console.log(`    ${stage.slice(PAGE_TYPE_STAGE.length).padEnd(12)} ${(stageMs(run, stage) / 1000).toFixed(2).padStart(8)} ${'(wall)'.padStart(8)}`);
  }
  if (run.visibleMs !== undefined) console.log(`  pages in place after ${(run.visibleMs / 1000).toFixed(2)} s; the search index followed (total)`);
  const build = STAGES.slice(3).reduce((sum, stage) => sum + stageMs(run, stage), 0);
  console.log(`  cpu ${(run.cpuMs / 1000).toFixed(1)} s, peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB` +
    (build > 0 ? `, search ${((100 * stageMs(run, 'search')) / build).toFixed(0)} % of the site build` : '') + `; load ${load()}`);
}

/** The table of stage × scale, with the growth exponent between consecutive scales and overall. */
function printGrowth(scales: number[], runs: MeasuredRun[]): void {
  console.log(`\ngrowth (CPU seconds, search: wall; exponent = log(time ratio) / log(size ratio), 1.0 is linear)`);
  const header = ['stage'.padEnd(14), ...scales.map((scale) => `${scale}×`.padStart(8)), ...scales.slice(1).map((scale, i) => `e ${scales[i]}→${scale}`.padStart(9)), `e ${scales[0]}→${scales.at(-1)}`.padStart(9)];
  console.log(`  ${header.join(' ')}`);
  const exponent = (a: number, b: number, sa: number, sb: number) => (a > 0 && b > 0 ? Math.log(b / a) / Math.log(sb / sa) : NaN);
  for (const stage of [...STAGES, ...pageTypeStages(runs), 'total']) {
    const times = runs.map((run) => stageCpuMs(run, stage));
    if (times.every((ms) => ms === 0)) continue;
    const steps = scales.slice(1).map((scale, i) => exponent(times[i], times[i + 1], scales[i], scale));
    const overall = exponent(times[0], times.at(-1) ?? 0, scales[0], scales.at(-1) ?? 1);
    console.log(`  ${[stage.padEnd(14), ...times.map((ms) => (ms / 1000).toFixed(1).padStart(8)), ...steps.map((e) => e.toFixed(2).padStart(9)), overall.toFixed(2).padStart(9)].join(' ')}`);
  }
  console.log(`  ${'peak RSS MB'.padEnd(14)} ${runs.map((run) => (run.peakRss / 1e6).toFixed(0).padStart(8)).join(' ')}`);
  const wall = runs.map((run) => run.wallMs);
  const wallSteps = scales.slice(1).map((scale, i) => exponent(wall[i], wall[i + 1], scales[i], scale));
  console.log(`  ${['wall s (all)'.padEnd(14), ...wall.map((ms) => (ms / 1000).toFixed(1).padStart(8)), ...wallSteps.map((e) => e.toFixed(2).padStart(9)), exponent(wall[0], wall.at(-1) ?? 0, scales[0], scales.at(-1) ?? 1).toFixed(2).padStart(9)].join(' ')}`);
}

function firstText(folder: string): string {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return firstText(full);
    if (entry.name.endsWith('.xml')) return full;
  }
  throw new Error(`no text in ${folder}`);
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const config = loadConfig(root);
  console.log(`bench on ${root}; load average at start ${load()}`);
  printRun('edition', measure({ root, output: path.join(root, '.cache', 'bench', 'edition') }));
  // The copies below have no config of their own: they are built with the edition's schema and profile.
  const like = { schema: config.schema, schemaConfigured: config.schemaConfigured, profile: config.profile };

  // A rebuild as serve makes it after one text is edited, on a copy of the edition.
  const copy = makeSyntheticCorpus(config.corpus, 1);
  try {
    const edited = path.relative(copy.corpus, firstText(path.join(copy.corpus, 'texts')));
    printRun(`edition rebuild after editing ${edited} (serve, incremental)`, measure({ root: copy.root, corpus: copy.corpus, output: copy.output, rules: { 'pb-sequence': 'warning', 'pointer-resolves': 'warning' }, like, editAfterBuild: edited }));
  } finally {
    rmSync(copy.root, { recursive: true, force: true });
  }
  if (process.argv.includes('--rebuild-only')) return;

  const scales = (option('--scales') ?? DEFAULT_SCALES.join(',')).split(',').map(Number).filter((n) => n > 0);
  const runs: MeasuredRun[] = [];
  for (const scale of scales) {
    const synthetic = makeSyntheticCorpus(config.corpus, scale);
    try {
      // The copies repeat the sources' page numbers, and relative links out of the corpus lead
      // nowhere from a temporary folder: those findings are kept as warnings, so the rules still run
      // (and cost what they cost) but do not stop the build being measured.
      const run = measure({ root: synthetic.root, corpus: synthetic.corpus, output: synthetic.output, rules: { 'pb-sequence': 'warning', 'pointer-resolves': 'warning' }, like });
      printRun(`synthetic ×${scale}`, run);
      runs.push(run);
    } finally {
      rmSync(synthetic.root, { recursive: true, force: true });
    }
  }
  if (runs.length > 1) printGrowth(scales, runs);

  const other = option('--corpus');
  if (other) {
    const folder = path.resolve(other);
    const output = path.join(root, '.cache', 'bench', 'other');
    printRun(`${folder} (check)`, measure({ root: folder, checkOnly: true }));
    const build = measure({ root: folder, output });
    printRun(`${folder} (build)`, build);
    // Where the check stops the build, the site build is still measured on its own.
    if (build.errors > 0) printRun(`${folder} (site build alone, without the check)`, measure({ root: folder, output, siteOnly: true }));
    rmSync(output, { recursive: true, force: true });
  }
  await benchValidators(config);
  await benchHostile();
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exitCode = 2;
});
