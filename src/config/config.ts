import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../errors/tool-error.js';
import { ruleOptionsProblems, unknownRuleIds, type RuleSetting } from '../lint/lint.js';

/** What `edition.config.json` may say; every field is optional. */
export interface EditionConfigFile {
  /** Folder of TEI documents (default: `tei` if it exists, else the working directory). */
  corpus?: string;
  /** RELAX NG schema for `validate` (default: the edition's own `schemas/tei-edition.rng`). */
  schema?: string;
  /** Output folder of `build` (default: `dist`). */
  output?: string;
  /** Allow an output folder outside the project folder (default: refused). */
  allowOutsideOutput?: boolean;
  /** Edition title shown on the site. */
  title?: string;
  /** Public URL the site will live at, for citations. */
  baseUrl?: string;
  /** The edition's version (default: package.json, else CITATION.cff). */
  version?: string;
  /** The release date, YYYY-MM-DD, cited as the publication date (default: SOURCE_DATE_EPOCH, else CITATION.cff). */
  released?: string;
  /** SPDX id or name of the licence of the encoding (default: CITATION.cff's license). */
  licence?: string;
  /** Who publishes the edition, for citations (default: none). */
  publisher?: string;
  /** Lint rules: `off`, `info`, `warning` or `error` per rule id. */
  rules?: Record<string, RuleSetting>;
  /**
   * House policy: the project proves that its edition keeps every word of its sources (as this
   * edition's test/fidelity.test.ts does); only then does the home page say so.
   */
  everyWordKept?: boolean;
  /** Options of the rules that take some, by rule id (see each rule's README); turns an opt-in rule on. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Globs are not supported; folder-relative file names to leave out of every stage. */
  ignore?: string[];
}

/** The resolved configuration, with absolute paths. */
export interface EditionConfig {
  root: string;
  configFile?: string;
  corpus: string;
  schema: string;
  /**
   * True when the project names its schema. Otherwise each document is validated against the
   * local RELAX NG schema its <?xml-model?> names, and the bundled schema where it names none.
   */
  schemaConfigured: boolean;
  output: string;
  /** An output folder outside the project was asked for explicitly. */
  allowOutsideOutput: boolean;
  title: string;
  baseUrl?: string;
  version?: string;
  released?: string;
  licence?: string;
  publisher?: string;
  rules: Record<string, RuleSetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  ignore: string[];
  everyWordKept: boolean;
}

export const CONFIG_FILE_NAME = 'edition.config.json';

/** The schema that ships with this package, used when a project names none. */
export const BUNDLED_SCHEMA = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../schemas/tei-edition.rng',
);

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/**
 * Reads `edition.config.json` from `root` (or the file given), falling back to sensible defaults so
 * that `tei-edition check some/folder` works in a project that has no config at all.
 */
export function loadConfig(root: string, explicitFile?: string): EditionConfig {
  const file = explicitFile ? path.resolve(explicitFile) : path.join(root, CONFIG_FILE_NAME);
  let raw: EditionConfigFile = {};
  if (existsSync(file)) {
    raw = parseConfigFile(file);
  } else if (explicitFile) {
    throw new ToolError('config-missing', `Configuration file not found: ${explicitFile}`);
  }
  const base = existsSync(file) ? path.dirname(file) : root;
  const corpusDefault = existsSync(path.join(base, 'tei')) ? 'tei' : '.';
  return {
    root: base,
    configFile: existsSync(file) ? file : undefined,
    corpus: path.resolve(base, raw.corpus ?? corpusDefault),
    schema: raw.schema ? path.resolve(base, raw.schema) : BUNDLED_SCHEMA,
    schemaConfigured: raw.schema !== undefined,
    output: path.resolve(base, raw.output ?? 'dist'),
    allowOutsideOutput: raw.allowOutsideOutput ?? false,
    title: raw.title ?? 'TEI edition',
    baseUrl: raw.baseUrl,
    version: raw.version,
    released: raw.released,
    licence: raw.licence,
    publisher: raw.publisher,
    rules: raw.rules ?? {},
    ruleOptions: raw.ruleOptions ?? {},
    ignore: raw.ignore ?? [],
    everyWordKept: raw.everyWordKept === true,
  };
}

function parseConfigFile(file: string): EditionConfigFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ToolError('config-invalid', `${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ToolError('config-invalid', `${file}: the configuration must be a JSON object`);
  }
  const config = data as EditionConfigFile;
  for (const key of ['corpus', 'schema', 'output', 'title', 'baseUrl', 'version', 'released', 'licence', 'publisher'] as const) {
    if (config[key] !== undefined && typeof config[key] !== 'string') {
      throw new ToolError('config-invalid', `${file}: "${key}" must be a string`);
    }
  }
  assertFieldTypes(file, config);
  if (config.released !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(config.released)) {
    throw new ToolError('config-invalid', `${file}: "released" must be a date as YYYY-MM-DD, not "${config.released}"`);
  }
  if (config.everyWordKept !== undefined && typeof config.everyWordKept !== 'boolean') {
    throw new ToolError('config-invalid', `${file}: "everyWordKept" must be true or false`);
  }
  for (const [rule, setting] of Object.entries(config.rules ?? {})) {
    if (!SETTINGS.includes(setting)) {
      throw new ToolError(
        'config-invalid',
        `${file}: rule "${rule}" has setting "${String(setting)}"; use one of ${SETTINGS.join(', ')}`,
      );
    }
  }
  const ruleOptions = config.ruleOptions ?? {};
  const optionsAreObjects = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!optionsAreObjects(ruleOptions) || !Object.values(ruleOptions).every(optionsAreObjects)) {
    throw new ToolError('config-invalid', `${file}: "ruleOptions" must map rule ids to objects of options`);
  }
  const unknown = [...new Set([...unknownRuleIds(config.rules), ...unknownRuleIds(ruleOptions)])];
  if (unknown.length) {
    throw new ToolError(
      'config-invalid',
      `${file}: no such rule: ${unknown.join(', ')}`,
      'Rule ids are listed in docs/rules.md; a misspelt id would otherwise silently do nothing.',
    );
  }
  const problems = ruleOptionsProblems(ruleOptions);
  if (problems.length) {
    throw new ToolError('config-invalid', `${file}: ${problems.join('; ')}`, 'Each rule’s options are described in docs/rules.md.');
  }
  return config;
}

/** Wrong types (`"rules": null`, `"ignore": 5`) are the user's mistake: say which field, never crash later. */
function assertFieldTypes(file: string, config: EditionConfigFile): void {
  const wrong = (key: string, expected: string) =>
    new ToolError('config-invalid', `${file}: "${key}" must be ${expected}, not ${JSON.stringify(config[key as keyof EditionConfigFile])}`);
  const { rules, ignore, allowOutsideOutput } = config as Record<string, unknown>;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    throw wrong('rules', 'an object of rule ids and settings, e.g. {"date-text": "warning"}');
  }
  if (ignore !== undefined && !(Array.isArray(ignore) && ignore.every((entry) => typeof entry === 'string'))) {
    throw wrong('ignore', 'a list of paths, e.g. ["tei/drafts"]');
  }
  if (allowOutsideOutput !== undefined && typeof allowOutsideOutput !== 'boolean') throw wrong('allowOutsideOutput', 'true or false');
}
