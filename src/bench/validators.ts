/**
 * Validators of RELAX NG compared on the same files and schema (tei_all by default): jing (Debian),
 * xmllint-wasm (libxml2, schema compiled on every call), libxml2-wasm (libxml2, schema compiled
 * once and kept in memory — compile and validation timed apart). Figures for the README's choice.
 */
import { readFileSync } from 'node:fs';
import { jingAvailable, validateWithJing } from '../adapters/jing.js';
import { compileRelaxNg } from '../adapters/libxml2-wasm.js';
import { validateWithRelaxNg } from '../adapters/xmllint.js';
import { BUNDLED_SCHEMA, type EditionConfig } from '../config/config.js';
import { findXmlFiles } from '../corpus/find-files.js';

export interface ValidatorTiming {
  validator: string;
  seconds: number;
  /** Of which: compiling the schema, where it can be told apart. */
  compileSeconds?: number;
  /** Files with at least one schema error. */
  invalidFiles: number;
  failed?: string;
}

export async function compareValidators(schema: string, files: string[]): Promise<ValidatorTiming[]> {
  const timings: ValidatorTiming[] = [];
  if (jingAvailable()) {
    timings.push(await timed('jing', async () => ({ invalid: new Set((await validateWithJing(schema, files)).map((f) => f.file)).size })));
  } else {
    timings.push({ validator: 'jing', seconds: NaN, invalidFiles: 0, failed: 'not installed' });
  }
  timings.push(
    await timed('xmllint-wasm', async () => {
      const result = await validateWithRelaxNg(
        { fileName: 'schema.rng', contents: readFileSync(schema) },
        files.map((file) => ({ fileName: file, contents: readFileSync(file) })),
      );
      if (result.schemaError || result.validatorError) throw new Error(result.schemaError ?? result.validatorError);
      return { invalid: new Set(result.violations.map((v) => v.file)).size };
    }),
  );
  timings.push(
    await timed('libxml2-wasm', async () => {
      const start = performance.now();
      const compiled = compileRelaxNg(schema, readFileSync(schema));
      const compileSeconds = (performance.now() - start) / 1000;
      try {
        return { invalid: files.filter((file) => compiled.validate(readFileSync(file)) > 0).length, compileSeconds };
      } finally {
        compiled.dispose();
      }
    }),
  );
  return timings;
}

async function timed(validator: string, run: () => Promise<{ invalid: number; compileSeconds?: number }>): Promise<ValidatorTiming> {
  const start = performance.now();
  try {
    const { invalid, compileSeconds } = await run();
    return { validator, seconds: (performance.now() - start) / 1000, compileSeconds, invalidFiles: invalid };
  } catch (error) {
    return { validator, seconds: (performance.now() - start) / 1000, invalidFiles: 0, failed: String((error as Error).message ?? error).split('\n')[0] };
  }
}

export function printValidatorTimings(title: string, timings: ValidatorTiming[]): void {
  console.log(`\n${title}`);
  console.log(`  ${'validator'.padEnd(14)} ${'total s'.padStart(8)} ${'compile s'.padStart(10)} ${'invalid files'.padStart(14)}`);
  for (const t of timings) {
    const compile = t.compileSeconds === undefined ? '' : t.compileSeconds.toFixed(1);
    console.log(`  ${t.validator.padEnd(14)} ${Number.isNaN(t.seconds) ? '—'.padStart(8) : t.seconds.toFixed(1).padStart(8)} ${compile.padStart(10)} ${String(t.invalidFiles).padStart(14)}${t.failed ? `  (${t.failed})` : ''}`);
  }
}

/** `npm run bench`: the validators on the edition's own files against the bundled tei_all. */
export async function benchValidators(config: EditionConfig): Promise<void> {
  const files = findXmlFiles([config.corpus], config.root, config.ignore).files;
  printValidatorTimings(`validators, tei_all, the edition (${files.length} files)`, await compareValidators(BUNDLED_SCHEMA, files));
}
