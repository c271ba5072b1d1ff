/**
 * Prepares the seed's lines for the documents: noise cut, footnotes and endnotes taken out and put
 * at their markers (as placeholders), corrections applied, page starts known.
 */
import { CORRECTIONS } from './corrections.js';
import { MISSING_NOTES, NOTES_COUNT, readEndnotes, type Endnote } from './endnotes.js';
import { FOOTNOTES, FOOTNOTE_RESP, type FootnoteSpec } from './footnotes.js';
import { Insertions, render, tagText } from './inline.js';
import { buildLexicon, isLetterSpaced, LETTER_SPACED_WORDS, rejoinSpaced, repairLetterSpacing, type Lexicon } from './letter-spacing.js';
import { findNoteMarkers, type NoteMarker } from './note-markers.js';
import { cleanLine, isNoiseLine, PAGE_NUMBER_LINES } from './noise.js';
import { reconstructPages, type PageProblem, type PageStart } from './pages.js';
import { WORKS } from './works.js';
import { seedError } from './seed-error.js';
import { escapeXml } from './xml.js';

/** Where the Institute's notes section begins; markers are searched before it. */
export const NOTES_SECTION_LINE = 10956;
export const CHRONICLE_LINE = 11670;

/** Reviewed page data (see pages.ts): part-title pages with a blank verso, false page starts. */
const BLANK_PAGE_BEFORE = [107, 5153];
/** Note beginnings in the notes section that start with a space without starting a page. */
const NOT_PAGE_STARTS = [11443, 11459, 11632, 11633, 11638, 11646, 11649, 11659];
/** The Preface's two pages (unnumbered in the seed; numbered as front matter). */
const FRONT_PAGES = [
  { line: 1, n: 'v' },
  { line: 20, n: 'vi' },
];
/**
 * Lines that end inside a word: the watermark cut "Janu|COMMERCIAL|ary" (11455); a footnote was
 * pasted into "capi|talism" (3077), "prole|tarian" (9328), "revolu|tion" (9986). They join the next
 * line without a space; "bourgeois|democratic" (2738) lost its hyphen there too, which the compound
 * lexicon restores.
 */
const JOIN_WITHOUT_SPACE = new Set([2738, 3077, 9328, 9986, 11455]);

export interface Volume {
  /** 1-based: `text[line]` is the line's running text (placeholders for inserted elements). */
  text: string[];
  raw: string[];
  insertions: Insertions;
  pages: PageStart[];
  pageProblems: PageProblem[];
  markers: NoteMarker[];
  unfoundMarkers: number[];
  endnotes: Map<number, Endnote>;
  /** Which document each note marker went to (n → document id). */
  noteDocument: Map<number, string>;
  lexicon: Lexicon;
  joinWithoutSpace: Set<number>;
  /** Lines taken out of the running text (footnote text). */
  removed: Set<number>;
}

export function documentIdAt(line: number): string {
  const work = [...WORKS].reverse().find((candidate) => candidate.start <= line);
  return `sw6-${work ? work.key : WORKS[0].key}`;
}

export function pageId(documentId: string, n: string): string {
  return `${documentId}-p${n}`;
}

export function prepareVolume(seedText: string): Volume {
  const raw = ['', ...seedText.replace(/\r\n?/g, '\n').split('\n')];
  const text = raw.map((line, index) => (index === 0 ? '' : cleanLine(line, index)));
  const insertions = new Insertions();
  const lexicon = buildLexicon(text);
  const removed = new Set<number>();
  const isNoise = (line: number) => isNoiseLine(raw[line] ?? '', line);

  const pageResult = reconstructPages({
    lines: raw.slice(1),
    firstArabicLine: WORKS[1].start,
    frontPages: FRONT_PAGES,
    knownStarts: [...WORKS.map((work) => work.start), ...pageNumberGroupStarts(raw, isNoise)],
    anchors: [],
    blankPageBefore: BLANK_PAGE_BEFORE,
    notStarts: NOT_PAGE_STARTS,
    isNoise,
  });

  const { markers, unfound } = findNoteMarkers(text.slice(1), NOTES_SECTION_LINE - 1, NOTES_COUNT);
  const endnotes = readEndnotes(raw.slice(1), isNoise);
  // Second pass of the page reconstruction, now with the notes' back-references as anchors.
  const anchors = [
    ...[...PAGE_NUMBER_LINES].map(([line, page]) => ({ line: groupStart(raw, line, isNoise), page, why: 'printed page number' })),
    ...markers.flatMap((marker) => {
      const page = endnotes.get(marker.n)?.page;
      return page ? [{ line: marker.line, page, why: `note ${marker.n}` }] : [];
    }),
  ];
  const { pages, problems } = reconstructPages({
    lines: raw.slice(1),
    firstArabicLine: WORKS[1].start,
    frontPages: FRONT_PAGES,
    knownStarts: [...WORKS.map((work) => work.start), ...pageNumberGroupStarts(raw, isNoise)],
    anchors,
    blankPageBefore: BLANK_PAGE_BEFORE,
    notStarts: NOT_PAGE_STARTS,
    isNoise,
  });
  void pageResult;

  const volume: Volume = {
    text, raw, insertions, pages, pageProblems: problems, markers, unfoundMarkers: unfound, endnotes,
    noteDocument: new Map(), lexicon, joinWithoutSpace: JOIN_WITHOUT_SPACE, removed,
  };

  applyLineEdits(volume, (line) => line >= NOTES_SECTION_LINE && line < CHRONICLE_LINE);
  // Endnote markers → notes (right to left within a line keeps the columns valid).
  for (const marker of [...markers].sort((a, b) => b.line - a.line || b.column - a.column)) {
    const documentId = documentIdAt(marker.line);
    volume.noteDocument.set(marker.n, documentId);
    const line = text[marker.line];
    const note = endnoteXml(volume, marker.n, documentId);
    // The marker is set off by a space in the PDF text; the note follows its word directly.
    text[marker.line] = line.slice(0, marker.column).replace(/\s+$/, '') + insertions.put(note) + line.slice(marker.column + marker.length);
  }
  for (const spec of FOOTNOTES) placeFootnote(volume, spec);
  applyLineEdits(volume, (line) => line < NOTES_SECTION_LINE || line >= CHRONICLE_LINE);
  return volume;
}

/**
 * The reviewed edits of single lines: letter-spaced words of the print, corrections. Lines of the
 * notes section are edited before the notes are built from them, the others after the notes and
 * footnotes are placed (whose columns they would otherwise shift).
 */
function applyLineEdits(volume: Volume, which: (line: number) => boolean): void {
  const { text, insertions } = volume;
  for (const words of LETTER_SPACED_WORDS.filter((entry) => which(entry.line))) {
    const line = text[words.line];
    const at = line.indexOf(words.spaced);
    if (at < 0) throw seedError(words.line, `the letter-spaced words “${words.spaced}” are expected on this line`);
    const hi = `<hi rend="letter-spaced">${escapeXml(rejoinSpaced(words.spaced.replace(/^(?:\p{Lu}\. )+/u, '')))}</hi>`;
    const initials = /^(?:\p{Lu}\. )+/u.exec(words.spaced)?.[0] ?? '';
    const xml = words.person ? `<persName ref="per:${words.person}">${escapeXml(initials)}${hi}</persName>` : hi;
    text[words.line] = line.slice(0, at) + insertions.put(xml) + line.slice(at + words.spaced.length);
  }
  for (const correction of CORRECTIONS.filter((entry) => which(entry.line))) {
    const line = text[correction.line];
    const at = line.indexOf(correction.sic);
    if (at < 0) throw seedError(correction.line, `the correction expects “${correction.sic}” on this line`);
    const xml = `<choice><sic>${escapeXml(correction.sic)}</sic><corr resp="per:edition">${tagText(correction.corr)}</corr></choice>`;
    text[correction.line] = line.slice(0, at) + insertions.put(xml) + line.slice(at + correction.sic.length);
  }
}

function groupStart(raw: string[], line: number, isNoise: (line: number) => boolean): number {
  let start = line;
  while (start > 1 && (isNoise(start - 1) || raw[start - 1].trim() === '')) start--;
  while (raw[start].trim() === '') start++;
  return start;
}

function pageNumberGroupStarts(raw: string[], isNoise: (line: number) => boolean): number[] {
  return [...PAGE_NUMBER_LINES.keys()].map((line) => groupStart(raw, line, isNoise));
}

/** Repairs letter spacing of a line (outside placeholders). */
export function repairLine(text: string, lexicon: Lexicon): string {
  if (!isLetterSpaced(text.replace(/\uE000\d+\uE001/g, ' '))) return text;
  return text
    .split(/(\uE000\d+\uE001)/)
    .map((piece, index) => (index % 2 === 1 ? piece : repairLetterSpacing(piece, lexicon)))
    .join('');
}

/** Joins note lines into one running text (`glued`: lines after which no space goes). */
function joinNoteLines(lines: string[], glued: boolean[] = []): string {
  let result = '';
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (!result) result = trimmed;
    else if (glued[index - 1]) result += trimmed;
    else if (/\p{L}-$/u.test(result)) result = result.slice(0, -1) + trimmed;
    else if (/—$/.test(result)) result += trimmed;
    else result += ' ' + trimmed;
  }
  return result;
}

function endnoteXml(volume: Volume, n: number, documentId: string): string {
  const open = `<note xml:id="${documentId}-n${n}" n="${n}" type="editor" place="end" resp="per:mel-institute">`;
  if (MISSING_NOTES.includes(n)) {
    return `${open}<gap reason="missing" resp="per:edition"><desc>The seed prints no text for note ${n}; it is not supplied.</desc></gap></note>`;
  }
  const note = volume.endnotes.get(n);
  if (!note) throw seedError(NOTES_SECTION_LINE, `no text for note ${n} in the notes section`);
  const parts: string[] = [];
  let pending: number[] = [];
  const flush = () => {
    const lines = pending.map((line) => repairLine(volume.text[line], volume.lexicon));
    const glued = pending.map((line) => volume.joinWithoutSpace.has(line));
    if (pending.length) parts.push(render(joinNoteLines(lines, glued), volume.insertions));
    pending = [];
  };
  for (const line of note.lines) {
    if (line.displaced) {
      flush();
      parts.push(` <choice><sic>${escapeXml(line.text.trim())}</sic><corr resp="per:edition"/></choice> `);
    } else if (line.line === note.backReferenceLine) {
      flush();
      parts.push(` <ref type="back-reference" target="#${pageId(documentId, String(note.page))}">${escapeXml(line.text.trim())}</ref>`);
    } else {
      pending.push(line.line);
    }
  }
  flush();
  const displacedBackReference = note.backReferenceLine !== undefined && !note.lines.some((line) => line.line === note.backReferenceLine);
  if (displacedBackReference) {
    parts.push(
      ` <supplied reason="displaced" resp="per:edition"><ref type="back-reference" target="#${pageId(documentId, String(note.page))}">p. ${note.page}</ref></supplied>`,
    );
  }
  return `${open}${parts.join('').trim()}</note>`;
}

function placeFootnote(volume: Volume, spec: FootnoteSpec): void {
  const { text, insertions } = volume;
  const segmentTexts = spec.segments.map((segment) => {
    const pieces: string[] = [];
    for (let line = segment.from; line <= segment.to; line++) {
      if (line === segment.from && segment.startsWith) {
        const at = text[line].indexOf(segment.startsWith);
        if (at < 0) throw seedError(line, `the footnote text “${segment.startsWith}” is expected on this line`);
        pieces.push(text[line].slice(at));
        text[line] = text[line].slice(0, at);
      } else {
        pieces.push(text[line]);
        text[line] = '';
        volume.removed.add(line);
      }
    }
    return joinNoteLines(pieces.map((piece) => repairLine(piece, volume.lexicon)));
  });
  const documentId = documentIdAt(spec.anchor.line);
  const id = `${documentId}-fn${spec.anchor.line}`;
  const resp = FOOTNOTE_RESP[spec.resp];
  const head = (index: number) => {
    const idAttribute = index === 0 ? id : `${id}-${index + 1}`;
    const links =
      (index > 0 ? ` prev="#${index === 1 ? id : `${id}-${index}`}"` : '') +
      (index < spec.segments.length - 1 ? ` next="#${id}-${index + 2}"` : '');
    return `<note xml:id="${idAttribute}"${index === 0 ? ` n="${spec.marker}"` : ''} type="${spec.resp}" place="foot" resp="${resp}"${links}>`;
  };
  segmentTexts.forEach((segmentText, index) => {
    const content = index === 0 ? segmentText.replace(/^\*+\s*/, '') : segmentText;
    const xml = `${head(index)}${render(content, insertions)}</note>`;
    if (index === 0) {
      const line = text[spec.anchor.line];
      const at = line.indexOf(spec.anchor.text);
      if (at < 0) throw seedError(spec.anchor.line, `the footnote marker “${spec.anchor.text}” is expected on this line`);
      const markerAt = line.indexOf(spec.marker, at);
      text[spec.anchor.line] = line.slice(0, markerAt) + insertions.put(xml) + line.slice(markerAt + spec.marker.length);
    } else {
      // A continuation stays where the source prints it, at the foot of its page.
      const segment = spec.segments[index];
      text[segment.from] = insertions.put(xml);
      volume.removed.delete(segment.from);
    }
  });
  for (const extra of spec.alsoAnchors ?? []) {
    const line = text[extra.line];
    const at = line.indexOf(extra.text);
    if (at < 0) throw seedError(extra.line, `the footnote marker “${extra.text}” is expected on this line`);
    const markerAt = line.indexOf(spec.marker, at);
    text[extra.line] = line.slice(0, markerAt) + insertions.put(`<ref type="footnote-marker" target="#${id}">${spec.marker}</ref>`) + line.slice(markerAt + 1);
  }
}
