/**
 * Thin adapter over `libxml2-wasm` (a dev dependency, for `npm run bench` only): libxml2's RELAX NG
 * validator with the compiled schema kept in memory, so that its compile cost can be measured
 * apart from validation. Only this file knows the library's API.
 */
import { ParseOption, RelaxNGValidator, XmlDocument, XmlValidateError } from 'libxml2-wasm';

export interface CompiledSchema {
  /** Number of schema errors in one document (0: valid). */
  validate(bytes: Uint8Array): number;
  dispose(): void;
}

export function compileRelaxNg(schemaPath: string, schemaBytes: Uint8Array): CompiledSchema {
  const schemaDocument = XmlDocument.fromBuffer(schemaBytes, { url: schemaPath });
  const validator = RelaxNGValidator.fromDoc(schemaDocument);
  return {
    validate(bytes) {
      // never the network, never an external entity
      const document = XmlDocument.fromBuffer(bytes, { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_BIG_LINES });
      try {
        validator.validate(document);
        return 0;
      } catch (error) {
        if (error instanceof XmlValidateError) return Math.max(1, error.details.length);
        throw error;
      } finally {
        document.dispose();
      }
    },
    dispose() {
      validator.dispose();
      schemaDocument.dispose();
    },
  };
}
