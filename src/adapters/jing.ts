/**
 * Thin adapter over the `jing` command (Debian package `jing`), the reference RELAX NG validator.
 * It validates against TEI P5 tei_all several times faster than libxml2 (see README, "Libraries,
 * and why"), so `validate` uses it for large schemas when it is installed.
 * Files go to jing in large batches: the JVM start-up and the schema load are paid once per batch.
 */
import { spawnSync } from 'node:child_process';

export interface JingFinding {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Files per jing process: well inside the command-line limit even with long paths. */
const BATCH = 2000;

let available: boolean | undefined;

export function jingAvailable(): boolean {
  available ??= spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
  return available;
}

/** Validates `files` (paths) against `schema`; throws when jing itself fails. */
export function validateWithJing(schema: string, files: string[]): JingFinding[] {
  const findings: JingFinding[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const result = spawnSync('jing', [schema, ...batch], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw result.error;
    let found = 0;
    for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
      const match = /^(.*?):(\d+):(\d+): (?:error|fatal): (.*)$/.exec(line);
      if (match) {
        findings.push({ file: match[1], line: Number(match[2]), column: Number(match[3]), message: match[4] });
        found++;
      }
    }
    if (result.status !== 0 && found === 0) {
      throw new Error(`jing failed (exit ${result.status}): ${result.stderr.replace(/\[warning\][^\n]*\n?/g, '').trim()}`);
    }
  }
  return findings;
}
