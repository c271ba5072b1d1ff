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

/**
 * Make every page; `onResult` sees each as it is done. Each worker gets its share of the tasks at
 * once (every n-th task), so the pages go on while this thread is busy with other pages.
 */
export function renderTextPagesInWorkers(tasks: TextTask[], shared: SharedTextInputs, onResult: (result: TextTaskResult) => void): Promise<void> {
  const count = Math.min(workerCount(tasks.length), tasks.length);
  const shares = Array.from({ length: count }, (_, index) => tasks.filter((_task, position) => position % count === index));
  return Promise.all(shares.map((share) => runWorker(share, shared, onResult))).then(() => undefined);
}

function runWorker(share: TextTask[], shared: SharedTextInputs, onResult: (result: TextTaskResult) => void): Promise<void> {
  return new Promise((resolve) => {
    const pending = new Map(share.map((task) => [task.key, task]));
    const worker = new Worker(workerFile, { workerData: shared, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const finish = (why?: string) => {
      if (settled) return;
      settled = true;
      // A worker that died fails the pages it had not made, each with a finding: none goes missing in silence.
      for (const task of pending.values()) onResult({ key: task.key, diagnostics: [workerFailure(task.file, why ?? 'the worker stopped', shared.produce)], milliseconds: 0, cpuMilliseconds: 0 });
      void worker.terminate();
      resolve();
    };
    worker.on('message', (result: TextTaskResult) => {
      pending.delete(result.key);
      onResult(result);
      if (pending.size === 0) finish();
    });
    worker.on('error', (error) => finish(error.message));
    worker.on('exit', (code) => finish(`the worker stopped (exit code ${code})`));
    if (share.length === 0) finish();
    else worker.postMessage(share);
  });
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
