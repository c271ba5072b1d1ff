import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import { findXmlFiles } from '../corpus/find-files.js';
import { loadFiles, type LoadedFile } from '../corpus/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lintDocuments } from '../lint/lint.js';
import { chooseSchemas } from '../validate/schema-choice.js';
import { validateFiles } from '../validate/validate.js';
import type { XmlDocument } from '../xml/model.js';
import { parseXml } from '../xml/parse.js';
import { StageTimer, type StageTiming } from './stage-timer.js';

export interface CheckRequest {
  config: EditionConfig;
  /** Files and folders to check; empty = the configured corpus. */
  inputs: string[];
  validate: boolean;
  lint: boolean;
  log?: (message: string) => void;
}

export interface CheckOutcome {
  files: LoadedFile[];
  /** Findings in the documents (exit 1 when any is an error). */
  diagnostics: Diagnostic[];
  /** Failures of the tool itself, e.g. a lint rule that threw (exit 2). */
  toolFailures: Diagnostic[];
  timings: StageTiming[];
}

/** `check` = parse once, validate against the schema, lint; every file is checked whatever the others do. */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { config, log = () => {} } = request;
  const timer = new StageTimer();
  const inputs = request.inputs.length ? request.inputs : [config.corpus];

  const found = findXmlFiles(inputs, config.root, config.ignore);
  const loaded = timer.measure('parse', () => loadFiles(found.files), (result) => sumBytes(result.files));
  const corpusBytes = () => sumBytes(loaded.files);
  log(`checking ${loaded.files.length} file(s)`);
  const diagnostics: Diagnostic[] = [...found.diagnostics, ...loaded.diagnostics];
  const toolFailures: Diagnostic[] = [];
  // A refused file (DTD, XInclude, …) still parses, but must not go on to the other stages.
  const refused = new Set(
    loaded.diagnostics.filter((d) => d.source === 'xml' && d.severity === 'error').map((d) => d.file),
  );
  const accepted = loaded.files.filter((file) => file.document && !refused.has(file.file));

  if (request.validate) {
    const { groups, diagnostics: choices } = config.schemaConfigured
      ? { groups: [{ schema: config.schema, files: accepted }], diagnostics: [] }
      : chooseSchemas(accepted, config.schema);
    for (const item of choices) diagnostics.push(item);
    await timer.measureAsync(
      'validate',
      async () => {
        for (const group of groups) {
          log(`validating ${group.files.length} file(s) against ${path.relative(process.cwd(), group.schema) || group.schema}`);
          for (const item of (await validateFiles(group.files, group.schema))) diagnostics.push(item);
        }
      },
      corpusBytes,
    );
  }
  if (request.lint) {
    log('linting');
    const result = timer.measure(
      'lint',
      () =>
        lintDocuments(
          accepted.map((file) => file.document as XmlDocument),
          { rules: config.rules, loadDocument: documentLoader(accepted) },
        ),
      corpusBytes,
    );
    for (const item of result.diagnostics) diagnostics.push(item);
    for (const item of result.toolFailures) toolFailures.push(item);
  }
  return { files: loaded.files, diagnostics, toolFailures, timings: timer.timings };
}

function sumBytes(files: LoadedFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes.length, 0);
}

/**
 * Pointers may lead outside the checked files (checking one text still resolves its persons against
 * persons.xml): such documents are parsed on demand, once, and never reported on.
 */
function documentLoader(files: LoadedFile[]): (absolutePath: string) => XmlDocument | undefined {
  const cache = new Map<string, XmlDocument | undefined>(files.map((file) => [file.path, file.document]));
  return (absolutePath) => {
    if (!cache.has(absolutePath)) {
      let document: XmlDocument | undefined;
      try {
        const parsed = parseXml(absolutePath, readFileSync(absolutePath));
        document = parsed.diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.document;
      } catch {
        document = undefined; // missing or unreadable: the rule reports the unresolved pointer
      }
      cache.set(absolutePath, document);
    }
    return cache.get(absolutePath);
  };
}
