/**
 * Thin adapter over Saxon-JS 2 (run-time XSLT 3.0) and `xslt3` (its compiler to SEF).
 * Stylesheets are compiled once per content hash of the whole `xslt/` folder: the package ships
 * them compiled (relocatable SEF, with the hash they were compiled from); when `xslt/` has changed
 * since, they are compiled and cached as SEF JSON under `.cache/sef/<hash>/`. Every page is then
 * transformed from the SEF held in memory.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// Saxon-JS ships no type declarations; this adapter is the only place that touches its API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const SaxonJS: any = require('saxon-js');

/** A compiled stylesheet (SEF JSON), opaque outside this adapter. */
export type CompiledStylesheet = {
  /** The SEF as Saxon-JS runs it (Saxon adds to it on first use: it then cannot be sent to a thread). */
  readonly sef: unknown;
  readonly entry: string;
  readonly identity: number;
  /** The SEF file, from which another thread reads a copy of its own (stylesheetForThread). */
  readonly file: string;
};

/**
 * Saxon-JS names the index of each xsl:key (and the values of each accumulator) it keeps on a
 * document with a random number drawn when a transformation starts. Documents shared by every page
 * (the catalogue, the register) would get a new index on every page — rebuilt each time and never
 * freed, so each page cost time and memory in proportion to the corpus. A stylesheet's transforms
 * draw instead a number fixed by the SEF's content (`identity`): one index per stylesheet and
 * document, reused by every page; a changed stylesheet draws another.
 */
function readSef(entry: string, file: string): CompiledStylesheet {
  const text = readFileSync(file, 'utf8');
  const identity = parseInt(createHash('sha256').update(text).digest('hex').slice(0, 12), 16) / 2 ** 48;
  return { entry, sef: JSON.parse(text), identity, file };
}

/** What a worker thread needs of a compiled stylesheet: plain data it can be sent. */
export type StylesheetReference = Pick<CompiledStylesheet, 'entry' | 'file'>;

export function stylesheetForThread(stylesheet: CompiledStylesheet): StylesheetReference {
  return { entry: stylesheet.entry, file: stylesheet.file };
}

/** The worker's own copy of a compiled stylesheet. */
export function readStylesheet(reference: StylesheetReference): CompiledStylesheet {
  return readSef(reference.entry, reference.file);
}
/** A parsed XML document, opaque outside this adapter. */
export type XmlDocument = { readonly node: unknown; readonly file: string };

/** A compile or run-time error as Saxon reports it. */
export interface XsltProblem {
  code: string;
  message: string;
  /** Stylesheet module and line where Saxon located the error, when it did. */
  module?: string;
  line?: number;
  column?: number;
}

export interface CompileOutcome {
  stylesheets: Map<string, CompiledStylesheet>;
  problems: (XsltProblem & { entry: string })[];
  /** Where the SEF came from: shipped with the package, the cache, or compiled now. */
  origin: 'shipped' | 'cache' | 'compiled';
}

/** Options given to the compiler: relocatable SEF, so that a compiled stylesheet can ship. */
const COMPILER_OPTIONS = ['-relocate:on', '-nogo'];

/** Hash of every stylesheet under `dir` plus the compiler version and options: the cache key. */
export function hashStylesheets(dir: string): string {
  const hash = createHash('sha256');
  hash.update(`xslt3@${compilerVersion()} ${COMPILER_OPTIONS.join(' ')}\n`);
  for (const file of listFiles(dir).filter((file) => file.endsWith('.xsl'))) {
    hash.update(path.relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The file name of an entry's SEF: `pages/text.xsl` → `pages__text.xsl.sef.json`. */
function sefName(entry: string): string {
  return entry.replace(/[\\/]/g, '__') + '.sef.json';
}

/** `<shippedDir>/manifest.json`: what the shipped SEF files were compiled from. */
interface ShippedManifest {
  hash: string;
  entries: string[];
}

export type ShippedState = { fresh: true } | { fresh: false; reason: string };

/** Whether `shippedDir` holds every entry compiled from the stylesheets now in `dir`. */
export function shippedState(dir: string, entries: string[], shippedDir: string): ShippedState {
  const manifestFile = path.join(shippedDir, 'manifest.json');
  if (!existsSync(manifestFile)) return { fresh: false, reason: `${manifestFile} is missing` };
  let manifest: ShippedManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ShippedManifest;
  } catch {
    return { fresh: false, reason: `${manifestFile} is not JSON` };
  }
  if (manifest.hash !== hashStylesheets(dir)) return { fresh: false, reason: 'the stylesheets changed since they were compiled' };
  const absent = entries.filter((entry) => !manifest.entries?.includes(entry) || !existsSync(path.join(shippedDir, sefName(entry))));
  if (absent.length > 0) return { fresh: false, reason: `not compiled: ${absent.join(', ')}` };
  return { fresh: true };
}

/**
 * The SEF of each entry stylesheet (path relative to `dir`): the shipped ones in `shippedDir` when
 * they are fresh, else from `<cacheDir>/<hash>/`, compiling what is missing there. Compile errors
 * come back as problems, never as exceptions.
 */
export async function compileStylesheets(dir: string, entries: string[], cacheDir: string, shippedDir?: string): Promise<CompileOutcome> {
  if (shippedDir && shippedState(dir, entries, shippedDir).fresh) {
    const stylesheets = new Map<string, CompiledStylesheet>();
    for (const entry of entries) stylesheets.set(entry, readSef(entry, path.join(shippedDir, sefName(entry))));
    return { stylesheets, problems: [], origin: 'shipped' };
  }
  const target = path.join(cacheDir, hashStylesheets(dir));
  mkdirSync(target, { recursive: true });
  const sefFile = (entry: string) => path.join(target, sefName(entry));
  const stylesheets = new Map<string, CompiledStylesheet>();
  const problems: CompileOutcome['problems'] = [];
  const missing = () => entries.filter((entry) => !existsSync(sefFile(entry)));
  const cached = missing().length === 0;
  if (!cached) {
    // Concurrent builds (parallel test files) wait for one compiler run instead of all compiling at once.
    const release = await acquireLock(`${target}.lock`);
    try {
      await Promise.all(
        missing().map(async (entry) => {
          const found = await compileOne(path.join(dir, entry), sefFile(entry));
          for (const problem of found) problems.push({ ...problem, entry });
        }),
      );
    } finally {
      release();
    }
  }
  for (const entry of entries) {
    if (existsSync(sefFile(entry))) stylesheets.set(entry, readSef(entry, sefFile(entry)));
  }
  return { stylesheets, problems, origin: cached ? 'cache' : 'compiled' };
}

/**
 * Compile every entry (through the cache) and write the SEF files with their manifest to
 * `shippedDir`, replacing what was there. Returns the compile problems (nothing is written then).
 */
export async function writeShippedStylesheets(dir: string, entries: string[], cacheDir: string, shippedDir: string): Promise<CompileOutcome['problems']> {
  const outcome = await compileStylesheets(dir, entries, cacheDir);
  if (outcome.problems.length > 0) return outcome.problems;
  const source = path.join(cacheDir, hashStylesheets(dir));
  const partial = `${shippedDir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const entry of entries) copyFileSync(path.join(source, sefName(entry)), path.join(partial, sefName(entry)));
  const manifest: ShippedManifest = { hash: hashStylesheets(dir), entries: [...entries].sort() };
  writeFileSync(path.join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(shippedDir, { recursive: true, force: true });
  renameSync(partial, shippedDir);
  return [];
}

/** A lock directory; one left behind by a killed process is taken over after ten minutes. */
async function acquireLock(lock: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // the holder released it meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function compileOne(xsl: string, sefFile: string): Promise<XsltProblem[]> {
  // Write to a temporary name first so an interrupted compile never leaves a broken cache entry.
  const partial = `${sefFile}.${process.pid}.partial`;
  const first = await runCompiler(xsl, partial, COMPILER_OPTIONS);
  if (first.ok && existsSync(partial)) {
    renameSync(partial, sefFile);
    return [];
  }
  // A relocatable compile names no stylesheet module in its errors: ask again without it for where.
  const located = await runCompiler(xsl, partial, COMPILER_OPTIONS.filter((option) => !option.startsWith('-relocate')));
  rmSync(partial, { force: true });
  return parseCompilerOutput(located.ok ? first.output : located.output, xsl);
}

function runCompiler(xsl: string, target: string, options: string[]): Promise<{ ok: boolean; output: string }> {
  const compiler = require.resolve('xslt3/xslt3.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [compiler, `-xsl:${xsl}`, `-export:${target}`, ...options], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}

/**
 * xslt3 prints, e.g.:
 *   Error XPST0003:
 *     Static error in XPath on line 3 in xslt/pages/text.xsl {1 +}: Unexpected token …
 */
export function parseCompilerOutput(output: string, xsl: string): XsltProblem[] {
  const problems: XsltProblem[] = [];
  const lines = output.split('\n').map((line) => line.trim());
  for (let index = 0; index < lines.length; index++) {
    const header = /^Error ([A-Za-z][\w:-]*?):?(?:\s+(.*))?$/.exec(lines[index]);
    if (!header) continue;
    const detail = header[2] || lines[index + 1] || '';
    const located = /on line (\d+)(?: column (\d+))?(?: (?:in|of) (\S+?))?(?: \{.*?\})?:\s*(.*)$/.exec(detail);
    problems.push({
      code: header[1],
      message: located ? located[4] || detail : detail,
      module: located ? located[3] : undefined,
      line: located ? Number(located[1]) : undefined,
      column: located?.[2] ? Number(located[2]) : undefined,
    });
  }
  if (problems.length === 0) {
    const message = lines.filter((line) => line.length > 0).join(' ') || 'the XSLT compiler failed without a message';
    problems.push({ code: 'xslt/compile', message, module: xsl });
  }
  return problems;
}

/** Parse an XML file into a Saxon document. Errors come back as a problem. */
export async function loadXml(file: string): Promise<XmlDocument | XsltProblem> {
  try {
    const node = await SaxonJS.getResource({ file, type: 'xml' });
    return { node, file };
  } catch (error) {
    return toProblem(error);
  }
}

/**
 * Evaluate an XPath expression that builds maps, arrays and strings over `document` and return it
 * as plain JSON data (serialised by Saxon with the JSON output method, then parsed).
 */
export function evaluateToJson(expression: string, document: XmlDocument, namespaces: Record<string, string> = {}): unknown {
  const json = SaxonJS.XPath.evaluate(`serialize(${expression}, map { 'method' : 'json' })`, document.node, {
    namespaceContext: namespaces,
  }) as string;
  return JSON.parse(json);
}

export interface TransformRequest {
  stylesheet: CompiledStylesheet;
  source: XmlDocument;
  /** Stylesheet parameters: strings, numbers, booleans, documents, or sequences of strings or documents. */
  params: Record<string, string | number | boolean | string[] | XmlDocument | XmlDocument[]>;
  /** Folder that relative `xsl:result-document/@href`s resolve against. */
  outputDir: string;
  /** Keep the principal result as a document (for use as a parameter) instead of serialising it. */
  asDocument?: boolean;
  /**
   * Hand each secondary result over as soon as it is made (absolute file path, serialised content)
   * instead of keeping it in `documents`: one transformation that makes thousands of pages need not
   * hold them all.
   */
  onDocument?: (file: string, content: string) => void;
}

export interface TransformOutcome {
  /** The principal result, serialised (empty when the stylesheet writes only result documents). */
  principal: string;
  /** Secondary results (xsl:result-document), keyed by absolute file path (none when handed to `onDocument`). */
  documents: Map<string, string>;
  /** `xsl:message` output in order: the error code (XTMM9000 unless given) and the text. */
  messages: { code: string; text: string; terminate: boolean }[];
  /** The principal result as a document, when `asDocument` was asked for. */
  document?: XmlDocument;
  /** Set when the transform failed; documents produced before the failure are dropped. */
  error?: XsltProblem;
}

export function transform(request: TransformRequest): TransformOutcome {
  const documents = new Map<string, string>();
  const messages: TransformOutcome['messages'] = [];
  const base = pathToFileURL(request.outputDir.endsWith(path.sep) ? request.outputDir : request.outputDir + path.sep).href;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.params)) {
    params[name] = Array.isArray(value)
      ? value.map((item: string | XmlDocument) => (isDocument(item) ? item.node : item))
      : isDocument(value)
        ? value.node
        : value;
  }
  const random = Math.random;
  Math.random = () => request.stylesheet.identity;
  try {
    const result = SaxonJS.transform(
      {
        stylesheetInternal: request.stylesheet.sef,
        sourceNode: request.source.node,
        stylesheetParams: params,
        destination: request.asDocument ? 'document' : 'serialized',
        baseOutputURI: base,
        deliverResultDocument: () => ({
          destination: 'serialized',
          save: (target: unknown, content: string) => {
            const uri = String(target);
            const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
            if (request.onDocument) request.onDocument(file, content);
            else documents.set(file, content);
          },
        }),
        deliverMessage: (message: unknown, code: unknown) => {
          const text = String(SaxonJS.XPath.evaluate('string(.)', message));
          messages.push({ code: localCode(String(code ?? 'XTMM9000')), text, terminate: false });
        },
      },
      'sync',
    );
    if (request.asDocument) {
      return { principal: '', documents, messages, document: { node: result.principalResult, file: request.source.file } };
    }
    return { principal: String(result.principalResult ?? ''), documents, messages };
  } catch (error) {
    return { principal: '', documents: new Map(), messages, error: toProblem(error) };
  } finally {
    Math.random = random;
  }
}

function isDocument(value: unknown): value is XmlDocument {
  return typeof value === 'object' && value !== null && 'node' in value && 'file' in value;
}

/** `Q{http://www.w3.org/2005/xqt-errors}XTMM9000` → `XTMM9000`; other namespaces keep the local name. */
function localCode(code: string): string {
  return code.replace(/^Q\{[^}]*\}/, '');
}

function toProblem(error: unknown): XsltProblem {
  const details = (error ?? {}) as { code?: unknown; message?: unknown; xsltLineNr?: unknown; xsltModule?: unknown };
  const problem: XsltProblem = {
    code: localCode(String(details.code ?? 'xslt/error')),
    message: String(details.message ?? error),
  };
  if (details.xsltModule) problem.module = String(details.xsltModule);
  if (details.xsltLineNr) problem.line = Number(details.xsltLineNr);
  return problem;
}

function compilerVersion(): string {
  try {
    return (JSON.parse(readFileSync(require.resolve('xslt3/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const file of listFiles(full)) files.push(file);
    else files.push(full);
  }
  return files;
}
