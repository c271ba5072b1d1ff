/**
 * Which documents get a text page, and under which id. Guards the XSLT against input it cannot
 * take: only TEI documents reach the page stylesheets; a teiCorpus is split into its TEI members;
 * every page document has a root xml:id that is unique in the site and safe as a file name — its
 * own where it has one, else one derived from its file path. No file stops the others.
 * A TEI file whose root is known (from the check's parse) need not be parsed here: its page and
 * digest are made by a worker from the file itself, unless it needs another id.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../corpus/display-path.js';
import type { XmlDocument } from '../adapters/saxon.js';
import { rootInfo, teiCorpusMembers, withRootId, type RootInfo } from '../adapters/saxon-documents.js';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

/** A file of the corpus: parsed, or only its root known. */
export interface CorpusFile {
  file: string;
  root: RootInfo;
  document?: XmlDocument;
}

/** A document that gets a page. */
export interface PageText {
  file: string;
  /** Path of its file relative to the corpus folder (posix); a teiCorpus member's ends in its number (corpus.xml#2). */
  path: string;
  /** Its root xml:id: the page's name. */
  id: string;
  /** The document, when it is not its file as it stands (a teiCorpus member, a re-identified copy), or was parsed already. */
  document?: XmlDocument;
  /** True when the file, parsed as it is, is this document: it can be parsed again, by any thread. */
  ownFile: boolean;
}

interface Candidate {
  file: string;
  document?: XmlDocument;
  ownFile: boolean;
  path: string;
  /** The root xml:id the document brings, '' when none. */
  ownId: string;
  /** An id to use when the document's own one is missing, unusable or taken. */
  fallbackIds: string[];
}

/** An id that is also a safe file name and URL fragment. */
const SAFE_ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

export async function pageDocuments(
  files: CorpusFile[],
  corpusDir: string,
  diagnostics: Diagnostic[],
  load: (file: string) => Promise<XmlDocument | undefined>,
): Promise<PageText[]> {
  const candidates: Candidate[] = [];
  for (const { file, root, document: parsed } of files) {
    const relative = corpusPath(corpusDir, file);
    if (root.namespace !== TEI_NAMESPACE || !['TEI', 'teiCorpus'].includes(root.localName)) {
      diagnostics.push({
        file: displayPath(file),
        ruleId: 'site/not-tei',
        severity: 'warning',
        message: `The root element is ${root.localName || 'missing'}${root.namespace ? ` in ${root.namespace}` : ' in no namespace'}, not a TEI document: it gets no page`,
        source: 'tool',
      });
      continue;
    }
    const base = fileIds(relative);
    if (root.localName === 'TEI') {
      candidates.push({ file, document: parsed, ownFile: true, path: relative, ownId: root.id, fallbackIds: base });
      continue;
    }
    const corpus = parsed ?? (await load(file));
    if (!corpus) continue;
    const members = await teiCorpusMembers(corpus);
    members.forEach((member, index) => {
      const suffix = `-${index + 1}`;
      // The member's number after '#': a path of its own (for the catalogue), still a link to the file.
      candidates.push({ file, document: member, ownFile: false, path: `${relative}#${index + 1}`, ownId: rootInfo(member).id, fallbackIds: base.map((id) => id + suffix) });
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
  const texts: PageText[] = [];
  for (const candidate of candidates) {
    let id = chosen.get(candidate);
    if (id === undefined) {
      id = uniqueId(candidate.fallbackIds, taken);
      taken.add(id);
      if (candidate.ownId !== '') {
        diagnostics.push({
          file: displayPath(candidate.file),
          ruleId: 'site/document-id',
          severity: 'warning',
          message: SAFE_ID.test(candidate.ownId)
            ? `Another document already has the root id "${candidate.ownId}": this one's page is texts/${id}.html`
            : `The root id "${candidate.ownId}" cannot name a page: this document's page is texts/${id}.html`,
          source: 'tool',
        });
      }
    }
    if (id === candidate.ownId) {
      texts.push({ file: candidate.file, path: candidate.path, id, document: candidate.document, ownFile: candidate.ownFile });
      continue;
    }
    const document = candidate.document ?? (await load(candidate.file));
    if (document) texts.push({ file: candidate.file, path: candidate.path, id, document: await withRootId(document, id), ownFile: false });
  }
  return texts;
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
