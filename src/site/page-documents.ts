/**
 * Which documents get a text page, and under which id. Guards the XSLT against input it cannot
 * take: only TEI documents reach the page stylesheets; a teiCorpus is split into its TEI members;
 * every page document has a root xml:id that is unique in the site and safe as a file name — its
 * own where it has one, else one derived from its file path. No file stops the others.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../corpus/display-path.js';
import type { XmlDocument } from '../adapters/saxon.js';
import { rootInfo, teiCorpusMembers, withRootId } from '../adapters/saxon-documents.js';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

export interface PageDocuments {
  texts: XmlDocument[];
  /** Path of each text's file relative to the corpus folder (posix), same order as `texts`; a
   * teiCorpus member's path ends in its number (corpus.xml#2). */
  paths: string[];
}

interface Candidate {
  document: XmlDocument;
  path: string;
  /** The root xml:id the document brings, '' when none. */
  ownId: string;
  /** An id to use when the document's own one is missing, unusable or taken. */
  fallbackIds: string[];
}

/** An id that is also a safe file name and URL fragment. */
const SAFE_ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

export async function pageDocuments(
  loaded: XmlDocument[],
  corpusDir: string,
  diagnostics: Diagnostic[],
): Promise<PageDocuments> {
  const candidates: Candidate[] = [];
  for (const document of loaded) {
    const relative = corpusPath(corpusDir, document.file);
    const root = rootInfo(document);
    if (root.namespace !== TEI_NAMESPACE || !['TEI', 'teiCorpus'].includes(root.localName)) {
      diagnostics.push({
        file: displayPath(document.file),
        ruleId: 'site/not-tei',
        severity: 'warning',
        message: `The root element is ${root.localName || 'missing'}${root.namespace ? ` in ${root.namespace}` : ' in no namespace'}, not a TEI document: it gets no page`,
        source: 'tool',
      });
      continue;
    }
    const base = fileIds(relative);
    if (root.localName === 'TEI') {
      candidates.push({ document, path: relative, ownId: root.id, fallbackIds: base });
      continue;
    }
    const members = await teiCorpusMembers(document);
    members.forEach((member, index) => {
      const suffix = `-${index + 1}`;
      // The member's number after '#': a path of its own (for the catalogue), still a link to the file.
      candidates.push({ document: member, path: `${relative}#${index + 1}`, ownId: rootInfo(member).id, fallbackIds: base.map((id) => id + suffix) });
    });
  }

  const taken = new Set<string>();
  // Own ids first, so that a document keeps its id even when another file's name derives the same.
  const chosen = new Map<Candidate, string>();
  for (const candidate of candidates) {
    if (SAFE_ID.test(candidate.ownId) && !taken.has(candidate.ownId)) {
      taken.add(candidate.ownId);
      chosen.set(candidate, candidate.ownId);
    }
  }
  const texts: XmlDocument[] = [];
  const paths: string[] = [];
  for (const candidate of candidates) {
    let id = chosen.get(candidate);
    if (id === undefined) {
      id = uniqueId(candidate.fallbackIds, taken);
      taken.add(id);
      if (candidate.ownId !== '') {
        diagnostics.push({
          file: displayPath(candidate.document.file),
          ruleId: 'site/document-id',
          severity: 'warning',
          message: SAFE_ID.test(candidate.ownId)
            ? `Another document already has the root id "${candidate.ownId}": this one's page is texts/${id}.html`
            : `The root id "${candidate.ownId}" cannot name a page: this document's page is texts/${id}.html`,
          source: 'tool',
        });
      }
    }
    texts.push(id === candidate.ownId ? candidate.document : await withRootId(candidate.document, id));
    paths.push(candidate.path);
  }
  return { texts, paths };
}

/** Ids a file path suggests, shortest first: the file name, then the whole path. */
function fileIds(relative: string): string[] {
  const withoutExtension = relative.replace(/\.xml$/i, '');
  const ids = [path.posix.basename(withoutExtension), withoutExtension].map(safeId);
  return [...new Set(ids)];
}

function safeId(text: string): string {
  const cleaned = text.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^[^\p{L}\p{N}_]+/u, '');
  return cleaned === '' ? 'document' : cleaned;
}

function uniqueId(preferred: string[], taken: Set<string>): string {
  const free = preferred.find((id) => !taken.has(id));
  if (free) return free;
  const last = preferred[preferred.length - 1];
  for (let n = 2; ; n++) if (!taken.has(`${last}-${n}`)) return `${last}-${n}`;
}

function corpusPath(corpusDir: string, file: string): string {
  const relative = path.relative(corpusDir, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : path.basename(file)).split(path.sep).join('/');
}
