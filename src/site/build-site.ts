/**
 * The transform stage: TEI documents → the static reading edition. Every HTML page comes from the
 * XSLT under `xslt/pages/`; this module only loads documents, runs each page stylesheet from its
 * in-memory SEF, writes the results, copies assets and TEI sources, and indexes the site for search.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../adapters/pagefind.js';
import {
  compileStylesheets,
  loadXml,
  transform,
  type CompiledStylesheet,
  type TransformOutcome,
  type TransformRequest,
  type XmlDocument,
  type XsltProblem,
} from '../adapters/saxon.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../corpus/display-path.js';
import { problemToDiagnostic, messageToDiagnostic } from './xslt-diagnostics.js';
import { pageDocuments } from './page-documents.js';

export interface SiteOptions {
  corpusDir: string;
  files: string[];
  outDir: string;
  /** everyWordKept: house policy of a project that proves it (the home page then says so). */
  edition: { title: string; version: string; baseUrl?: string; date: string; everyWordKept?: boolean };
  log?: (message: string) => void;
  /** Skip the search index (tests that only look at the HTML). */
  search?: boolean;
  /** Errors the site is built in spite of (`build --allow-errors`): listed in a banner on every page. */
  knownErrors?: Diagnostic[];
}

export interface SiteResult {
  diagnostics: Diagnostic[];
  pages: number;
  /** Wall time of the stages inside the site build, for `npm run bench`. */
  milliseconds: { compile: number; transform: number; write: number; search: number };
}

/** The project root holds `xslt/` and `.cache/`; this file is src/site/ or lib/site/ below it. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const xsltDir = path.join(projectRoot, 'xslt');
const assetsDir = path.join(projectRoot, 'src', 'site', 'assets');
/** Empty stand-ins for a project that has no persons.xml or sources.xml of its own. */
const defaultsDir = path.join(projectRoot, 'src', 'site', 'defaults');
const sefCacheDir = path.join(projectRoot, '.cache', 'sef');

/** Entry stylesheets, one per page type, and the folder (below the site root) they write into. */
const PAGE_TYPES = {
  catalogue: { entry: 'data/catalogue.xsl', folder: '' },
  text: { entry: 'pages/text.xsl', folder: 'texts' },
  person: { entry: 'pages/person.xsl', folder: 'persons' },
  register: { entry: 'pages/register.xsl', folder: 'persons' },
  home: { entry: 'pages/home.xsl', folder: '' },
  chronology: { entry: 'pages/chronology.xsl', folder: '' },
  search: { entry: 'pages/search.xsl', folder: '' },
} as const;
type PageType = keyof typeof PAGE_TYPES;

export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const log = options.log ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  let pages = 0;
  const milliseconds = { compile: 0, transform: 0, write: 0, search: 0 };
  const timed = <T>(stage: keyof typeof milliseconds, work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      milliseconds[stage] += performance.now() - start;
    }
  };

  const compileStart = performance.now();
  const compiled = await compileStylesheets(
    xsltDir,
    Object.values(PAGE_TYPES).map((type) => type.entry),
    sefCacheDir,
  );
  milliseconds.compile = performance.now() - compileStart;
  log(`xslt: ${compiled.cached ? 'compiled stylesheets from cache' : 'compiled stylesheets'}`);
  for (const problem of compiled.problems) {
    diagnostics.push(problemToDiagnostic(problem, path.join(xsltDir, problem.module ?? problem.entry), 'compile'));
  }
  if (compiled.problems.length > 0) return { diagnostics, pages, milliseconds };

  const documents = await loadDocuments(options, diagnostics);
  if (!documents) return { diagnostics, pages, milliseconds };
  const { persons, sources, texts, textPaths } = documents;

  const params = {
    'edition-title': options.edition.title,
    'edition-version': options.edition.version,
    'edition-date': options.edition.date,
    'base-url': options.edition.baseUrl ?? '',
    'every-word-kept': options.edition.everyWordKept === true,
    persons,
    sources,
    texts,
    'text-paths': textPaths,
    'build-errors': (options.knownErrors ?? []).map(describeError),
  };

  const run = (type: PageType, source: XmlDocument, pageParams: TransformRequest['params'] = params): void => {
    const stylesheet = compiled.stylesheets.get(PAGE_TYPES[type].entry) as CompiledStylesheet;
    const folder = path.join(options.outDir, PAGE_TYPES[type].folder);
    const outcome = timed('transform', () => transform({ stylesheet, source, params: pageParams, outputDir: folder }));
    for (const item of outcomeDiagnostics(outcome, source.file, PAGE_TYPES[type].entry)) diagnostics.push(item);
    if (outcome.error) return;
    for (const [target, content] of outcome.documents) {
      if (!path.isAbsolute(target) || !isInside(options.outDir, target)) {
        diagnostics.push({
          file: displayPath(source.file),
          ruleId: 'xslt/output-outside-site',
          severity: 'error',
          message: `${PAGE_TYPES[type].entry} tried to write ${target}, outside the site folder`,
          source: 'xslt',
        });
        continue;
      }
      timed('write', () => {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      });
      if (target.endsWith('.html')) pages++;
    }
  };

  const started = performance.now();
  // The catalogue (reading order, witnesses) is computed once and handed to every text page.
  const catalogue = timed('transform', () => transform({
    stylesheet: compiled.stylesheets.get(PAGE_TYPES.catalogue.entry) as CompiledStylesheet,
    source: sources,
    params,
    outputDir: options.outDir,
    asDocument: true,
  }));
  for (const item of outcomeDiagnostics(catalogue, sources.file, PAGE_TYPES.catalogue.entry)) diagnostics.push(item);
  if (!catalogue.document) return { diagnostics, pages, milliseconds };
  const textParams = { ...params, catalogue: catalogue.document };
  for (const text of texts) run('text', text, textParams);
  log(`xslt: ${texts.length} text page(s) in ${Math.round(performance.now() - started)} ms`);
  for (const [type, source] of [['person', persons], ['register', persons], ['home', sources], ['chronology', sources], ['search', sources]] as const) {
    const start = performance.now();
    run(type, source);
    log(`xslt: ${type} page(s) in ${Math.round(performance.now() - start)} ms`);
  }

  timed('write', () => copyAssets(options.outDir));
  const ownDocuments = [persons, sources].filter((document) => !isInside(defaultsDir, document.file));
  timed('write', () => copyTeiSources(options.corpusDir, [...ownDocuments, ...texts], options.outDir));
  log(`xslt: ${pages} page(s) written in ${Math.round(performance.now() - started)} ms`);

  if (options.search !== false && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    const searchStart = performance.now();
    const indexed = await indexSite(options.outDir);
    milliseconds.search = performance.now() - searchStart;
    if (indexed.errors.length > 0) {
      diagnostics.push(
        ...indexed.errors.map(
          (message): Diagnostic => ({ file: displayPath(options.outDir), ruleId: 'tool/search-index', severity: 'error', message, source: 'tool' }),
        ),
      );
    } else {
      log(`search: indexed ${indexed.pages} page(s)`);
    }
  }
  return { diagnostics, pages, milliseconds };
}

interface LoadedDocuments {
  persons: XmlDocument;
  sources: XmlDocument;
  texts: XmlDocument[];
  textPaths: string[];
}

/** Parse every document once; persons.xml and sources.xml are found by name. */
async function loadDocuments(options: SiteOptions, diagnostics: Diagnostic[]): Promise<LoadedDocuments | undefined> {
  const byName = (name: string) =>
    options.files.find((file) => path.basename(file) === name) ??
    [path.join(options.corpusDir, name)].find((file) => existsSync(file)) ??
    path.join(defaultsDir, name);
  const load = async (file: string): Promise<XmlDocument | undefined> => {
    const loaded = await loadXml(file);
    if ('node' in loaded) return loaded;
    diagnostics.push(problemToDiagnostic(loaded as XsltProblem, file, 'load'));
    return undefined;
  };
  const special = new Set(['persons.xml', 'sources.xml']);
  const persons = await load(byName('persons.xml'));
  const sources = await load(byName('sources.xml'));
  const loaded: XmlDocument[] = [];
  for (const file of [...options.files].filter((file) => !special.has(path.basename(file))).sort()) {
    const text = await load(file);
    if (text) loaded.push(text);
  }
  if (!persons || !sources) return undefined;
  const { texts, paths } = await pageDocuments(loaded, options.corpusDir, diagnostics);
  return { persons, sources, texts, textPaths: paths };
}

/** One line of the banner of a site built in spite of errors: "file:line:column message (rule)". */
function describeError(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.line, diagnostic.column].filter((part) => part !== undefined).join(':');
  return `${where} ${diagnostic.message}${diagnostic.ruleId ? ` (${diagnostic.ruleId})` : ''}`;
}

function outcomeDiagnostics(outcome: TransformOutcome, file: string, entry: string): Diagnostic[] {
  const found = outcome.messages.map((message) => messageToDiagnostic(message, file));
  if (outcome.error) found.push(problemToDiagnostic(outcome.error, file, 'run', entry));
  return found;
}

function copyAssets(outDir: string): void {
  const target = path.join(outDir, 'assets');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(assetsDir)) copyFileSync(path.join(assetsDir, name), path.join(target, name));
}

/** The TEI of every page is published beside it (tei/<path in the corpus>), linked from the page. */
function copyTeiSources(corpusDir: string, documents: XmlDocument[], outDir: string): void {
  for (const document of documents) {
    const relative = path.relative(corpusDir, document.file);
    const target = relative.startsWith('..') ? path.join(outDir, 'tei', path.basename(document.file)) : path.join(outDir, 'tei', relative);
    if (!existsSync(document.file)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(document.file, target);
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
