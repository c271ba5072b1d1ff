/**
 * The texts' pages, and before them their digests (xslt/data/digest.xsl), made in parallel: each
 * depends only on its own document and on inputs every text shares (the catalogue, the register,
 * the edition's facts), so they are handed to worker threads. Each worker keeps its own small heap —
 * with thousands of documents in one heap, garbage collection cost more than the pages. A worker
 * that dies (out of memory, a crash) fails only the pages it had; nothing waits for it forever.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StylesheetReference } from '../adapters/saxon.js';
import { displayPath } from '../corpus/display-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What every text page (or digest) shares, as plain data a worker can receive. */
export interface SharedTextInputs {
  /** Read by each worker from its file (a stylesheet this thread has run cannot be sent). */
  stylesheet: StylesheetReference;
  /** Pages written into the site, or the result document returned as XML text (a digest). */
  produce: 'pages' | 'document';
  /** Parameters that are strings, numbers, booleans or lists of strings. */
  params: Record<string, string | number | boolean | string[]>;
  /** Parameters that are documents, as XML text, with their file (for diagnostics). */
  documents: Record<string, { text: string; file: string }>;
  /** Where relative result-document hrefs resolve (the texts/ folder). */
  outputDir: string;
  /** The site folder: nothing may be written outside it. */
  siteDir: string;
}

export interface TextTask {
  key: string;
  file: string;
  /** The document's XML text when it is not its file's own; else the worker parses the file. */
  text?: string;
  /** Parameters of this text's transformation alone (a digest's path and order). */
  params?: Record<string, string | number>;
}

export interface TextTaskResult {
  key: string;
  written?: string[];
  /** The result document as XML text (produce: 'document'), unless the transformation failed. */
  document?: string;
  diagnostics: Diagnostic[];
  milliseconds: number;
  cpuMilliseconds: number;
}

/**
 * A worker's heap limit. A page needs its document and the shared inputs; without a limit V8 lets
 * each worker's heap grow to gigabytes before it collects (Escher letters: 4.3 GB peak for the
 * build). A document too large for it fails its own page with a finding, not the build.
 */
const WORKER_HEAP_MB = 512;

/** Below this many pages, starting workers costs more than it saves. */
export const PARALLEL_FROM = 48;

export function workerCount(tasks: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.floor(tasks / (PARALLEL_FROM / 2))));
}

/**
 * The worker's script. A thread runs JavaScript only: when these sources run as TypeScript (the
 * tests), the compiled one in lib/ is used (`npm test` compiles first).
 */
const here = fileURLToPath(import.meta.url);
const workerFile = here.endsWith('.ts')
  ? path.resolve(path.dirname(here), '..', '..', 'lib', 'site', 'text-page-worker.js')
  : path.join(path.dirname(here), 'text-page-worker.js');

/** Tasks a worker is handed at a time: it asks for more when it has answered them all. */
const BATCH = 8;

export interface TextPageWorkers {
  /** Settles when every task has had its result (made, or failed with a finding). */
  done: Promise<void>;
  /** Start the rest of the workers (those held back while this thread had pages of its own to make). */
  addWorkers(): void;
}

/**
 * Make every page; `onResult` sees each as it is done. The workers take tasks from one queue, a few
 * at a time, so the pages go on while this thread is busy with others, and a worker that dies
 * leaves its queue to the others. With `holdBack`, that many workers start only at `addWorkers()`:
 * while this thread makes pages of its own, a worker fewer keeps the cores as busy and the build
 * holds one heap less (the Escher letters' peak came while the persons' pages were made beside two).
 */
export function renderTextPagesInWorkers(
  tasks: TextTask[],
  shared: SharedTextInputs,
  onResult: (result: TextTaskResult) => void,
  holdBack = 0,
): TextPageWorkers {
  const queue = [...tasks];
  const count = Math.min(workerCount(tasks.length), tasks.length);
  const running: Promise<void>[] = [];
  let settle: () => void = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  const start = (workers: number) => {
    for (let index = 0; index < workers && queue.length > 0; index++) running.push(runWorker(queue, shared, onResult));
  };
  /** Once every worker started has stopped; what a dead worker left in the queue is failed. */
  const settleWhenIdle = async () => {
    let seen = -1;
    while (seen !== running.length) {
      seen = running.length;
      await Promise.all(running);
    }
    for (const task of queue.splice(0)) onResult(failedTask(task, 'no worker was left to make it', shared.produce));
    settle();
  };
  start(Math.max(1, count - holdBack));
  if (tasks.length === 0) settle();
  else void settleWhenIdle();
  return { done, addWorkers: () => start(count - running.length) };
}

function runWorker(queue: TextTask[], shared: SharedTextInputs, onResult: (result: TextTaskResult) => void): Promise<void> {
  return new Promise((resolve) => {
    const pending = new Map<string, TextTask>();
    const worker = new Worker(workerFile, { workerData: shared, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const finish = (why?: string) => {
      if (settled) return;
      settled = true;
      // A worker that died fails the pages it had taken, each with a finding: none goes missing in silence.
      for (const task of pending.values()) onResult(failedTask(task, why ?? 'the worker stopped', shared.produce));
      // The worker object outlives this (a global handle holds it until its thread is gone): without
      // our listeners it no longer holds `onResult` and all it gathered (the digests of every text).
      worker.removeAllListeners();
      worker.on('error', ignoreError);
      void worker.terminate();
      resolve();
    };
    const next = () => {
      const batch = queue.splice(0, BATCH);
      if (batch.length === 0) return finish();
      for (const task of batch) pending.set(task.key, task);
      worker.postMessage(batch);
    };
    worker.on('message', (result: TextTaskResult) => {
      pending.delete(result.key);
      onResult(result);
      if (pending.size === 0) next();
    });
    worker.on('error', (error) => finish(error.message));
    worker.on('exit', (code) => finish(`the worker stopped (exit code ${code})`));
    next();
  });
}

/** A listener made outside runWorker: a closure made in it would hold its scope, `onResult` included. */
function ignoreError(): void {}

function failedTask(task: TextTask, why: string, produce: SharedTextInputs['produce']): TextTaskResult {
  return { key: task.key, diagnostics: [workerFailure(task.file, why, produce)], milliseconds: 0, cpuMilliseconds: 0 };
}

function workerFailure(file: string, why: string, produce: SharedTextInputs['produce']): Diagnostic {
  return {
    file: displayPath(file),
    ruleId: 'xslt/worker-failed',
    severity: 'error',
    source: 'xslt',
    message: `The ${produce === 'pages' ? 'page' : 'digest'} of this text could not be made: ${why}`,
    hint: 'The other pages were made. If the message names memory: a very large document can exhaust a thread\'s memory; split it, or give Node more (node --max-old-space-size=…).',
  };
}
