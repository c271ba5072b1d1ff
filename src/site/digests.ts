/**
 * The texts' digests (xslt/data/digest.xsl): all that the catalogue and the pages about the whole
 * edition need of each text. A digest depends on its text, the register and sources.xml (and the
 * stylesheets: serve's cache is dropped when they change); serve keeps them by those hashes, so a
 * rebuild digests only the texts that changed. With many texts to digest, worker threads make
 * them, each from its file: the build's own thread never holds every text at once.
 */
import { documentFromText, serializeDocument } from '../adapters/saxon-documents.js';
import type { CompiledStylesheet, TransformRequest, XmlDocument } from '../adapters/saxon.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentCache, MadeDigest } from './incremental.js';
import type { PageText } from './page-documents.js';
import { digest, readPersonRows } from './page-inputs.js';
import { PARALLEL_FROM, renderTextPagesInWorkers, type SharedTextInputs } from './text-pages.js';

export interface DigestRequest {
  texts: PageText[];
  /** Content hash of each file, and of what every digest depends on (the register, sources.xml). */
  contentHash: Map<string, string>;
  context: string;
  cache?: DocumentCache;
  /** Make one digest on this thread. */
  make: (text: XmlDocument, params: TransformRequest['params']) => XmlDocument | undefined;
  /** What worker threads share (the digest stylesheet, the register and sources.xml). */
  shared: () => SharedTextInputs;
  reload: (file: string) => Promise<XmlDocument | undefined>;
  /** Make one digest on this thread whatever else happens (serve, before the stylesheet has run here). */
  warm?: boolean;
  /** Each digest a worker made, with its time. */
  onWorkerResult: (milliseconds: number, diagnostics: Diagnostic[]) => void;
}

/**
 * The digests of the texts, in their order (a text whose digest could not be made has none), each
 * with its fingerprint; what the persons' pages show of each text, by its path; and whether workers
 * made them.
 */
export async function makeDigests(request: DigestRequest): Promise<{ digests: MadeDigest[]; personRows: Map<string, Array<[string, string]>>; inWorkers: boolean }> {
  const { texts, cache } = request;
  // a teiCorpus member or a re-identified copy is told apart by its path and its id
  const keys = texts.map((text, index) => digest([request.context, request.contentHash.get(text.file) ?? '', text.path, index, text.id]));
  const digests: Array<MadeDigest | undefined> = keys.map((key) => cache?.digest(key));
  const missing = texts.map((_text, index) => index).filter((index) => !digests[index]);
  const params = (index: number) => ({ 'text-path': texts[index].path, order: index + 1 });
  const inWorkers = missing.length >= PARALLEL_FROM;
  const makeHere = async (index: number) => {
    const text = texts[index].document ?? (await request.reload(texts[index].file));
    const made = text && request.make(text, params(index));
    if (made) digests[index] = { document: made, fingerprint: digest(serializeDocument(made)), personRows: readPersonRows(made) };
  };
  if (inWorkers) {
    // serve makes one digest on this thread as well: its first rebuild then finds the stylesheet
    // prepared here (DocumentCache.ranHere)
    const here = request.warm ? missing[0] : undefined;
    const parsing: Array<Promise<void>> = [];
    const workers = renderTextPagesInWorkers(
      missing.filter((index) => index !== here).map((index) => ({ key: String(index), file: texts[index].file, text: textSource(texts[index]), params: params(index) })),
      request.shared(),
      (result) => {
        request.onWorkerResult(result.milliseconds, result.diagnostics);
        const index = Number(result.key);
        const text = result.document;
        if (text !== undefined) parsing.push(documentFromText(text, texts[index].file).then((made) => void (digests[index] = { document: made, fingerprint: digest(text), personRows: readPersonRows(made) })));
      },
    );
    if (here !== undefined) await makeHere(here);
    await workers.done;
    await Promise.all(parsing);
  } else {
    for (const index of missing) await makeHere(index);
    // every digest was kept: one is made again here all the same (the same document)
    if (request.warm && missing.length === 0 && texts.length > 0) await makeHere(0);
  }
  keys.forEach((key, index) => digests[index] && cache?.setDigest(key, digests[index]));
  cache?.keepDigests(new Set(keys));
  const personRows = new Map<string, Array<[string, string]>>();
  digests.forEach((made, index) => made && personRows.set(texts[index].path, made.personRows));
  return { digests: digests.filter((made): made is MadeDigest => made !== undefined), personRows, inWorkers };
}

/** A text for a worker: as XML text when it is not its file as it stands, else nothing (the worker reads the file). */
export function textSource(text: PageText): string | undefined {
  return text.ownFile || !text.document ? undefined : serializeDocument(text.document);
}
