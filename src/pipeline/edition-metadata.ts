/**
 * The facts a citation of the edition needs — version, release date, licence — taken from the
 * project, never from the clock: two builds of the same commit must be byte-identical.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';

export interface EditionMetadata {
  title: string;
  /** '' when the project states none. */
  version: string;
  /** Release date YYYY-MM-DD, '' when the project states none. */
  date: string;
  baseUrl?: string;
  /** Licence of the encoding as stated (an SPDX id such as CC-BY-4.0, or a name). */
  licence?: string;
  licenceUrl?: string;
  publisher?: string;
}

/**
 * Version: config, else the project's package.json, else CITATION.cff. Release date: config, else
 * SOURCE_DATE_EPOCH (the reproducible-builds convention), else CITATION.cff's date-released.
 */
export function editionMetadata(config: EditionConfig, environment: NodeJS.ProcessEnv = process.env): EditionMetadata {
  const cff = readCitationCff(config.root);
  const licence = config.licence ?? cff.license;
  return {
    title: config.title,
    version: config.version ?? readPackageVersion(config.root) ?? cff.version ?? '',
    date: config.released ?? dateFromEpoch(environment.SOURCE_DATE_EPOCH) ?? cff['date-released'] ?? '',
    baseUrl: config.baseUrl,
    licence,
    licenceUrl: licence ? licenceUrl(licence) : undefined,
    publisher: config.publisher,
  };
}

/** The one warning of a build without baseUrl (citations and exports then carry relative URLs). */
export function relativeUrlWarning(config: Pick<EditionConfig, 'baseUrl'>): string | undefined {
  return config.baseUrl ? undefined : 'warning: no "baseUrl" in edition.config.json, so citations and exports carry relative URLs';
}

function readPackageVersion(root: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/** The top-level scalar fields of CITATION.cff that citations use (no YAML library needed for these). */
function readCitationCff(root: string): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(path.join(root, 'CITATION.cff'), 'utf8');
  } catch {
    return {};
  }
  const fields: Record<string, string> = {};
  for (const match of text.matchAll(/^(version|date-released|license):[ \t]*(.+)$/gm)) {
    fields[match[1]] = match[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return fields;
}

function dateFromEpoch(epoch: string | undefined): string | undefined {
  if (!epoch || !/^\d+$/.test(epoch)) return undefined;
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

const CREATIVE_COMMONS = /^CC-(BY(?:-SA|-NC|-ND|-NC-SA|-NC-ND)?)-(\d\.\d)$/i;

/** A link for a licence given as an SPDX id; none for a licence named in words. */
export function licenceUrl(licence: string): string | undefined {
  const cc = CREATIVE_COMMONS.exec(licence);
  if (cc) return `https://creativecommons.org/licenses/${cc[1].toLowerCase()}/${cc[2]}/`;
  if (/^CC0-1\.0$/i.test(licence)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  if (/^[A-Za-z0-9.+-]+$/.test(licence)) return `https://spdx.org/licenses/${licence}.html`;
  return undefined;
}
