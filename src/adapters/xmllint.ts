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

/**
 * xmllint gets every file name on its command line, which the WebAssembly build keeps on its small
 * stack: 4,000 names ("memory access out of bounds") crash it where 2,500 pass. Larger corpora are
 * validated in batches; each batch compiles the schema again (tei_all: ~8 s), so batches are large
 * and two run at once.
 */
const BATCH_FILES = 2000;
const BATCH_BYTES = 256 * 1024 * 1024;
const PARALLEL_BATCHES = 2;

export async function validateWithRelaxNg(
  schema: BatchInput,
  documents: BatchInput[],
  preload: BatchInput[] = [],
): Promise<BatchResult> {
  if (documents.length === 0) return { violations: [] };
  const batches = inBatches(documents);
  const results: BatchResult[] = new Array(batches.length);
  let next = 0;
  const runBatches = async () => {
    while (next < batches.length) {
      const at = next++;
      results[at] = await validateBatch(schema, batches[at], preload);
      // the schema is the same for every batch: once it fails, the others would too
      if (results[at].schemaError || results[at].validatorError) next = batches.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, runBatches));
  const failed = results.find((result) => result && (result.schemaError || result.validatorError));
  return failed ?? { violations: results.flatMap((result) => result.violations) };
}

function inBatches(documents: BatchInput[]): BatchInput[][] {
  const batches: BatchInput[][] = [];
  let current: BatchInput[] = [];
  let bytes = 0;
  for (const document of documents) {
    const size = typeof document.contents === 'string' ? document.contents.length * 2 : document.contents.byteLength;
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(document);
    bytes += size;
  }
  batches.push(current);
  return batches;
}

async function validateBatch(schema: BatchInput, documents: BatchInput[], preload: BatchInput[]): Promise<BatchResult> {
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
