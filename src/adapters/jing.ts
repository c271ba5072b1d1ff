/**
 * Thin adapter over the `jing` command (Debian package `jing`), the reference RELAX NG validator.
 * It validates against TEI P5 tei_all several times faster than libxml2 (see README, "Libraries,
 * and why"), so `validate` uses it for large schemas when it is installed.
 * Files go to jing in large batches: the JVM start-up and the schema load are paid once per batch.
 * jing runs as a child process without blocking this one: a build goes on while it validates.
 * A process that validates again and again (`serve`) keeps one jing running instead (jing-server.ts).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface JingFinding {
  file: string;
  line: number;
  column: number;
  message: string;
}

// Arguments per jing run, in bytes: well below Linux's ARG_MAX (2 MiB with the environment), so a
// whole corpus usually goes in one run and pays the JVM start and the schema load once.
const BATCH_BYTES = 512 * 1024;

/** `files` cut into runs whose arguments stay under BATCH_BYTES. */
function batches(files: string[]): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = Buffer.byteLength(file) + 1;
    if (current.length > 0 && bytes + size > BATCH_BYTES) {
      runs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

let available: boolean | undefined;

export function jingAvailable(): boolean {
  // Looked up on PATH rather than run: starting jing to see whether it exists costs a JVM start.
  available ??= onPath('jing');
  return available;
}

/** Whether `command` is an executable on PATH. */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((folder) => {
    try {
      accessSync(path.join(folder || '.', command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Validates `files` (paths) against `schema`; rejects when jing itself fails. */
export async function validateWithJing(schema: string, files: string[]): Promise<JingFinding[]> {
  const findings: JingFinding[] = [];
  for (const batch of batches(files)) {
    const result = await run('jing', [schema, ...batch]);
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

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ status: null, stdout: '', stderr: '', error }));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}
