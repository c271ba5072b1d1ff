/**
 * Importer for seed 002, the OCR of *Lenin's Fight Against Stalinism* (Pathfinder, 1975): one TEI
 * document per work, with recovered page breaks, endnotes at their anchors, corrections, persons
 * and dates tagged. Curation decisions live in the data tables of this folder.
 */
import type { ImportedDocument, Importer } from '../importer.js';
import type { LineItem } from './assemble.js';
import { blockLines, splitIntoBlocks, type Block } from './blocks.js';
import { CORRECTIONS, QUOTE_CORRECTIONS } from './corrections.js';
import { collectHyphenatedWords } from './dehyphenate.js';
import { renderDocument } from './document.js';
import { parseNotesSection, type Endnote } from './endnotes.js';
import { NOTE_ANCHORS, NOTE_AUTHORSHIP, type NoteAnchor } from './note-anchors.js';
import { classifyLines } from './page-furniture.js';
import { recoverPageBreaks } from './pages.js';
import { renderInline, type InlineContext } from './render-inline.js';
import { CurationDataError, SEED_FILE } from './errors.js';
import { WORKS, type Work } from './works.js';

export const SOURCE_ID = 'pathfinder-1975';

/** The book editor's prose: its square brackets are his own, not insertions into a document. */
const EDITOR_PROSE = new Set(['introduction', 'notes', 'biographical-notes', 'index', 'document', 'appendix']);

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'];

function noteAuthorship(note: Endnote, anchorWork: Work): { resp: string; type: string } {
  const listed = NOTE_AUTHORSHIP.find((entry) => entry.part === note.part && entry.n === note.n);
  if (listed) return { resp: listed.resp, type: listed.type === 'author' && anchorWork.authors[0].ref !== 'per:trotsky' ? 'editor' : listed.type };
  return { resp: 'per:block', type: 'editor' };
}

export function importPathfinder(seedText: string): ImportedDocument[] {
  const lines = seedText.split(/\r?\n/);
  const classified = classifyLines(lines);
  const pageBreaks = recoverPageBreaks(classified, WORKS);
  const hyphenatedWords = collectHyphenatedWords(lines);
  const used = new Set<object>();
  const corrections = [...CORRECTIONS, ...QUOTE_CORRECTIONS];

  const blocksOf = new Map<Work, Block[]>();
  for (const work of WORKS) blocksOf.set(work, splitIntoBlocks(lines, classified, pageBreaks, work));

  // the endnotes of each part, read from its notes section
  const notesOfPart = new Map<number, Endnote[]>();
  const notesPageBreaks = new Map<Work, number[]>();
  for (const work of WORKS.filter((entry) => entry.type === 'notes')) {
    const parsed = parseNotesSection(work.part!, blocksOf.get(work)!);
    notesOfPart.set(work.part!, parsed.notes);
    notesPageBreaks.set(work, parsed.pageBreaks);
  }

  const workOfAnchor = (anchor: NoteAnchor): Work => WORKS.find((work) => work.start <= anchor.line && anchor.line <= work.end)!;

  function contextFor(work: Work): InlineContext {
    const context: InlineContext = {
      hyphenatedWords,
      corrections,
      anchors: NOTE_ANCHORS.filter((anchor) => workOfAnchor(anchor) === work),
      markBrackets: !EDITOR_PROSE.has(work.type),
      // Trotsky's essay prints his own insertions into what he quotes; elsewhere the book's editor inserts
      bracketResp: work.type === 'essay' ? 'per:trotsky' : 'per:block',
      markCitations: EDITOR_PROSE.has(work.type),
      used,
      noteFor: (anchor) => {
        const note = notesOfPart.get(anchor.part)?.find((entry) => entry.n === anchor.n);
        if (!note) throw new CurationDataError(anchor.line, `note ${anchor.n} of part ${anchor.part} is anchored here but not printed in its notes section`);
        const { resp, type } = noteAuthorship(note, work);
        const noteContext: InlineContext = { ...context, anchors: [], markBrackets: false, markCitations: true };
        const paragraphs = note.paragraphs.map((items) => renderInline(items, noteContext));
        const content = paragraphs.length === 1 ? paragraphs[0] : paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
        const cert = anchor.cert ? ` cert="${anchor.cert}"` : '';
        used.add(note);
        return `<note xml:id="${work.id}-n${anchor.n}" n="${anchor.n}" type="${type}" place="end" resp="${resp}"${cert}>${content}</note>`;
      },
    };
    return context;
  }

  const documents: ImportedDocument[] = [];
  for (const work of WORKS) {
    const blocks = blocksOf.get(work)!;
    const context = contextFor(work);
    const sourceLineContext: InlineContext = { ...context, markBrackets: false, markCitations: false };
    const renderer = {
      inline: (items: Parameters<typeof renderInline>[0], options?: { sourceLine?: boolean }) =>
        renderInline(items, options?.sourceLine ? sourceLineContext : context),
    };
    const textLines = blocks.flatMap(blockLines);
    const firstLine = textLines[0] ?? work.start;
    const lastLine = textLines.at(-1) ?? work.end;
    let shownBlocks = blocks;
    let extra = '';
    if (work.type === 'notes') {
      // the notes themselves sit at their anchors; the section keeps its head and its page breaks
      const notes = notesOfPart.get(work.part!)!;
      const places = notes.map((note) => {
        const anchor = NOTE_ANCHORS.find((entry) => entry.part === note.part && entry.n === note.n);
        if (!anchor) throw new CurationDataError(undefined, `note ${note.n} of part ${note.part} has no anchor in note-anchors.ts`);
        const target = workOfAnchor(anchor);
        return `<ref target="${target.id}.xml#${target.id}-n${note.n}">${note.n}</ref>`;
      });
      shownBlocks = blocks.filter((block) => block.kind === 'head');
      extra =
        `<note type="edition" resp="per:edition">The ${notes.length} notes printed here are encoded at their anchors: ${places.join(', ')}.</note>` +
        (notesPageBreaks.get(work) ?? []).map((page) => `<pb n="${page}"/>`).join('');
    }
    if (work.type === 'index') {
      extra =
        '<note type="edition" resp="per:edition">The entries of the printed index (pp. 156–160) are not transcribed: the edition’s register of persons (persons.xml) ' +
        'and its search replace them (see the normalization declaration in the header). Only the index’s head and its opening note are kept.</note>';
    }
    const xml = renderDocument(work, shownBlocks, renderer, firstLine, lastLine, extra);
    documents.push({ path: `texts/${SOURCE_ID}/${work.id}.xml`, xml });
  }

  const unused = [...corrections, ...NOTE_ANCHORS].filter((entry) => !used.has(entry));
  if (unused.length > 0) {
    throw new CurationDataError(unused[0].line, `curation data not applied (not text of any work): lines ${unused.map((entry) => entry.line).join(', ')}`);
  }
  for (const [part, notes] of notesOfPart) {
    const missing = notes.filter((note) => !used.has(note));
    if (missing.length > 0) throw new CurationDataError(undefined, `Notes to Part ${ROMAN[part]}: notes ${missing.map((note) => note.n).join(', ')} have no anchor`);
  }
  return documents;
}

export { SEED_FILE };

export const pathfinderImporter: Importer = {
  sourceId: SOURCE_ID,
  seedFile: SEED_FILE,
  importSeed: importPathfinder,
};

