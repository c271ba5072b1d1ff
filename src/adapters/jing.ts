/**
 * Thin adapter over the `jing` command (Debian package `jing`), the reference RELAX NG validator,
 * used to prove conformance to TEI P5 tei_all (libxml2 needs ~17 s just to load that schema).
 * All files go to one jing process: the JVM start-up is paid once.
 */
import { spawnSync } from 'node:child_process';

export interface JingFinding {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function jingAvailable(): boolean {
  return spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
}

export function validateWithJing(schema: string, files: string[]): JingFinding[] {
  const result = spawnSync('jing', [schema, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  const findings: JingFinding[] = [];
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
    const match = /^(.*?):(\d+):(\d+): (?:error|fatal): (.*)$/.exec(line);
    if (match) findings.push({ file: match[1], line: Number(match[2]), column: Number(match[3]), message: match[4] });
  }
  if (result.status !== 0 && findings.length === 0) {
    throw new Error(`jing failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
  return findings;
}
