/**
 * Helpers of the hostile-input catalogue: a fresh project per case (with a witness file whose
 * findings prove that every other file was still checked), the compiled CLI run as a child process
 * with a deadline (a hang fails the case instead of stalling the suite), and a snapshot of
 * everything around the output folder to prove that nothing else changed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BIN = path.resolve('bin/tei-edition.js');

const HEADER =
  '<teiHeader><fileDesc><titleStmt><title>Hostile</title></titleStmt><publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Born digital</p></sourceDesc></fileDesc></teiHeader>';

/**
 * A TEI document whose body starts on line 5: line 1 the XML declaration, 2 the root, 3 the
 * header, 4 `<text><body>`. `prolog` goes between the declaration and the root (on line 2, pushing
 * the rest down by its own line count).
 */
export function tei(body: string, { prolog = '', encodingDesc = '' } = {}): string {
  const header = encodingDesc ? HEADER.replace('</fileDesc>', `</fileDesc><encodingDesc>${encodingDesc}</encodingDesc>`) : HEADER;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0">\n${header}\n<text><body>\n${body}\n</body></text>\n</TEI>\n`;
}

/** The witness: a well-formed file with two lint findings on line 6 (xml-id-unique, pointer-resolves), in every project. */
export const WITNESS = 'tei/witness.xml';
const WITNESS_TEXT = tei('<p xml:id="p1">A witness that is always checked.</p>\n<p xml:id="p1">Its id repeats, and it points <ptr target="#nowhere"/>.</p>');
export const WITNESS_LINE = 6;

export interface Project {
  /** The folder around the project: a build outside the project lands here. */
  base: string;
  root: string;
}

export function makeProject(files: Record<string, string | Uint8Array> = {}): Project {
  const base = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  const root = path.join(base, 'project');
  const all = { [WITNESS]: WITNESS_TEXT, 'notes.txt': 'the editor’s notes\n', '.git/HEAD': 'ref: refs/heads/main\n', ...files };
  for (const [name, contents] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), contents);
  }
  return { base, root };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the deadline passed and the process was killed. */
  hung: boolean;
}

export function runCli(cwd: string, args: string[], { deadlineMs = 60_000, onSpawn }: { deadlineMs?: number; onSpawn?: (pid: number) => void } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    if (child.pid) onSpawn?.(child.pid);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

/** Path → kind, size, content hash (or link target) of everything below `folder`, except `excluded`. */
export function snapshot(folder: string, excluded: string[] = []): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (excluded.includes(full)) continue;
      const stats = lstatSync(full);
      const key = path.relative(folder, full);
      if (stats.isSymbolicLink()) found.set(key, `link ${readlinkSync(full)}`);
      else if (stats.isDirectory()) {
        found.set(key, 'folder');
        visit(full);
      } else if (stats.isFile() && stats.size <= 1 << 20 && stats.mode & 0o444) {
        found.set(key, `file ${stats.size} ${createHash('sha1').update(readFileSync(full)).digest('hex')}`);
      } else found.set(key, `${stats.isFile() ? 'file' : 'special'} ${stats.size} ${stats.mtimeMs}`);
    }
  };
  visit(folder);
  return found;
}

export interface JsonFinding {
  file: string;
  line?: number;
  column?: number;
  ruleId: string;
  severity: string;
  message: string;
  hint?: string;
  occurrences?: number;
}

export interface JsonReport {
  summary: { files: number; errors: number; warnings: number; infos: number };
  diagnostics: JsonFinding[];
}
