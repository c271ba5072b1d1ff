/**
 * One measured run of the pipeline, in a process of its own so that its peak memory is its own:
 * `node lib/bench/measure.js '<json request>'` prints one JSON line (MeasuredRun) on stdout.
 */
import { loadConfig, type EditionConfig } from '../config/config.js';
import { runBuild } from '../pipeline/build.js';
import { runCheck } from '../pipeline/check.js';
import type { StageTiming } from '../pipeline/stage-timer.js';

export interface MeasureRequest {
  /** Project folder (its edition.config.json, if any, is read). */
  root: string;
  corpus?: string;
  output?: string;
  /** Rule severities to override. */
  rules?: EditionConfig['rules'];
  /** Check only (parse, validate, lint), no site. */
  checkOnly?: boolean;
}

export interface MeasuredRun {
  files: number;
  bytes: number;
  pages: number;
  errors: number;
  /** The first few error messages, to say why a build was not written. */
  firstErrors: string[];
  timings: StageTiming[];
  /** Wall time of the whole run, and the CPU time of this process (user + system). */
  wallMs: number;
  cpuMs: number;
  peakRss: number;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as MeasureRequest;
  const loaded = loadConfig(request.root);
  const config: EditionConfig = {
    ...loaded,
    corpus: request.corpus ?? loaded.corpus,
    output: request.output ?? loaded.output,
    rules: { ...loaded.rules, ...request.rules },
    allowOutsideOutput: true,
  };
  const started = performance.now();
  const outcome = request.checkOnly
    ? { ...(await runCheck({ config, inputs: [], validate: true, lint: true })), pages: 0 }
    : await runBuild(config, []);
  const wallMs = performance.now() - started;
  const usage = process.resourceUsage();
  const errors = [...outcome.diagnostics, ...outcome.toolFailures].filter((d) => d.severity === 'error');
  const run: MeasuredRun = {
    files: outcome.files.length,
    bytes: outcome.files.reduce((sum, file) => sum + file.bytes.length, 0),
    pages: outcome.pages,
    errors: errors.length,
    firstErrors: errors.slice(0, 3).map((d) => `${d.file}: ${d.ruleId} ${d.message}`.slice(0, 300)),
    timings: outcome.timings,
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRss: usage.maxRSS * 1024,
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

main().catch((error) => {
  process.stderr.write(`measure failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
});
