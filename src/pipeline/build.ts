import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { assertReplaceable, patchDirectory, replaceDirectory, siteIdOf } from '../output/atomic-directory.js';
import { assertSafeOutput } from '../output/output-guard.js';
import { buildSite, PAGE_TYPES, type SiteOptions, type SiteResult } from '../site/build-site.js';
import { prepareSearchIndex, type PreparedIndex } from '../site/search-index.js';
import { loadState, newSiteId, saveState, stateFile, type DocumentCache, type SiteState } from '../site/incremental.js';
import { runCheck, type CheckOutcome } from './check.js';
import { editionMetadata, relativeUrlWarning } from './edition-metadata.js';
import type { StageTiming } from './stage-timer.js';

/** Stage names of the page types' shares of `transform` ("transform: person"). */
export const PAGE_TYPE_STAGE = 'transform: ';

export interface BuildOutcome extends CheckOutcome {
  /** True when the new site replaced the output folder. */
  written: boolean;
  pages: number;
  /** With `searchLater`: settles once the search index covers the new pages, with its findings. */
  searchIndexed?: Promise<Diagnostic[]>;
}

export interface BuildOptions {
  /**
   * Build in spite of error-level findings (`build --allow-errors`); every page then carries a
   * banner listing them. Without it, any error (schema, lint or XSLT) stops the build before the
   * swap, so the previous site stays intact: a gate for CI.
   */
  allowErrors?: boolean;
  /** Render only the pages whose inputs changed since the last build of this output folder. */
  incremental?: boolean;
  /** Parsed documents kept between builds by a long-running process (serve). */
  documents?: DocumentCache;
  /** Remove the previous site after returning (serve: the new one is served at once). */
  removePreviousLater?: boolean;
  /**
   * Return once an incremental build's pages are in place, and index them for search meanwhile
   * (serve: the page shows at once, the search index follows; see `BuildOutcome.searchIndexed`).
   */
  searchLater?: boolean;
}

/** `build` = check, then transform into the output folder. */
export async function runBuild(
  config: EditionConfig,
  inputs: string[],
  log: (message: string) => void = () => {},
  options: BuildOptions = {},
): Promise<BuildOutcome> {
  // Before any work: a build must never be able to replace what the tool did not make.
  assertSafeOutput(config, inputs);
  assertReplaceable(config.output);
  // The exports read the documents as the check parsed them. The site is built while the schema
  // validator runs (in a child process), and swapped in only once it has found nothing: unless the
  // site is built in spite of errors, whose banner on every page must list the schema's too.
  const checked = await runCheck({
    config,
    inputs,
    validate: true,
    lint: true,
    keepDocuments: true,
    log,
    cache: options.documents,
    validateBeside: !options.allowErrors,
  });
  const blocked = () =>
    checked.toolFailures.length > 0 || (!options.allowErrors && checked.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  const notBuilding = `not building: fix the errors first, or build in spite of them with --allow-errors (${path.relative(process.cwd(), config.output) || config.output} left as it was)`;
  if (blocked()) {
    await checked.validation; // the report lists the schema findings too
    log(notBuilding);
    return { ...checked, written: false, pages: 0 };
  }
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) log(`building in spite of ${errors.length} error(s) (--allow-errors): every page says so`);
  const siteDiagnostics: Diagnostic[] = [];
  const siteTimings: StageTiming[] = [];
  let pages = 0;
  let stoppedBySchema = false;
  const warning = relativeUrlWarning(config);
  if (warning) log(warning);
  mkdirSync(path.dirname(config.output), { recursive: true });
  // An incremental build patches the site its state describes, writing only what changed; any other
  // build writes the whole site beside the previous one and swaps it in. Either way the previous
  // site stays as it was until the new one is complete and free of errors.
  const stateName = stateFile(path.join(config.root, '.cache'), config.output);
  const saved = options.incremental ? (options.documents?.savedState(stateName) ?? loadState(stateName)) : undefined;
  const previous = saved && siteIdOf(config.output) === saved.site ? saved : undefined;
  let site: SiteResult | undefined;
  const makeSite = async (outDir: string, onTextPages?: SiteOptions['onTextPages']): Promise<boolean> => {
    const made = await buildSite({
      corpusDir: config.corpus,
      files: checked.files.filter((file) => file.document).map((file) => file.path),
      parsed: checked.files,
      projectRoot: config.root,
      outDir,
      edition: { ...editionMetadata(config), everyWordKept: config.everyWordKept },
      log,
      knownErrors: errors,
      onTextPages,
      incremental: options.incremental ? { previous, documents: options.documents } : undefined,
    });
    for (const found of made.diagnostics) siteDiagnostics.push(found);
    site = made;
    await checked.validation;
    if (blocked()) {
      stoppedBySchema = true;
      return false;
    }
    // --allow-errors covers errors in the sources, never a site that could not be made at all.
    return made.pages > 0 && (options.allowErrors || !made.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  };
  const siteId = previous?.site ?? newSiteId();
  let searchMilliseconds = 0;
  let searchIndexed: Promise<Diagnostic[]> | undefined;
  let written: boolean;
  if (previous) {
    // The search index of the texts' pages a patch wrote is made as soon as they are, while the rest
    // of the patch is written; it is swapped in once the patch has landed (serve: after the pages
    // show). If it cannot be made, the state goes: the next build is whole, and indexes every page.
    let searchStart = 0;
    let prepared: Promise<PreparedIndex> | undefined;
    written = await patchDirectory(config.output, async (staging) => {
      const indexTextPages: SiteOptions['onTextPages'] = ({ written: pages, removed }) => {
        if (pages.length + removed.length === 0) return;
        searchStart = performance.now();
        prepared = prepareSearchIndex(config.output, PAGE_TYPES.text.folder, log, {
          replace: true,
          changed: [...pages, ...removed],
          pending: { folder: staging, removed },
        });
        prepared.catch(() => {}); // awaited below
      };
      if (!(await makeSite(staging, indexTextPages))) return undefined;
      // From here until the new state is saved the site matches no state: if the patch is
      // interrupted, the next build writes the whole site.
      rmSync(stateName, { force: true });
      return site?.removed ?? [];
    });
    if (prepared && !written) void prepared.then((index) => index.discard(), () => {});
    if (prepared && written) {
      searchIndexed = prepared.then(
        (index) => index.install(),
        (error: Error): Diagnostic[] => [{ file: config.output, ruleId: 'tool/search-index', severity: 'error', message: `search index: ${error.message}`, source: 'tool' }],
      ).then((failed) => {
        searchMilliseconds = performance.now() - searchStart;
        return failed;
      });
      if (!options.searchLater) {
        for (const found of await searchIndexed) siteDiagnostics.push(found);
        searchIndexed = undefined;
      }
    }
  } else {
    written = await replaceDirectory(config.output, makeSite, { removePreviousLater: options.removePreviousLater, siteId });
  }
  const searchFailed = siteDiagnostics.some((diagnostic) => diagnostic.ruleId === 'tool/search-index');
  if (written && site?.units && !searchFailed) {
    const state: SiteState = { version: 2, site: siteId, units: site.units };
    const save = () => {
      saveState(stateName, state);
      options.documents?.setSavedState(stateName, state);
    };
    if (searchIndexed) {
      // serve: the state is written just after the pages are in place (200,000 files' worth takes
      // most of a second), before the search index is done. An index that could not be made
      // removes it: the next build is whole, and indexes every page again.
      const indexed = searchIndexed;
      const saved = new Promise<void>((resolve) => setImmediate(() => {
        try {
          save();
        } catch {
          rmSync(stateName, { force: true }); // the next build is whole
        }
        resolve();
      }));
      searchIndexed = saved.then(() => indexed).then((failed) => {
        if (failed.length > 0) rmSync(stateName, { force: true });
        return failed;
      });
    } else {
      save();
    }
  }
  if (site) {
    pages = site.pages;
    const bytes = checked.files.reduce((sum, file) => sum + file.bytes.length, 0);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    for (const [stage, milliseconds] of Object.entries(site.milliseconds)) {
      const cpuMilliseconds = site.cpuMilliseconds[stage as keyof typeof site.cpuMilliseconds];
      const wall = stage === 'search' ? milliseconds + searchMilliseconds : milliseconds;
      siteTimings.push({ stage: stage === 'compile' ? 'compile xslt' : stage, milliseconds: wall, cpuMilliseconds, bytes, peakRss });
    }
    // within transform: each page type's wall time (`npm run bench` shows which one grows fastest)
    for (const [type, milliseconds] of Object.entries(site.pageTypeMilliseconds ?? {})) {
      siteTimings.push({ stage: `${PAGE_TYPE_STAGE}${type}`, milliseconds, bytes, peakRss });
    }
  }
  const diagnostics = [...checked.diagnostics, ...siteDiagnostics];
  const timings = [...checked.timings, ...siteTimings];
  log(written ? `wrote ${pages} page(s) to ${config.output}` : stoppedBySchema ? notBuilding : `build failed; ${config.output} left as it was`);
  return { ...checked, diagnostics, timings, written, pages, searchIndexed };
}
