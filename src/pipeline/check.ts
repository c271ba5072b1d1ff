import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import { findXmlFiles } from '../corpus/find-files.js';
import { loadFiles, type LoadedFile } from '../corpus/load.js';
import { readRegularFile } from '../corpus/read-regular-file.js';
import { ToolError } from '../errors/tool-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lintDocuments } from '../lint/lint.js';
import { chooseSchemas, type SchemaGroup } from '../validate/schema-choice.js';
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

  // The output folder is the tool's own: its copies of the sources are never checked again.
  const found = findXmlFiles(inputs, config.root, [...config.ignore, config.output]);
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
    for (const choice of choices) diagnostics.push(choice);
    await timer.measureAsync(
      'validate',
      async () => {
        for (const group of groups) {
          log(`validating ${group.files.length} file(s) against ${path.relative(process.cwd(), group.schema) || group.schema}`);
          const findings = await validateGroup(group, config);
          for (const found of findings) diagnostics.push(found);
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
          { rules: config.rules, ruleOptions: config.ruleOptions, loadDocument: documentLoader(accepted) },
        ),
      corpusBytes,
    );
    for (const found of result.diagnostics) diagnostics.push(found);
    for (const failure of result.toolFailures) toolFailures.push(failure);
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
      // only a regular file within the size limit; missing or refused: the rule reports the unresolved pointer
      const read = readRegularFile(absolutePath);
      if ('bytes' in read) {
        const parsed = parseXml(absolutePath, read.bytes);
        document = parsed.diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.document;
      }
      cache.set(absolutePath, document);
    }
    return cache.get(absolutePath);
  };
}

/**
 * A schema the project configured must work (a broken one is a tool failure, exit 2). A schema a
 * document names in its own <?xml-model?> is that document's business: when it is missing or does
 * not compile, that is a finding on the documents that name it, and every other group is validated.
 */
async function validateGroup(group: SchemaGroup, config: EditionConfig): Promise<Diagnostic[]> {
  try {
    return await validateFiles(group.files, group.schema);
  } catch (error) {
    const namedByDocuments = !config.schemaConfigured && group.schema !== config.schema;
    if (!(namedByDocuments && error instanceof ToolError && (error.kind === 'schema-invalid' || error.kind === 'schema-missing'))) {
      throw error;
    }
    const firstLine = error.message.split('\n').slice(0, 3).join(' ');
    return group.files.map((file): Diagnostic => {
      const model = file.document?.processingInstructions.find((pi) => pi.target === 'xml-model');
      return {
        file: file.file,
        line: model?.line,
        column: model?.column,
        ruleId: 'schema/broken',
        severity: 'error',
        source: 'schema',
        message: `The schema this document names cannot be used, so the document was not validated: ${firstLine}`,
        hint: error.hint,
      };
    });
  }
}
