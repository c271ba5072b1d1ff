import path from 'node:path';
import type { JingServer } from '../adapters/jing-server.js';
import type { EditionConfig } from '../config/config.js';
import { findXmlFiles } from '../corpus/find-files.js';
import { loadFiles, type LoadedFile, type ParseCache } from '../corpus/load.js';
import { readRegularFile } from '../corpus/read-regular-file.js';
import { ToolError } from '../errors/tool-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createLinter } from '../lint/lint.js';
import type { LintCache } from '../lint/lint-cache.js';
import { chooseSchemas, type SchemaGroup } from '../validate/schema-choice.js';
import { gradeSchemaFindings, SCHEMA_FINDINGS } from '../validate/schema-findings.js';
import { validateFiles } from '../validate/validate.js';
import type { ValidationCache } from '../validate/validation-cache.js';
import type { XmlDocument } from '../xml/model.js';
import { parseXml } from '../xml/parse.js';
import { StageTimer, type StageTiming } from './stage-timer.js';

export interface CheckRequest {
  config: EditionConfig;
  /** Files and folders to check; empty = the configured corpus. */
  inputs: string[];
  validate: boolean;
  lint: boolean;
  /**
   * Keep every parsed document on the outcome's files (build: the exports read them). Otherwise a
   * document is linted as soon as it is parsed and let go, unless a rule that compares documents is on.
   */
  keepDocuments?: boolean;
  log?: (message: string) => void;
  /** What a long-running process (serve) keeps between checks: parsed files and schema findings. */
  cache?: CheckCache;
  /**
   * Return once the files are parsed and linted; the schema findings come later (see
   * CheckOutcome.validation): `build` makes the site while the validator runs.
   */
  validateBeside?: boolean;
}

export interface CheckCache {
  parsed: ParseCache;
  validated: ValidationCache;
  linted: LintCache;
}

export interface CheckOutcome {
  files: LoadedFile[];
  /** Findings in the documents (exit 1 when any is an error). */
  diagnostics: Diagnostic[];
  /** Failures of the tool itself, e.g. a lint rule that threw (exit 2). */
  toolFailures: Diagnostic[];
  timings: StageTiming[];
  /**
   * With `validateBeside`: settles once the schema findings are in `diagnostics` and the validate
   * stage in `timings`; rejects as a validation that cannot be done (a broken schema) would throw.
   */
  validation?: Promise<void>;
}

/**
 * `check` = parse once, lint each document as it is parsed, validate against the schema; every file
 * is checked whatever the others do.
 */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { config, log = () => {} } = request;
  const timer = new StageTimer();
  const inputs = request.inputs.length ? request.inputs : [config.corpus];

  // The output folder is the tool's own: its copies of the sources are never checked again.
  const found = findXmlFiles(inputs, config.root, [...config.ignore, config.output]);
  log(`checking ${found.files.length} file(s)`);
  const linter = request.lint
    ? createLinter({
        rules: config.rules,
        ruleOptions: config.ruleOptions,
        profile: config.profile,
        idRegisters: config.idRegisters,
        loadDocument: documentLoader(),
        cache: request.cache?.linted,
      })
    : undefined;
  const loaded = timer.measure(
    'parse',
    () =>
      loadFiles(found.files, {
        keep: request.keepDocuments === true,
        cache: request.cache?.parsed,
        visit: linter && ((document, file) => timer.inner('lint', () => linter.add(document, file.hash))),
      }),
    (result) => sumBytes(result.files),
  );
  const corpusBytes = () => sumBytes(loaded.files);
  const diagnostics: Diagnostic[] = [...found.diagnostics, ...loaded.diagnostics];
  const toolFailures: Diagnostic[] = [];
  if (linter) {
    if (linter.wholeCorpus) log('linting (rules that compare documents are on: every document is held)');
    const result = timer.measure('lint', () => linter.finish(), corpusBytes);
    for (const found of result.diagnostics) diagnostics.push(found);
    for (const failure of result.toolFailures) toolFailures.push(failure);
  }

  request.cache?.parsed.keepOnly(new Set(found.files));
  request.cache?.linted.keepOnly(new Set(found.files));
  const accepted = loaded.files.filter((file) => file.accepted);
  /** The schema findings this run used (the others are let go). */
  const used = new Set<string>();
  if (request.validate) {
    const { groups, diagnostics: choices } = config.schemaConfigured
      ? { groups: [{ schema: config.schema, files: accepted }], diagnostics: [] }
      : chooseSchemas(accepted, config.schema);
    for (const choice of gradeSchemaFindings(choices, config.rules)) diagnostics.push(choice);
    const validation = timer
      .measureAsync(
        'validate',
        async () => {
          for (const group of groups) {
            log(`validating ${group.files.length} file(s) against ${path.relative(process.cwd(), group.schema) || group.schema}`);
            const findings = gradeSchemaFindings(await validateCached(group, config, request.cache?.validated, used), config.rules);
            for (const found of findings) diagnostics.push(found);
          }
        },
        corpusBytes,
        request.validateBeside,
      )
      .then(() => request.cache?.validated.keepOnly(used));
    if (request.validateBeside) {
      validation.catch(() => {}); // the caller awaits it
      return { files: loaded.files, diagnostics, toolFailures, timings: timer.timings, validation };
    }
    await validation;
  }
  return { files: loaded.files, diagnostics, toolFailures, timings: timer.timings };
}

function sumBytes(files: LoadedFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes.length, 0);
}

/**
 * Pointers may lead outside the checked files (checking one text still resolves its persons against
 * persons.xml), or to a checked document already let go: such documents are parsed on demand and
 * never reported on (the lint index keeps what it loads).
 */
function documentLoader(): (absolutePath: string) => XmlDocument | undefined {
  return (absolutePath) => {
    // only a regular file within the size limit; missing or refused: the rule reports the unresolved pointer
    const read = readRegularFile(absolutePath);
    if (!('bytes' in read)) return undefined;
    const parsed = parseXml(absolutePath, read.bytes);
    return parsed.diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.document;
  };
}

/** Validate the files whose findings are not kept from an earlier check (all of them without a cache). */
async function validateCached(group: SchemaGroup, config: EditionConfig, cache: ValidationCache | undefined, used: Set<string>): Promise<Diagnostic[]> {
  if (!cache) return validateGroup(group, config);
  const schemaKey = cache.schemaKey(group.schema, config.validator);
  const keys = group.files.map((file) => cache.keyOf(schemaKey, file.file, file.hash));
  const stale = group.files.map((file, index) => ({ file, key: keys[index] })).filter(({ key }) => cache.get(key) === undefined);
  if (stale.length > 0) {
    const found = await validateGroup({ ...group, files: stale.map(({ file }) => file) }, config, cache.keptJing);
    const byFile = new Map<string, Diagnostic[]>(stale.map(({ file }) => [file.file, []]));
    for (const finding of found) byFile.get(finding.file)?.push(finding);
    for (const { file, key } of stale) cache.set(key, byFile.get(file.file) ?? []);
  }
  for (const key of keys) used.add(key);
  return keys.flatMap((key) => cache.get(key) ?? []);
}

/**
 * A schema the project configured must work (a broken one is a tool failure, exit 2). A schema a
 * document names in its own <?xml-model?> is that document's business: when it is missing or does
 * not compile, that is a finding on the documents that name it, and every other group is validated.
 */
async function validateGroup(group: SchemaGroup, config: EditionConfig, keptJing?: JingServer): Promise<Diagnostic[]> {
  try {
    return await validateFiles(group.files, group.schema, config.validator, { keptJing });
  } catch (error) {
    const namedByDocuments = !config.schemaConfigured && group.schema !== config.schema;
    if (!(namedByDocuments && error instanceof ToolError && (error.kind === 'schema-invalid' || error.kind === 'schema-missing'))) {
      throw error;
    }
    const firstLine = error.message.split('\n').slice(0, 3).join(' ');
    return group.files.map((file): Diagnostic => {
      const model = file.processingInstructions.find((pi) => pi.target === 'xml-model');
      return {
        file: file.file,
        line: model?.line,
        column: model?.column,
        ruleId: SCHEMA_FINDINGS.broken,
        severity: 'error',
        source: 'schema',
        message: `The schema this document names cannot be used, so the document was not validated: ${firstLine}`,
        hint: error.hint,
      };
    });
  }
}
