/**
 * Thin adapter over jing kept running (src/adapters/jing-server/JingServer.java), for a process that
 * validates again and again (`serve`): the JVM start and the schema load are paid once, not on every
 * rebuild. Its findings are the jing command's (jing.ts); whenever it cannot answer, the caller runs
 * the command.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath, type JingFinding } from './jing.js';

/** Where Debian's jing package and the libraries it needs put their jars. */
const JAR_FOLDER = '/usr/share/java';
/** The jars /usr/bin/jing runs with (its find_jars line), in its order; a missing one is left out, as it does. */
const JING_JARS = ['jing', 'xercesImpl', 'xmlParserAPIs', 'xml-apis', 'Saxon-HE', 'xml-resolver', 'avalon-framework', 'batik-all'];
/** Two folders up from lib/adapters/ (compiled) and from src/adapters/ (tests) alike. */
const SERVER_SOURCE = fileURLToPath(new URL('../../src/adapters/jing-server/JingServer.java', import.meta.url));
/**
 * A request that takes longer is taken for a hung JVM: it is killed and the caller runs the jing
 * command instead. Generous: the first request also starts the JVM, compiles JingServer.java and
 * loads the schema (3–5 s on two busy cores), and the first check of serve sends the whole corpus.
 */
const TIMEOUT_MS = 120_000;
const TIMEOUT_MS_PER_FILE = 100;
/** After this many lost processes in a row the server is given up: every call then uses the jing command. */
const GIVE_UP_AFTER = 3;

interface PendingRequest {
  findings: JingFinding[];
  /** The server names files by the absolute paths it was sent; the caller knows them as it gave them. */
  given: Map<string, string>;
  failure?: string;
  timer: NodeJS.Timeout;
  resolve: (findings: JingFinding[]) => void;
  reject: (error: Error) => void;
}

/** Every server's JVM, killed when this process exits rather than left behind. */
const runningJvms = new Set<ChildProcessWithoutNullStreams>();
let killOnExitHooked = false;

/**
 * jing kept running (src/adapters/jing-server/JingServer.java) with its compiled schemas, for a
 * process that validates again and again (`serve`): a rebuild then validates the file just saved in
 * milliseconds instead of starting a JVM and loading tei_all for seconds. A class rather than
 * functions, since it owns a process: the owner closes it. Its findings are the jing command's
 * (same options, same jars); whenever it cannot answer it rejects, and the caller runs the command.
 */
export class JingServer {
  private child?: ChildProcessWithoutNullStreams;
  private pending?: PendingRequest;
  private unread = '';
  private stderrTail = '';
  private queue: Promise<unknown> = Promise.resolve();
  private lostInARow = 0;
  private lastLoss = '';
  private closed = false;

  private constructor(private readonly classPath: string) {}

  /** A server, or undefined without java or jing's jar. Its JVM starts on the first validation. */
  static create(): JingServer | undefined {
    if (!onPath('java') || !existsSync(path.join(JAR_FOLDER, 'jing.jar')) || !existsSync(SERVER_SOURCE)) return undefined;
    const jars = JING_JARS.map((name) => path.join(JAR_FOLDER, `${name}.jar`)).filter((jar) => existsSync(jar));
    return new JingServer(jars.join(path.delimiter));
  }

  /** The JVM's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Validates `files` against `schema`, one request at a time; rejects when the server cannot answer. */
  validate(schema: string, files: string[]): Promise<JingFinding[]> {
    const answer = this.queue.then(() => this.ask(schema, files));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  close(): void {
    this.closed = true;
    if (this.child) this.lose(this.child, 'was closed');
  }

  private ask(schema: string, files: string[]): Promise<JingFinding[]> {
    if (this.closed) return Promise.reject(new Error('the jing server is closed'));
    if (this.lostInARow >= GIVE_UP_AFTER) return Promise.reject(new Error(`the jing server was given up: ${this.lastLoss}`));
    // tabs and line breaks separate the protocol's fields and requests
    if ([schema, ...files].some((field) => /[\t\n\r]/.test(field))) return Promise.reject(new Error('a path holds a tab or a line break'));
    // absolute: the JVM keeps the working folder it started in
    const absolute = files.map((file) => path.resolve(file));
    const child = this.child ?? this.start();
    return new Promise((resolve, reject) => {
      const timeout = TIMEOUT_MS + TIMEOUT_MS_PER_FILE * files.length;
      const timer = setTimeout(() => this.lose(child, `took longer than ${timeout / 1000} s`), timeout);
      this.pending = { findings: [], given: new Map(absolute.map((file, index) => [file, files[index]])), timer, resolve, reject };
      holdOpen(child, true);
      child.stdin.write(`validate\t${[path.resolve(schema), ...absolute].join('\t')}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    // Not jing's JAVA_ARGS (Xerces' XInclude configuration): nothing is ever included here.
    const child = spawn('java', ['-cp', this.classPath, SERVER_SOURCE], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.unread = '';
    this.stderrTail = '';
    runningJvms.add(child);
    if (!killOnExitHooked) {
      killOnExitHooked = true;
      process.on('exit', () => {
        for (const jvm of runningJvms) jvm.kill('SIGKILL');
      });
    }
    child.on('error', (error) => this.lose(child, `could not run: ${error.message}`));
    child.on('exit', (code, signal) => this.lose(child, `stopped (${signal ?? `exit ${code}`})`));
    child.stdin.on('error', (error) => this.lose(child, `could not be written to: ${error.message}`));
    child.stdout.on('error', (error) => this.lose(child, `could not be read: ${error.message}`));
    child.stderr.on('error', () => {}); // only read for messages; the process's own failure is reported above
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      if (child !== this.child) return;
      const lines = (this.unread + text).split('\n');
      this.unread = lines.pop() ?? '';
      for (const line of lines) this.read(child, line);
    });
    child.stderr.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-1000);
    });
    holdOpen(child, false);
    return child;
  }

  private read(child: ChildProcessWithoutNullStreams, line: string): void {
    const pending = this.pending;
    if (!pending) return;
    if (line === 'done') {
      this.pending = undefined;
      clearTimeout(pending.timer);
      holdOpen(child, false);
      this.lostInARow = 0;
      if (pending.failure === undefined) pending.resolve(pending.findings);
      else pending.reject(new Error(`the jing server failed: ${pending.failure}`));
      return;
    }
    // a finding without a position (negative numbers) is no reply either: the command's output parser drops those
    const finding = /^(error|schema-error)\t([^\t]*)\t(\d+)\t(\d+)\t(.*)$/.exec(line);
    if (finding) {
      const file = finding[1] === 'error' ? (pending.given.get(finding[2]) ?? finding[2]) : finding[2];
      pending.findings.push({ file, line: Number(finding[3]), column: Number(finding[4]), message: finding[5] });
    } else {
      pending.failure ??= line.startsWith('failed\t') ? line.slice('failed\t'.length) : `unexpected reply: ${line.slice(0, 200)}`;
    }
  }

  /** The process is of no further use: killed, and the request it had rejected. */
  private lose(child: ChildProcessWithoutNullStreams, why: string): void {
    runningJvms.delete(child);
    child.kill('SIGKILL');
    if (child !== this.child) return; // an earlier process's last events
    this.child = undefined;
    this.lostInARow++;
    const said = this.stderrTail.trim().split('\n').slice(-2).join(' ');
    this.lastLoss = `the jing server ${why}${said ? `: ${said}` : ''}`;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(this.lastLoss));
    }
  }
}

/**
 * While a request waits for its reply the JVM keeps this process alive; between requests it must
 * not (a `serve` that stops, or a test, would never exit).
 */
function holdOpen(child: ChildProcessWithoutNullStreams, hold: boolean): void {
  const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as Array<Pick<Socket, 'ref' | 'unref'>>;
  for (const handle of handles) {
    if (hold) handle.ref();
    else handle.unref();
  }
}
