import { existsSync, readFileSync } from 'node:fs';
import { validateWithRelaxNg } from '../adapters/xmllint.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../corpus/load.js';
import { ToolError } from '../errors/tool-error.js';
import { elementColumnAt } from './element-position.js';

/**
 * Validates well-formed documents against a RELAX NG schema in one batch. Files that did not parse
 * (or were refused: DTDs, entities, XInclude) are left out: their problem is already reported, and
 * they must never reach a validator that might resolve what they declare.
 */
export async function validateFiles(files: LoadedFile[], schemaPath: string): Promise<Diagnostic[]> {
  if (!existsSync(schemaPath)) {
    throw new ToolError('schema-missing', `Schema not found: ${schemaPath}`);
  }
  const valid = files.filter((file) => file.document !== undefined);
  const byName = new Map(valid.map((file) => [file.file, file]));
  const result = await validateWithRelaxNg(
    { fileName: 'schema.rng', contents: readFileSync(schemaPath) },
    valid.map((file) => ({ fileName: file.file, contents: file.bytes })),
  );
  if (result.schemaError) {
    throw new ToolError('schema-invalid', `The schema ${schemaPath} does not compile:\n${result.schemaError}`);
  }
  if (result.validatorError) {
    throw new ToolError('validator-failed', `xmllint failed: ${result.validatorError.split('\n')[0]}`);
  }
  return result.violations.map((violation): Diagnostic => {
    const document = byName.get(violation.file)?.document;
    const element = /^(?:Element|Did not expect element|Expecting element) (\S+?)[ ,:]/.exec(violation.message)?.[1];
    const column =
      document && violation.line !== undefined
        ? elementColumnAt(document, violation.line, element)
        : undefined;
    return {
      file: violation.file,
      line: violation.line,
      column,
      ruleId: 'schema/invalid',
      severity: 'error',
      source: 'schema',
      message: violation.message,
      hint: 'See docs/encoding.md for what the edition schema allows; `jing` gives a more detailed message.',
    };
  });
}
