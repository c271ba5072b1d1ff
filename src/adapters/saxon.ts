/**
 * Thin adapter over Saxon-JS 2 (run-time XSLT 3.0) and `xslt3` (its compiler to SEF).
 * Stylesheets are compiled once per content hash of the whole `xslt/` folder and cached as
 * SEF JSON under `.cache/sef/`; every page is then transformed from the SEF held in memory.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// Saxon-JS ships no type declarations; this adapter is the only place that touches its API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const SaxonJS: any = require('saxon-js');

/** A compiled stylesheet (SEF JSON), opaque outside this adapter. */
export type CompiledStylesheet = { readonly sef: unknown; readonly entry: string };
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
  /** True when every SEF came from the cache. */
  cached: boolean;
}

/** Hash of every stylesheet and asset under `dir` plus the compiler version: the cache key. */
export function hashStylesheets(dir: string): string {
  const hash = createHash('sha256');
  hash.update(`xslt3@${compilerVersion()}\n`);
  for (const file of listFiles(dir).filter((file) => file.endsWith('.xsl'))) {
    hash.update(path.relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Compile each entry stylesheet (path relative to `dir`) to SEF, reusing `<cacheDir>/<hash>/` when
 * it already holds them. Compile errors come back as problems, never as exceptions.
 */
export async function compileStylesheets(dir: string, entries: string[], cacheDir: string): Promise<CompileOutcome> {
  const target = path.join(cacheDir, hashStylesheets(dir));
  mkdirSync(target, { recursive: true });
  const sefFile = (entry: string) => path.join(target, entry.replace(/[\\/]/g, '__') + '.sef.json');
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
    if (existsSync(sefFile(entry))) stylesheets.set(entry, { entry, sef: JSON.parse(readFileSync(sefFile(entry), 'utf8')) });
  }
  return { stylesheets, problems, cached };
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

function compileOne(xsl: string, sefFile: string): Promise<XsltProblem[]> {
  // Write to a temporary name first so an interrupted compile never leaves a broken cache entry.
  const partial = `${sefFile}.${process.pid}.partial`;
  const compiler = require.resolve('xslt3/xslt3.js');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [compiler, `-xsl:${xsl}`, `-export:${partial}`, '-nogo'],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error && existsSync(partial)) {
          renameSync(partial, sefFile);
          resolve([]);
          return;
        }
        resolve(parseCompilerOutput(`${stdout}\n${stderr}`, xsl));
      },
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
    const located = /on line (\d+)(?: column (\d+))? (?:in|of) (\S+?)(?: \{.*?\})?:\s*(.*)$/.exec(detail);
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

export interface TransformRequest {
  stylesheet: CompiledStylesheet;
  source: XmlDocument;
  /** Stylesheet parameters: strings, numbers, booleans, documents, or sequences of strings or documents. */
  params: Record<string, string | number | boolean | string[] | XmlDocument | XmlDocument[]>;
  /** Folder that relative `xsl:result-document/@href`s resolve against. */
  outputDir: string;
  /** Keep the principal result as a document (for use as a parameter) instead of serialising it. */
  asDocument?: boolean;
}

export interface TransformOutcome {
  /** The principal result, serialised (empty when the stylesheet writes only result documents). */
  principal: string;
  /** Secondary results (xsl:result-document), keyed by absolute file path. */
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
            documents.set(uri.startsWith('file:') ? fileURLToPath(uri) : uri, content);
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
