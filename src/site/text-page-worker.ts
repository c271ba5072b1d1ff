/**
 * A worker thread that makes text pages, or texts' digests (see text-pages.ts). It gets the text stylesheet, the
 * parameters every text page shares (the catalogue and register as XML text) and then tasks: a
 * file to parse, or a document's XML text when it is not its file's own (a teiCorpus member, a
 * re-identified copy), all of its share at once. Each page is written into the site folder and
 * answered, as soon as it is made, with what it wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadXml, readStylesheet, transform, type CompiledStylesheet, type TransformRequest, type XmlDocument, type XsltProblem } from '../adapters/saxon.js';
import { documentFromText } from '../adapters/saxon-documents.js';
import { tuneHeap } from '../cli/tune-heap.js';
import { outcomeDiagnostics, PageWriter, type PageOutput } from './page-output.js';
import { problemToDiagnostic } from './xslt-diagnostics.js';
import type { SharedTextInputs, TextTask, TextTaskResult } from './text-pages.js';

tuneHeap();
const shared = workerData as SharedTextInputs;
const stylesheet: CompiledStylesheet = readStylesheet(shared.stylesheet);
const folders = new Set<string>();

const ready: Promise<TransformRequest['params']> = (async () => {
  const params: TransformRequest['params'] = { ...shared.params };
  for (const [name, document] of Object.entries(shared.documents)) params[name] = await documentFromText(document.text, document.file);
  return params;
})();

parentPort?.on('message', async (tasks: TextTask[]) => {
  const params = await ready;
  for (const task of tasks) parentPort?.postMessage(await renderOne(task, params));
});

async function renderOne(task: TextTask, params: TransformRequest['params']): Promise<TextTaskResult> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let output: PageOutput;
  const source: XmlDocument | XsltProblem = task.text !== undefined ? await documentFromText(task.text, task.file) : await loadXml(task.file);
  let document: string | undefined;
  if ('node' in source) {
    const writer = shared.produce === 'pages' ? new PageWriter(shared.siteDir, task.file, stylesheet.entry, folders) : undefined;
    const outcome = transform({ stylesheet, source, params: { ...params, ...task.params }, outputDir: shared.outputDir, onDocument: writer?.save });
    if (writer) {
      output = writer.finish(outcome);
    } else {
      output = { diagnostics: outcomeDiagnostics(outcome, task.file, stylesheet.entry) };
      if (!outcome.error) document = outcome.principal;
    }
  } else {
    output = { diagnostics: [problemToDiagnostic(source, task.file, 'load')] };
  }
  const used = process.cpuUsage(cpu);
  return { key: task.key, ...output, document, milliseconds: performance.now() - start, cpuMilliseconds: (used.user + used.system) / 1000 };
}
