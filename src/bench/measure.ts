/**
 * One measured run of the pipeline, in a process of its own so that its peak memory is its own:
 * `node lib/bench/measure.js '<json request>'` prints one JSON line (MeasuredRun) on stdout.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type EditionConfig } from '../config/config.js';
import { findXmlFiles } from '../corpus/find-files.js';
import { editionMetadata } from '../pipeline/edition-metadata.js';
import { buildSite } from '../site/build-site.js';
import { DocumentCache } from '../site/incremental.js';
import { runBuild } from '../pipeline/build.js';
import { runCheck } from '../pipeline/check.js';
import { tuneHeap } from '../cli/tune-heap.js';
import type { StageTiming } from '../pipeline/stage-timer.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface MeasureRequest {
  /** Project folder (its edition.config.json, if any, is read). */
  root: string;
  corpus?: string;
  output?: string;
  /** Rule severities to override. */
  rules?: EditionConfig['rules'];
  /** Check only (parse, validate, lint), no site. */
  checkOnly?: boolean;
  /** The project's own configuration for a copy of its corpus (schema, profile): the copy has no config file. */
  like?: Pick<EditionConfig, 'schema' | 'schemaConfigured' | 'profile'>;
  /** The site build alone, without the check (to measure it where the check stops a build). */
  siteOnly?: boolean;
  /**
   * Measure a rebuild as `serve` does it: build, then change one word in this text (path relative
   * to the corpus) and build again incrementally in the same process; the second build is reported.
   */
  editAfterBuild?: string;
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
  /** A rebuild (editAfterBuild): when its pages were in place, before the search index followed (as serve shows them). */
  visibleMs?: number;
}

async function siteOnly(config: EditionConfig) {
  const found = findXmlFiles([config.corpus], config.root, [...config.ignore, config.output]);
  rmSync(config.output, { recursive: true, force: true });
  mkdirSync(config.output, { recursive: true });
  const site = await buildSite({ corpusDir: config.corpus, files: found.files, outDir: config.output, edition: editionMetadata(config) });
  const timings: StageTiming[] = Object.entries(site.milliseconds).map(([stage, milliseconds]) => ({
    stage: stage === 'compile' ? 'compile xslt' : stage,
    milliseconds,
    cpuMilliseconds: site.cpuMilliseconds[stage as keyof typeof site.cpuMilliseconds],
    bytes: 0,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }));
  return {
    // Only sizes are read from these.
    files: found.files.map((file) => ({ bytes: { length: statSync(file).size } })),
    diagnostics: site.diagnostics,
    toolFailures: [],
    timings,
    pages: site.pages,
  };
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as MeasureRequest;
  const loaded = loadConfig(request.root);
  const config: EditionConfig = {
    ...loaded,
    ...request.like,
    corpus: request.corpus ?? loaded.corpus,
    output: request.output ?? loaded.output,
    rules: { ...loaded.rules, ...request.rules },
    allowOutsideOutput: true,
  };
  if (request.editAfterBuild) {
    const documents = new DocumentCache();
    await runBuild(config, [], () => {}, { incremental: true, documents, removePreviousLater: true });
    const text = path.join(config.corpus, request.editAfterBuild);
    writeFileSync(text, readFileSync(text, 'utf8').replace(/<\/p>/, ' (edited)</p>'));
    cpuAtStart = process.cpuUsage();
    const started = performance.now();
    const outcome = await runBuild(config, [], () => {}, { incremental: true, documents, removePreviousLater: true, searchLater: true });
    const visibleMs = performance.now() - started;
    const searchStarted = performance.now();
    for (const found of (await outcome.searchIndexed) ?? []) outcome.diagnostics.push(found);
    // the search index, indexed after the pages were in place, in its row as when the build waits for it
    for (const timing of outcome.timings) if (timing.stage === 'search') timing.milliseconds += performance.now() - searchStarted;
    report(outcome, performance.now() - started, visibleMs);
    return;
  }
  const started = performance.now();
  const outcome = request.siteOnly
    ? await siteOnly(config)
    : request.checkOnly
      ? { ...(await runCheck({ config, inputs: [], validate: true, lint: true })), pages: 0 }
      : await runBuild(config, []);
  report(outcome, performance.now() - started);
}

/** CPU time is counted from here (after the first build, when a rebuild is measured). */
let cpuAtStart: NodeJS.CpuUsage | undefined;

interface Outcome {
  files: { bytes: { length: number } }[];
  diagnostics: Diagnostic[];
  toolFailures: Diagnostic[];
  timings: StageTiming[];
  pages: number;
}

function report(outcome: Outcome, wallMs: number, visibleMs?: number): void {
  const usage = process.resourceUsage();
  const cpu = process.cpuUsage(cpuAtStart);
  const errors = [...outcome.diagnostics, ...outcome.toolFailures].filter((d) => d.severity === 'error');
  const run: MeasuredRun = {
    files: outcome.files.length,
    bytes: outcome.files.reduce((sum, file) => sum + file.bytes.length, 0),
    pages: outcome.pages,
    errors: errors.length,
    firstErrors: errors.slice(0, 3).map((d) => `${d.file}: ${d.ruleId} ${d.message}`.slice(0, 300)),
    timings: outcome.timings,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRss: usage.maxRSS * 1024,
    visibleMs,
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

tuneHeap();
main().catch((error) => {
  process.stderr.write(`measure failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
});
