import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { jingAvailable, validateWithJing, type JingFinding } from '../adapters/jing.js';
import type { JingServer } from '../adapters/jing-server.js';
import { validateWithRelaxNg } from '../adapters/xmllint.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../corpus/load.js';
import { ToolError } from '../errors/tool-error.js';
import { elementColumnAt } from './element-position.js';
import { SCHEMA_FINDINGS } from './schema-findings.js';
import type { XmlDocument } from '../xml/model.js';
import { parseXml } from '../xml/parse.js';

/** Which validator: `auto` = jing for large schemas when it is installed, libxml2 otherwise. */
export type ValidatorChoice = 'auto' | 'jing' | 'libxml2';

/**
 * Above this size a schema costs libxml2 seconds to compile on every run (tei_all, 1.1 MB: 8–30 s)
 * while jing loads it in about one; below it, libxml2 in-process is the quicker (no JVM start).
 */
const LARGE_SCHEMA_BYTES = 256 * 1024;

/**
 * Up to this many files libxml2 validates in this process, with the schema compiled once and kept
 * (a rebuild of `serve` validates the file just saved in milliseconds); more go to xmllint-wasm's
 * worker, which runs beside the build.
 */
const IN_PROCESS_UP_TO = 16;

export function chooseValidator(schemaPath: string, choice: ValidatorChoice = 'auto'): 'jing' | 'libxml2' {
  if (choice !== 'auto') return choice;
  return statSync(schemaPath).size > LARGE_SCHEMA_BYTES && jingAvailable() ? 'jing' : 'libxml2';
}

export interface ValidateOptions {
  /**
   * jing kept running by a process that validates again and again (serve: see ValidationCache);
   * used when jing is the validator, the jing command whenever it cannot answer.
   */
  keptJing?: JingServer;
}

/**
 * Validates well-formed documents against a RELAX NG schema in one batch. Files that did not parse
 * (or were refused: DTDs, entities, XInclude) are left out: their problem is already reported, and
 * they must never reach a validator that might resolve what they declare.
 */
export async function validateFiles(
  files: LoadedFile[],
  schemaPath: string,
  choice: ValidatorChoice = 'auto',
  options: ValidateOptions = {},
): Promise<Diagnostic[]> {
  if (!existsSync(schemaPath)) {
    throw new ToolError('schema-missing', `Schema not found: ${schemaPath}`);
  }
  const valid = files.filter((file) => file.accepted);
  if (valid.length === 0) return [];
  if (chooseValidator(schemaPath, choice) === 'jing') {
    if (!jingAvailable()) throw new ToolError('validator-failed', 'jing is not installed', 'Install it (Debian: apt-get install jing), or set "validator": "libxml2".');
    return validateByJing(valid, schemaPath, options.keptJing);
  }
  try {
    return await validateByLibxml2(valid, schemaPath);
  } catch (error) {
    // libxml2 cannot compile some valid schemas ("Unsupported data type" in the CMIF schema): jing can
    if (choice === 'auto' && error instanceof ToolError && error.kind === 'schema-invalid' && jingAvailable()) return validateByJing(valid, schemaPath, options.keptJing);
    throw error;
  }
}

async function validateByLibxml2(valid: LoadedFile[], schemaPath: string): Promise<Diagnostic[]> {
  const byName = new Map(valid.map((file) => [file.file, file]));
  const schema = readFileSync(schemaPath);
  const documents = valid.map((file) => ({ fileName: file.file, contents: file.bytes }));
  // loaded when first needed: its WebAssembly takes ~0.1 s to start, which a build of many files never needs
  const inProcess = valid.length <= IN_PROCESS_UP_TO ? (await import('../adapters/libxml2-wasm.js')).validateWithKeptSchema(schemaPath, schema, documents) : undefined;
  const result = inProcess ? { violations: inProcess } : await validateWithRelaxNg({ fileName: 'schema.rng', contents: schema }, documents);
  if (result.schemaError) {
    throw new ToolError('schema-invalid', `The schema ${schemaPath} does not compile:\n${result.schemaError}`);
  }
  if (result.validatorError) {
    throw new ToolError('validator-failed', `xmllint failed: ${result.validatorError.split('\n')[0]}`);
  }
  // libxml2 gives no column: it is read from the tree, parsed again when the check let it go (one at
  // a time: the violations come file by file)
  let last: { file: LoadedFile; document?: XmlDocument } | undefined;
  const treeOf = (file: LoadedFile) => {
    if (last?.file !== file) last = { file, document: file.document ?? parseXml(file.file, file.bytes).document };
    return last.document;
  };
  return result.violations.map((violation): Diagnostic => {
    const loaded = byName.get(violation.file);
    const document = loaded && treeOf(loaded);
    const element = /^(?:Element|Did not expect element|Expecting element) (\S+?)[ ,:]/.exec(violation.message)?.[1];
    const column =
      document && violation.line !== undefined
        ? elementColumnAt(document, violation.line, element)
        : undefined;
    return invalid(violation.file, violation.line, column, violation.message, schemaPath);
  });
}

async function validateByJing(files: LoadedFile[], schemaPath: string, keptJing: JingServer | undefined): Promise<Diagnostic[]> {
  const byPath = new Map(files.map((file) => [path.resolve(file.path), file]));
  let findings;
  try {
    findings = await findByJing(schemaPath, [...byPath.keys()], keptJing);
  } catch (error) {
    throw new ToolError('validator-failed', `jing failed: ${(error as Error).message.split('\n')[0]}`);
  }
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const file = byPath.get(path.resolve(finding.file));
    if (!file) throw new ToolError('schema-invalid', `The schema ${schemaPath} does not compile:\n${finding.file}:${finding.line}:${finding.column}: ${finding.message}`);
    diagnostics.push(invalid(file.file, finding.line, finding.column, finding.message, schemaPath));
  }
  return diagnostics;
}

/** The kept server's findings when it answers, else the jing command's (the same findings, seconds later). */
async function findByJing(schemaPath: string, files: string[], keptJing: JingServer | undefined): Promise<JingFinding[]> {
  if (keptJing) {
    try {
      return await keptJing.validate(schemaPath, files);
    } catch {
      // the server's trouble (a lost JVM, a path it cannot carry) is no finding: the command decides
    }
  }
  return validateWithJing(schemaPath, files);
}

function invalid(file: string, line: number | undefined, column: number | undefined, message: string, schemaPath: string): Diagnostic {
  return {
    file,
    line,
    column,
    ruleId: SCHEMA_FINDINGS.invalid,
    severity: 'error',
    source: 'schema',
    message,
    hint: `Against the schema ${path.basename(schemaPath)}; its documentation says what it allows (this edition's: docs/encoding.md).`,
  };
}
