/**
 * Thin adapter over `xmllint-wasm` (libxml2 compiled to WebAssembly): RELAX NG validation of many
 * documents in one call, because each call pays ~100 ms to start the WebAssembly worker.
 * Only this file knows the library's API.
 */
import { validateXML } from 'xmllint-wasm';

export interface SchemaViolation {
  /** The file name as passed in. */
  file: string;
  line?: number;
  message: string;
}

export interface BatchInput {
  fileName: string;
  contents: Uint8Array | string;
}

export interface BatchResult {
  violations: SchemaViolation[];
  /** Set when the schema itself could not be compiled. */
  schemaError?: string;
  /** Set when xmllint failed for another reason. */
  validatorError?: string;
}

/** Memory for the largest edition documents (a few MB each), in 64 KiB pages: 1 GiB. */
const MAX_MEMORY_PAGES = 16384;

export async function validateWithRelaxNg(
  schema: BatchInput,
  documents: BatchInput[],
  preload: BatchInput[] = [],
): Promise<BatchResult> {
  if (documents.length === 0) return { violations: [] };
  let result;
  try {
    result = await validateXML({
      // xmllint sees flat, safe names in its in-memory file system; we map them back below.
      xml: documents.map((doc, index) => ({ fileName: `doc${index}.xml`, contents: doc.contents })),
      schema: toFileInfo(schema),
      preload: preload.map(toFileInfo),
      extension: 'relaxng',
      maxMemoryPages: MAX_MEMORY_PAGES,
      // Never load a DTD or an external entity, never touch the network.
      modifyArguments: (args) => ['--nonet', ...args],
    });
  } catch (error) {
    const message = String((error as Error).message ?? error).trim();
    // xmllint's exit code 5: the schema did not compile; anything else: xmllint itself failed.
    if ((error as { code?: number }).code === 5) return { violations: [], schemaError: message };
    return { violations: [], validatorError: message };
  }
  const violations: SchemaViolation[] = [];
  for (const error of result.errors) {
    if (/Relax-NG schema .* failed to compile|Relax-NG parser error/.test(error.rawMessage)) {
      return { violations: [], schemaError: error.rawMessage };
    }
    if (/ fails to validate$/.test(error.rawMessage.trim())) continue; // per-file summary line
    const index = /^doc(\d+)\.xml$/.exec(error.loc?.fileName ?? '')?.[1];
    violations.push({
      file: index === undefined ? schema.fileName : documents[Number(index)].fileName,
      line: error.loc?.lineNumber,
      message: error.message.replace(/^element \S+: Relax-NG validity error : /, ''),
    });
  }
  return { violations };
}

function toFileInfo(input: BatchInput): { fileName: string; contents: Uint8Array | string } {
  return { fileName: input.fileName, contents: input.contents };
}
