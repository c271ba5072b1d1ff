/**
 * The transform stage: TEI documents → the static reading edition. Every HTML page comes from the
 * XSLT under `xslt/pages/`; this module only loads documents, runs each page stylesheet from its
 * in-memory SEF, writes the results, copies assets and TEI sources, and indexes the site for search.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rootInfo, serializeDocument, type RootInfo } from '../adapters/saxon-documents.js';
import {
  compileStylesheets,
  hashStylesheets,
  loadXml,
  stylesheetForThread,
  transform,
  type CompiledStylesheet,
  type TransformRequest,
  type XmlDocument,
  type XsltProblem,
} from '../adapters/saxon.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../corpus/display-path.js';
import { loadFiles } from '../corpus/load.js';
import { planExports } from '../export/index.js';
import type { ParsedDocument } from '../export/corpus-facts.js';
import { xmlId, type XmlDocument as ParsedTree } from '../xml/model.js';
import type { EditionMetadata } from '../pipeline/edition-metadata.js';
import { publishSchemas } from './publish-schemas.js';
import { collectGarbage } from '../cli/tune-heap.js';
import { problemToDiagnostic } from './xslt-diagnostics.js';
import { isInside, outcomeDiagnostics, PageWriter } from './page-output.js';
import { PARALLEL_FROM, renderTextPagesInWorkers, type SharedTextInputs } from './text-pages.js';
import { makeDigests } from './digests.js';
import { indexForSearch } from './search-index.js';
import { pageDocuments, TEI_NAMESPACE, type CorpusFile, type PageText } from './page-documents.js';
import { DocumentCache, SiteUnits, type MadeCatalogue, type SiteState } from './incremental.js';
import { digest, pageHashes, personFacts, readCatalogue, readEditionFacts, readPersonIds, readRegisterEntries } from './page-inputs.js';

export interface SiteOptions {
  corpusDir: string;
  files: string[];
  outDir: string;
  /** everyWordKept: house policy of a project that proves it (the home page then says so). */
  edition: EditionMetadata & { everyWordKept?: boolean };
  /** The documents as the check parsed them (parsed again when absent), for the export stage. */
  parsed?: ParsedDocument[];
  /** The project folder the release zip mirrors (default: the corpus folder's parent). */
  projectRoot?: string;
  log?: (message: string) => void;
  /** Skip the search index (tests that only look at the HTML). */
  search?: boolean;
  /**
   * Make only what changed since the build `previous` describes: `outDir` then receives only the
   * new and changed files, and the caller moves them into that site (patchDirectory) and indexes it
   * for search. Without `previous` the whole site is written into `outDir`.
   */
  incremental?: {
    previous?: SiteState;
    /** Parsed documents kept by a long-running process. */
    documents?: DocumentCache;
  };
  /** Errors the site is built in spite of (`build --allow-errors`): listed in a banner on every page. */
  knownErrors?: Diagnostic[];
  /**
   * Told once the texts' pages are in `outDir`, before the rest of the site is: a patch's search
   * index is made from them meanwhile. `written` and `removed` are the text pages (relative to the
   * site, with `/`) this build wrote and those of the previous build it drops.
   */
  onTextPages?: (pages: { written: string[]; removed: string[] }) => void;
}

export interface SiteResult {
  diagnostics: Diagnostic[];
  pages: number;
  /** Wall time of the stages inside the site build, for `npm run bench`. */
  milliseconds: { compile: number; transform: number; write: number; search: number; export: number };
  /** CPU time of this process in the same stages (the search indexer runs in a child: see its wall time). */
  cpuMilliseconds: { compile: number; transform: number; write: number; search: number; export: number };
  /** The pages (units: `text:<path>`, `person:<id>`, `register` …) rendered by this build. */
  rendered?: string[];
  /** Every unit of the site and its files: the state the next incremental build starts from. */
  units?: SiteState['units'];
  /** Files of the previous build that are no longer part of the site (incremental builds). */
  removed?: string[];
  /**
   * Wall time of each page type's transformations, for `npm run bench` (which type grows faster
   * than the corpus). Text pages made by workers: the sum of their pages' times, in the workers.
   */
  pageTypeMilliseconds?: Partial<Record<PageType, number>>;
}

/** The project root holds `xslt/` and `.cache/`; this file is src/site/ or lib/site/ below it. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const xsltDir = path.join(projectRoot, 'xslt');
const assetsDir = path.join(projectRoot, 'src', 'site', 'assets');
/** Empty stand-ins for a project that has no persons.xml or sources.xml of its own. */
const defaultsDir = path.join(projectRoot, 'src', 'site', 'defaults');
export const sefCacheDir = path.join(projectRoot, '.cache', 'sef');
/** The stylesheets compiled to SEF, shipped with the package (`npm run compile:xslt` writes them). */
export const compiledXsltDir = path.join(projectRoot, 'compiled-xslt');

/** Collect the garbage of one large transformation before the next when the heap grew this much since the last collection (tune-heap.ts). */
const COLLECT_ABOVE = 256 * 1024 * 1024;

/** How many errors the banner of a page other than home lists (t:banner-limit in xslt/common/build-banner.xsl). */
const BANNER_ERRORS = 10;

/** Entry stylesheets, one per page type, and the folder (below the site root) they write into. */
export const PAGE_TYPES = {
  digest: { entry: 'data/digest.xsl', folder: '' },
  catalogue: { entry: 'data/catalogue.xsl', folder: '' },
  registers: { entry: 'data/registers.xsl', folder: '' },
  text: { entry: 'pages/text.xsl', folder: 'texts' },
  person: { entry: 'pages/person.xsl', folder: 'persons' },
  register: { entry: 'pages/register.xsl', folder: 'persons' },
  home: { entry: 'pages/home.xsl', folder: '' },
  chronology: { entry: 'pages/chronology.xsl', folder: '' },
  search: { entry: 'pages/search.xsl', folder: '' },
} as const;
type PageType = keyof typeof PAGE_TYPES;
/** Every entry stylesheet, relative to `xslt/`. */
export const ENTRY_STYLESHEETS: string[] = Object.values(PAGE_TYPES).map((type) => type.entry);

const COMPILE_ORIGIN = {
  shipped: 'stylesheets as shipped (compiled-xslt/)',
  cache: 'stylesheets changed since compiled-xslt/ was written: compiled ones from .cache/sef (npm run compile:xslt refreshes compiled-xslt/)',
  compiled: 'stylesheets changed since compiled-xslt/ was written: compiled them into .cache/sef (npm run compile:xslt refreshes compiled-xslt/)',
} as const;

export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const log = options.log ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  let pages = 0;
  const milliseconds = { compile: 0, transform: 0, write: 0, search: 0, export: 0 };
  const cpuMilliseconds = { ...milliseconds };
  const pageTypeMilliseconds: Partial<Record<PageType, number>> = {};
  const countPageType = (type: PageType, ms: number) => (pageTypeMilliseconds[type] = (pageTypeMilliseconds[type] ?? 0) + ms);
  /** Time `work` as part of `stage` (and, for a transformation, of its page type). */
  const timed = <T>(stage: keyof typeof milliseconds, work: () => T, pageType?: PageType): T => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return work();
    } finally {
      const spent = performance.now() - start;
      milliseconds[stage] += spent;
      if (pageType) countPageType(pageType, spent);
      const used = process.cpuUsage(cpu);
      cpuMilliseconds[stage] += (used.user + used.system) / 1000;
    }
  };

  // Between large transformations the garbage of one is collected before the next (tune-heap.ts).
  // Not in a patch of a few pages: the heap serve keeps (every document, every digest) made each
  // forced collection a pause of a second or more, for little garbage.
  const patching = Boolean(options.incremental?.previous);
  const collect = () => {
    if (!patching) collectGarbage(COLLECT_ABOVE);
  };

  const cache = options.incremental?.documents;
  const compileStart = performance.now();
  const stylesheetsHash = hashStylesheets(xsltDir);
  cache?.useStylesheets(stylesheetsHash);
  // serve keeps the stylesheets it ran (Saxon-JS prepares a stylesheet on its first run)
  const kept = cache?.compiled();
  const compiled = kept ?? (await compileStylesheets(xsltDir, ENTRY_STYLESHEETS, sefCacheDir, compiledXsltDir));
  milliseconds.compile = performance.now() - compileStart;
  if (!kept) log(`xslt: ${COMPILE_ORIGIN[compiled.origin]}`);
  for (const problem of compiled.problems) {
    diagnostics.push(problemToDiagnostic(problem, path.join(xsltDir, problem.module ?? problem.entry), 'compile'));
  }
  if (compiled.problems.length > 0) return { diagnostics, pages, milliseconds, cpuMilliseconds };
  cache?.setCompiled(compiled);

  // Exports (src/export/) are planned first: the pages link to the data files. A whole site writes
  // them at once, and then no longer needs the check's parsed documents (see releaseParsed). serve's
  // patch writes them after the texts' pages, whose search index is made meanwhile: serve keeps the
  // parsed documents anyway.
  const exportsAfterTexts = patching && cache !== undefined;
  const units = new SiteUnits(options.incremental?.previous);
  const exported = timed('export', () => planSiteExports(options));
  const writeExports = () => {
    const written = timed('export', () => exported.write(units));
    log(`export: ${written} file(s) of data (DTS, CMIF, registers, release)${patching ? ' written again' : ''}`);
  };
  if (!exportsAfterTexts) {
    writeExports();
    // the check's parsed trees, let go by the exports, before the workers' heaps come
    collect();
  }

  const documents = await loadDocuments(options, exported, compiled.stylesheets, diagnostics);
  if (!documents) return { diagnostics, pages, milliseconds, cpuMilliseconds };
  const { persons, sources, registerFiles, texts, reload, contentHash } = documents;

  const errorLines = (options.knownErrors ?? []).map(describeError);
  // What every page gets (and, with the catalogue, all that any page gets: no page gets the corpus).
  const pageParams = {
    'edition-title': options.edition.title,
    'edition-licence': options.edition.licence ?? '',
    'edition-licence-url': options.edition.licenceUrl ?? '',
    'edition-publisher': options.edition.publisher ?? '',
    'data-files': exported.links,
    'edition-version': options.edition.version,
    'edition-date': options.edition.date,
    'base-url': options.edition.baseUrl ?? '',
    'every-word-kept': options.edition.everyWordKept === true,
    persons,
    sources,
    // The home page lists every error; the others the first BANNER_ERRORS (xslt/common/build-banner.xsl).
    'build-errors': errorLines.slice(0, BANNER_ERRORS),
    'build-error-count': errorLines.length,
  };

  /** Run one page stylesheet; the files it wrote, relative to the site folder, or undefined when it failed. */
  const folders = new Set<string>();
  const run = (type: PageType, source: XmlDocument, runParams: TransformRequest['params']): string[] | undefined => {
    const stylesheet = compiled.stylesheets.get(PAGE_TYPES[type].entry) as CompiledStylesheet;
    const folder = path.join(options.outDir, PAGE_TYPES[type].folder);
    // pages are written as they are made (counted as the transformation's time)
    const writer = new PageWriter(options.outDir, source.file, PAGE_TYPES[type].entry, folders);
    cache?.ranHere.add(PAGE_TYPES[type].entry);
    const outcome = timed('transform', () => transform({ stylesheet, source, params: runParams, outputDir: folder, onDocument: writer.save }), type);
    const output = writer.finish(outcome);
    for (const found of output.diagnostics) diagnostics.push(found);
    return output.written;
  };
  /** Run a stylesheet that makes a document (digest, catalogue), not pages. */
  const make = (type: 'digest' | 'catalogue', source: XmlDocument, runParams: TransformRequest['params']): XmlDocument | undefined => {
    cache?.ranHere.add(PAGE_TYPES[type].entry);
    const outcome = timed('transform', () => transform({
      stylesheet: compiled.stylesheets.get(PAGE_TYPES[type].entry) as CompiledStylesheet,
      source,
      params: runParams,
      outputDir: options.outDir,
      asDocument: true,
    }), type);
    for (const found of outcomeDiagnostics(outcome, source.file, PAGE_TYPES[type].entry)) diagnostics.push(found);
    return outcome.document;
  };

  /** Both catalogues from the digests, and what the page hashes read of them. */
  const makeCatalogues = (digests: XmlDocument[]): MadeCatalogue | undefined => {
    const whole = make('catalogue', sources, { ...pageParams, digests });
    const texts = whole && make('catalogue', whole, pageParams);
    if (!whole || !texts) return undefined;
    return { whole, texts, entries: readCatalogue(texts), editionFacts: readEditionFacts(whole) };
  };

  const started = performance.now();
  // Each text's digest: all that the catalogue and the pages about the whole edition need of it.
  const digestStart = performance.now();
  const digestCpu = process.cpuUsage();
  const made = await makeDigests({
    texts,
    contentHash,
    context: documents.digestContext,
    cache,
    warm: cache !== undefined && !cache.ranHere.has(PAGE_TYPES.digest.entry),
    make: (text, params) => make('digest', text, { ...pageParams, ...params }),
    shared: () => sharedTextInputs(compiled.stylesheets.get(PAGE_TYPES.digest.entry) as CompiledStylesheet, 'document', pageParams, options.outDir, options.outDir),
    reload,
    onWorkerResult: (ms, found) => {
      countPageType('digest', ms);
      for (const diagnostic of found) diagnostics.push(diagnostic);
    },
  });
  if (made.inWorkers) {
    // digests made on this thread are timed by make(); the workers' phase is timed here, CPU of every thread
    milliseconds.transform += performance.now() - digestStart;
    const used = process.cpuUsage(digestCpu);
    cpuMilliseconds.transform += (used.user + used.system) / 1000;
  }
  // The catalogue (reading order, witnesses, mentions) is computed once and handed to every page:
  // whole to the pages about the whole edition, without the mentions in context and the events to
  // the texts' pages. serve keeps it while every digest stays the same: an edit of wording far from
  // any mention, date or title makes one digest again, byte for byte as it was.
  // Each is held only while pages made on this thread need it: the whole one, with every mention in
  // context, is the largest document of a build.
  const catalogueKey = digest([
    stylesheetsHash,
    documents.digestContext,
    // what the catalogue's stylesheet reads besides the digests (not the errors: only banners show them)
    Object.entries(pageParams).filter(([name, value]) => typeof value !== 'object' && !name.startsWith('build-error')),
    made.digests.map((entry) => entry.fingerprint),
  ]);
  let catalogue = cache?.catalogues(catalogueKey) ?? makeCatalogues(made.digests.map((entry) => entry.document));
  made.digests.length = 0;
  if (!catalogue) return { diagnostics, pages, milliseconds, cpuMilliseconds };
  cache?.setCatalogues(catalogueKey, catalogue);
  const catalogues: { whole?: XmlDocument; texts?: XmlDocument } = { whole: catalogue.whole, texts: catalogue.texts };

  // What each page depends on, and what the previous build of this output folder left.
  const personIds = readPersonIds(persons);
  const hashes = pageHashes(
    {
      // every page carries the banner of the errors the site is built in spite of
      global: digest([stylesheetsHash, options.edition, exported.links, contentHash.get(sources.file) ?? '', errorLines]),
      catalogue: catalogue.entries,
      editionFacts: catalogue.editionFacts,
      personFacts: personFacts(catalogue.entries, made.personRows),
      contentHash: new Map(texts.map((text) => [text.path, contentHash.get(text.file) ?? ''])),
      personsHash: digest(registerFiles.map((file) => contentHash.get(file) ?? '')),
      registerEntries: readRegisterEntries(persons),
    },
    personIds,
  );
  // from here on the catalogues are held by `catalogues` alone (and serve's cache), and let go as
  // soon as no page on this thread needs them; what the persons' pages show was hashed
  catalogue = undefined;
  made.personRows.clear();
  /** True when the page's files stay as the previous build left them. */
  const reused = (key: string): boolean => units.keep(key, hashes.get(key) ?? '');
  const record = (key: string, outputs: string[] | undefined) => {
    if (outputs) units.record(key, hashes.get(key) ?? '', outputs);
  };
  const rendered: string[] = [];

  // The texts' pages. Each depends only on its own document and what every page shares, so with
  // many of them they are made by worker threads (text-pages.ts), started now: they go on while
  // this thread makes the pages about the whole edition from the catalogue.
  // Each worker parses its texts again and lets each go after its page: holding thousands of parsed
  // documents while thousands of pages are made cost more in garbage collection than a second parse.
  const teiFiles = [...registerFiles, sources.file].filter((file) => !isInside(defaultsDir, file)).concat(texts.map((text) => text.file));
  // Let go of the texts parsed here: from now on each is needed only by its own page.
  const queue = texts.map((text) => ({ key: `text:${text.path}`, file: text.file, kept: text.ownFile ? undefined : text.document }));
  texts.length = 0;
  collect();
  const textStart = performance.now();
  const textCpu = process.cpuUsage();
  // CPU this thread spends on other pages meanwhile is counted by timed(); the workers' is added below.
  const countedBefore = cpuMilliseconds.transform + cpuMilliseconds.write;
  /** Each text page made by a worker, with its time, for the log's slowest pages. */
  const slowest: Array<[string, number]> = [];
  const textCount = queue.length;
  // A text's page gets its document and the catalogue, never the corpus: its cost must not grow with it.
  const textParams = () => ({ ...pageParams, catalogue: (catalogues.texts ?? cache?.catalogues(catalogueKey)?.texts) as XmlDocument });
  /** A text's page made on this thread. */
  const renderHere = async (entry: (typeof queue)[number]) => {
    const text = entry.kept ?? (await reload(entry.file));
    entry.kept = undefined;
    if (!text) return;
    record(entry.key, run('text', text, textParams()));
    rendered.push(entry.key);
    // A signal (Ctrl-C, a cancelled CI job) is handled between pages, not after the last one.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const stale = queue.filter((entry) => !reused(entry.key));
  // serve renders one of them on this thread as well (or one kept page again), so that its first
  // rebuild finds the text stylesheet prepared here (DocumentCache.ranHere)
  const warm = cache !== undefined && !cache.ranHere.has(PAGE_TYPES.text.entry);
  const hereToo = warm && stale.length >= PARALLEL_FROM ? stale.shift() : warm && stale.length === 0 ? queue[0] : undefined;
  const workers = stale.length + (hereToo ? 1 : 0) >= PARALLEL_FROM
    ? renderTextPagesInWorkers(
        stale.map((entry) => ({ key: entry.key, file: entry.file, text: entry.kept ? serializeDocument(entry.kept) : undefined })),
        sharedTextInputs(compiled.stylesheets.get(PAGE_TYPES.text.entry) as CompiledStylesheet, 'pages', textParams(), path.join(options.outDir, PAGE_TYPES.text.folder), options.outDir),
        (result) => {
          for (const found of result.diagnostics) diagnostics.push(found);
          countPageType('text', result.milliseconds);
          slowest.push([result.key, result.milliseconds]);
          record(result.key, result.written);
          rendered.push(result.key);
        },
        1, // one starts once this thread's own pages are made
      )
    : undefined;
  // the workers have it as text
  if (workers) delete catalogues.texts;
  /** The texts' pages are all written: say so (a patch's search index starts from them). */
  const textPagesDone = () => {
    if (!options.onTextPages) return;
    const isTextPage = (file: string) => file.startsWith(`${PAGE_TYPES.text.folder}/`) && file.endsWith('.html');
    const written = rendered.filter((key) => key.startsWith('text:')).flatMap((key) => units.units[key]?.outputs ?? []).filter(isTextPage);
    // every text's unit is settled by now, so the pages the texts left behind are known
    options.onTextPages({ written, removed: units.removed('text:').filter(isTextPage) });
  };
  // without workers, this thread makes the texts' pages first: they are what an editor changed
  if (!workers) {
    for (const entry of stale) await renderHere(entry);
    textPagesDone();
  }

  const editionParams = () => ({ ...pageParams, catalogue: catalogues.whole as XmlDocument });
  // Person pages come from one transformation (the index of mentions is built once), given the
  // persons whose pages must be written again.
  const personsStart = performance.now();
  const stalePersons = personIds.filter((id) => !reused(`person:${id}`));
  if (stalePersons.length > 0) {
    const subset = stalePersons.length === personIds.length ? [] : stalePersons;
    const written = run('person', persons, { ...editionParams(), 'person-ids': subset });
    for (const id of stalePersons) {
      const own = new Set([`persons/${id}.html`, `cite/person-${id}.json`, `cite/person-${id}.bib`]);
      record(`person:${id}`, written?.filter((file) => own.has(file)));
      rendered.push(`person:${id}`);
    }
  }
  log(`xslt: person page(s) in ${Math.round(performance.now() - personsStart)} ms`);
  collect();
  for (const [type, source] of [['register', persons], ['home', sources], ['chronology', sources], ['search', sources]] as const) {
    const start = performance.now();
    if (reused(type)) continue;
    record(type, run(type, source, type === 'home' ? { ...editionParams(), 'build-errors': errorLines } : editionParams()));
    rendered.push(type);
    log(`xslt: ${type} page(s) in ${Math.round(performance.now() - start)} ms`);
    collect();
  }
  delete catalogues.whole;
  if (hereToo) await renderHere(hereToo);
  if (workers) {
    queue.length = 0;
    const waitStart = performance.now();
    // what the pages made here held goes before the other workers' heaps come
    collectGarbage();
    workers.addWorkers();
    await workers.done;
    const used = process.cpuUsage(textCpu);
    const countedHere = cpuMilliseconds.transform + cpuMilliseconds.write - countedBefore;
    milliseconds.transform += performance.now() - waitStart;
    cpuMilliseconds.transform += Math.max(0, (used.user + used.system) / 1000 - countedHere);
    textPagesDone();
  }
  log(`xslt: ${textCount} text page(s) in ${Math.round(performance.now() - textStart)} ms`);
  if (slowest.length >= PARALLEL_FROM) {
    // a document that costs far more than the others is worth knowing about
    const top = slowest.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([key, ms]) => `${key.replace(/^text:/, '')} (${Math.round(ms)} ms)`);
    log(`xslt: slowest text pages: ${top.join(', ')}; median ${Math.round(slowest[slowest.length >> 1][1])} ms`);
  }
  if (options.incremental) {
    // The texts first: they are what an editor changed.
    const listed = [...rendered.filter((key) => key.startsWith('text:')), ...rendered.filter((key) => !key.startsWith('text:'))];
    log(`xslt: rendered ${rendered.length} of ${hashes.size} page group(s): ${listed.slice(0, 12).join(', ')}${listed.length > 12 ? ', …' : ''}`);
  }
  pages = Object.values(units.units).reduce((sum, unit) => sum + unit.outputs.filter((file) => file.endsWith('.html')).length, 0);

  if (exportsAfterTexts) writeExports();
  timed('write', () => copyAssets(options.outDir, units));
  timed('write', () => copyTeiSources(options.corpusDir, teiFiles, contentHash, options.outDir, units));
  log(`xslt: ${pages} page(s) written in ${Math.round(performance.now() - started)} ms`);

  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  // A site written whole is indexed here, before it is swapped in; an incremental one once its
  // changes are in place (the index covers every page), by the caller.
  if (options.search !== false && !failed && !options.incremental?.previous) {
    const searchStart = performance.now();
    for (const found of await indexForSearch(options.outDir, PAGE_TYPES.text.folder, log)) diagnostics.push(found);
    milliseconds.search = performance.now() - searchStart;
  }
  return { diagnostics, pages, milliseconds, cpuMilliseconds, rendered, pageTypeMilliseconds, units: units.units, removed: units.removed() };
}

/** The text pages' (or digests') shared parameters as plain data and XML text, for the worker threads. */
function sharedTextInputs(stylesheet: CompiledStylesheet, produce: SharedTextInputs['produce'], params: TransformRequest['params'], outputDir: string, siteDir: string): SharedTextInputs {
  const shared: SharedTextInputs = { stylesheet: stylesheetForThread(stylesheet), produce, params: {}, documents: {}, outputDir, siteDir };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object' && !Array.isArray(value)) shared.documents[name] = { text: serializeDocument(value), file: value.file };
    else if (Array.isArray(value) && value.some((item) => typeof item === 'object')) throw new Error(`parameter ${name}: a list of documents cannot be shared with the text pages`);
    else shared.params[name] = value as string | number | boolean | string[];
  }
  return shared;
}

/**
 * Plan every export; `write` writes them. Only the links, the register files and the files' root
 * elements are kept for the site. Once written, the check's parsed documents are released: the
 * pages are made from Saxon's own documents, and a corpus of thousands of files must not be held
 * parsed twice while they are.
 */
function planSiteExports(options: SiteOptions): PlannedExports {
  let documents: ParsedDocument[] | undefined = options.parsed ?? loadFiles(options.files).files;
  let plan: ReturnType<typeof planExports> | undefined = planExports({
    corpusDir: options.corpusDir,
    projectRoot: options.projectRoot ?? path.dirname(options.corpusDir),
    documents,
    edition: options.edition,
  });
  // What the site needs of the parsed trees: each file's root, so that no text has to be parsed
  // again just to learn it (the workers parse the texts for their digests and pages).
  const roots = new Map<string, RootInfo>();
  for (const entry of documents) if (entry.document) roots.set(path.resolve(entry.path), rootOf(entry.document));
  const registerFiles = new Set(plan.facts.registerFiles.map((file) => path.resolve(options.corpusDir, file)));
  return {
    links: plan.links,
    registerFiles,
    roots,
    write(units) {
      if (!plan || !documents) throw new Error('the exports were written already');
      const written = plan.write(options.outDir, units);
      releaseParsed(documents);
      // the plan's facts hold every parsed tree: kept past this call, the build held them all
      plan = undefined;
      documents = undefined;
      return written;
    },
  };
}

interface PlannedExports {
  links: string[];
  registerFiles: Set<string>;
  /** The root element of each file the check parsed, by absolute path. */
  roots: Map<string, RootInfo>;
  /** Write the export files into the site; the number written. */
  write: (units: SiteUnits) => number;
}

/** A parsed tree's root element as the site's guards ask it (page-documents.ts). */
function rootOf(document: ParsedTree): RootInfo {
  return { localName: document.root.name, namespace: document.root.namespace, id: (xmlId(document.root) ?? '').replace(/\s+/g, ' ').trim() };
}

/** Drop the parsed trees (the bytes stay, for the report's code frames). */
function releaseParsed(documents: ParsedDocument[]): void {
  for (const entry of documents) entry.document = undefined;
}

interface LoadedDocuments {
  /** The register: persons.xml, the project's one register file, or its register files merged. */
  persons: XmlDocument;
  sources: XmlDocument;
  /** The project's register files (none when the edition has no register of its own). */
  registerFiles: string[];
  /** The documents that get a page, in the order of their paths. */
  texts: PageText[];
  /** Parse a file (or take it from serve's cache). */
  reload: (file: string) => Promise<XmlDocument | undefined>;
  /** Content hash of every file, by file. */
  contentHash: Map<string, string>;
  /** What every digest depends on besides its text: the register files and sources.xml. */
  digestContext: string;
}

/**
 * Parse what this thread needs: sources.xml (found by name), the register — persons.xml, or the
 * register files the exports found (lists of persons, bodies or places and no running text: see
 * gatherCorpusFacts), merged into one document when there are several — and any file that is not
 * one TEI document as it stands. A TEI text is parsed by the thread that makes its digest and page.
 */
async function loadDocuments(options: SiteOptions, exported: PlannedExports, compiled: Map<string, CompiledStylesheet>, diagnostics: Diagnostic[]): Promise<LoadedDocuments | undefined> {
  const byName = (name: string) =>
    options.files.find((file) => path.basename(file) === name) ??
    [path.join(options.corpusDir, name)].find((file) => existsSync(file)) ??
    path.join(defaultsDir, name);
  const contentHash = new Map<string, string>();
  const cache = options.incremental?.documents;
  // the check hashed what it read; a file it did not read (a default register) is read here
  const checked = new Map((options.parsed ?? []).filter((entry) => entry.hash).map((entry) => [path.resolve(entry.path), entry.hash as string]));
  const hashOf = (file: string): string => {
    const known = checked.get(path.resolve(file));
    if (known) {
      contentHash.set(file, known);
      return known;
    }
    try {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      contentHash.set(file, hash);
      return hash;
    } catch {
      return ''; // unreadable: loading it reports it
    }
  };
  const load = async (file: string): Promise<XmlDocument | undefined> => {
    const hash = hashOf(file);
    const cached = hash ? cache?.get(file, hash) : undefined;
    if (cached) return cached;
    const loaded = await loadXml(file);
    if ('node' in loaded) {
      if (hash) cache?.set(file, hash, loaded);
      return loaded;
    }
    contentHash.delete(file);
    diagnostics.push(problemToDiagnostic(loaded as XsltProblem, file, 'load'));
    return undefined;
  };
  const sourcesFile = byName('sources.xml');
  const sources = await load(sourcesFile);
  const registers: XmlDocument[] = [];
  const others: CorpusFile[] = [];
  for (const file of [...options.files].filter((file) => file !== sourcesFile).sort()) {
    if (path.basename(file) === 'persons.xml' || exported.registerFiles.has(file)) {
      const register = await load(file);
      if (register) registers.push(register);
      continue;
    }
    const root = exported.roots.get(path.resolve(file));
    if (root && root.localName === 'TEI' && root.namespace === TEI_NAMESPACE) {
      // hashed whether or not serve keeps documents: the page's hash is made of it
      const hash = hashOf(file);
      others.push({ file, root, document: cache?.get(file, hash) });
      continue;
    }
    const document = await load(file);
    if (document) others.push({ file, root: rootInfo(document), document });
  }
  cache?.keepOnly(new Set(contentHash.keys()));
  /** Several register files as one, merged again only when one of them changed (serve keeps it). */
  const merged = () => {
    const key = digest(registers.map((register) => contentHash.get(register.file) ?? ''));
    const kept = cache?.mergedRegisters(key);
    if (kept) return kept;
    const made = mergeRegisters(registers, compiled, diagnostics);
    cache?.setMergedRegisters(key, made);
    return made;
  };
  const persons = registers.length === 0 ? await load(path.join(defaultsDir, 'persons.xml')) : registers.length === 1 ? registers[0] : merged();
  if (!persons || !sources) return undefined;
  return {
    persons,
    sources,
    registerFiles: registers.map((register) => register.file),
    texts: await pageDocuments(others, options.corpusDir, diagnostics, load),
    reload: load,
    contentHash,
    digestContext: digest([...registers.map((register) => register.file), sourcesFile].map((file) => contentHash.get(file) ?? '')),
  };
}

/** Several register files as one document (xslt/data/registers.xsl). */
function mergeRegisters(registers: XmlDocument[], compiled: Map<string, CompiledStylesheet>, diagnostics: Diagnostic[]): XmlDocument | undefined {
  const merged = transform({
    stylesheet: compiled.get(PAGE_TYPES.registers.entry) as CompiledStylesheet,
    source: registers[0],
    params: { registers },
    outputDir: path.dirname(registers[0].file),
    asDocument: true,
  });
  for (const found of outcomeDiagnostics(merged, registers[0].file, PAGE_TYPES.registers.entry)) diagnostics.push(found);
  return merged.document;
}

/** One line of the banner of a site built in spite of errors: "file:line:column message (rule)". */
function describeError(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.line, diagnostic.column].filter((part) => part !== undefined).join(':');
  return `${where} ${diagnostic.message}${diagnostic.ruleId ? ` (${diagnostic.ruleId})` : ''}`;
}


/** The site's stylesheet and scripts: few and small, copied every time. */
function copyAssets(outDir: string, units: SiteUnits): void {
  const target = path.join(outDir, 'assets');
  mkdirSync(target, { recursive: true });
  const names = readdirSync(assetsDir);
  for (const name of names) copyFileSync(path.join(assetsDir, name), path.join(target, name));
  units.record('assets', '', names.map((name) => `assets/${name}`));
}

/**
 * The TEI of every page is published beside it (tei/<path in the corpus>), linked from the page;
 * a file is copied again only when its content changed. The schemas the published TEI names are
 * published with it (read from every file each time: a schema can change while the TEI does not).
 */
function copyTeiSources(corpusDir: string, files: string[], contentHash: Map<string, string>, outDir: string, units: SiteUnits): void {
  const published: Array<{ source: string; target: string; hash?: string }> = [];
  for (const file of new Set(files)) {
    const relative = path.relative(corpusDir, file);
    const publishedAs = relative.startsWith('..') ? `tei/${path.basename(file)}` : `tei/${toPosix(relative)}`;
    const target = path.join(outDir, ...publishedAs.split('/'));
    const hash = contentHash.get(file);
    // a file kept as it was is known to exist (its hash is of the bytes just read)
    if (hash && units.keep(`tei:${publishedAs}`, hash)) {
      published.push({ source: file, target, hash });
      continue;
    }
    if (!existsSync(file)) continue;
    published.push({ source: file, target, hash });
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
    units.record(`tei:${publishedAs}`, contentHash.get(file) ?? '', [publishedAs]);
  }
  const schemas = publishSchemas(published, outDir);
  units.record('tei-schemas', '', schemas.map((file) => toPosix(path.relative(outDir, file))));
}


function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
