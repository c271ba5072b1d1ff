/**
 * Thin adapter over `libxml2-wasm`: libxml2's RELAX NG validator with the compiled schema kept in
 * memory. `validate` uses it for a few files at a time (a rebuild of `serve`, a check of one file):
 * once compiled, a document takes milliseconds, where xmllint-wasm starts a worker and compiles the
 * schema on every call (about 0.2–0.4 s). The bench uses it to time compile and validation apart.
 * Only this file knows the library's API.
 */
import { createHash } from 'node:crypto';
import { ParseOption, RelaxNGValidator, XmlDocument, XmlValidateError } from 'libxml2-wasm';
import type { SchemaViolation } from './xmllint.js';

export interface CompiledSchema {
  /** Number of schema errors in one document (0: valid). */
  validate(bytes: Uint8Array): number;
  dispose(): void;
}

// never the network, never an external entity, line numbers past 65,535
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_BIG_LINES;

export function compileRelaxNg(schemaPath: string, schemaBytes: Uint8Array): CompiledSchema {
  const schemaDocument = XmlDocument.fromBuffer(schemaBytes, { url: schemaPath });
  const validator = RelaxNGValidator.fromDoc(schemaDocument);
  return {
    validate(bytes) {
      return violationsIn(validator, bytes, '').length;
    },
    dispose() {
      validator.dispose();
      schemaDocument.dispose();
    },
  };
}

/** The one schema kept compiled, by the hash of its path and bytes. */
let kept: { key: string; schemaDocument: XmlDocument; validator: RelaxNGValidator } | undefined;

/**
 * Validates documents against a schema compiled once and kept while its bytes stay the same.
 * Undefined when libxml2-wasm cannot do it (the schema does not compile, a document does not
 * parse): the caller then validates as before, and reports what that finds.
 */
export function validateWithKeptSchema(schemaPath: string, schemaBytes: Uint8Array, documents: Array<{ fileName: string; contents: Uint8Array }>): SchemaViolation[] | undefined {
  const key = createHash('sha256').update(schemaPath).update(schemaBytes).digest('hex');
  try {
    if (kept?.key !== key) {
      kept?.validator.dispose();
      kept?.schemaDocument.dispose();
      kept = undefined;
      const schemaDocument = XmlDocument.fromBuffer(schemaBytes, { url: schemaPath });
      try {
        kept = { key, schemaDocument, validator: RelaxNGValidator.fromDoc(schemaDocument) };
      } catch (error) {
        schemaDocument.dispose();
        throw error;
      }
    }
    const validator = kept.validator;
    return documents.flatMap((document) => violationsIn(validator, document.contents, document.fileName));
  } catch {
    return undefined;
  }
}

function violationsIn(validator: RelaxNGValidator, bytes: Uint8Array, file: string): SchemaViolation[] {
  const document = XmlDocument.fromBuffer(bytes, { option: PARSE_OPTIONS });
  try {
    validator.validate(document);
    return [];
  } catch (error) {
    if (!(error instanceof XmlValidateError)) throw error;
    const violations = error.details.map((detail) => ({ file, line: detail.line || undefined, message: detail.message.trim() }));
    return violations.length > 0 ? violations : [{ file, message: error.message.trim() }];
  } finally {
    document.dispose();
  }
}
