/**
 * Renders the printed lines of one block as TEI phrase content: corrections, note markers with
 * their notes, editorial brackets, persons and dates, page and line breaks.
 */
import { assemble, offsetOfLine, type AssembledText, type BlockItem } from './assemble.js';
import type { Correction } from './corrections.js';
import { SPECIAL_DATES, tagDates, type SpecialDate } from './dates.js';
import type { NoteAnchor } from './note-anchors.js';
import { tagPersons } from './persons.js';
import { escapeXml, serialise, SpanSet } from './spans.js';
import { CurationDataError } from './errors.js';

export { CurationDataError };


export interface InlineContext {
  hyphenatedWords: Set<string>;
  corrections: Correction[];
  anchors: NoteAnchor[];
  /** The complete `note` element for an anchor. */
  noteFor(anchor: NoteAnchor): string;
  /** Editorial square brackets in documents (not in the editor's own prose) become `seg` with this @resp. */
  markBrackets: boolean;
  bracketResp: string;
  /** References in the editor's prose and notes ("(Collected Works, vol. 27, p. 249)") become `bibl type="citation"`. */
  markCitations: boolean;
  /** Everything located, for the check that no curated datum was left unused. */
  used: Set<object>;
}

const CORRECTION_RANK = 2;
const SEG_RANK = -1;

/** Finds `before + target` on seed line `line`; returns the offset of `target`. */
function locate(assembled: AssembledText, line: number, before: string, target: string, what: string): number {
  const lineStart = offsetOfLine(assembled, line);
  if (lineStart < 0) throw new CurationDataError(line, `${what}: the line is not text of this block`);
  const index = assembled.text.indexOf(before + target, Math.max(0, lineStart - before.length));
  const at = index + before.length;
  // the located characters (or, for an invisible marker, the character before it) must be on `line`
  const probe = target ? at : at - 1;
  if (index < 0 || assembled.origin[probe]?.line !== line) {
    throw new CurationDataError(line, `${what}: “${before}${target}” not found (the line reads “${assembled.text.slice(lineStart, lineStart + 70)}”)`);
  }
  return at;
}

const STAGE_DIRECTION = /^\[(?:laugh|applause|stormy|prolonged)/;
const CITATION_RANK = -2;
/** A parenthesis or bracket (one level of nesting allowed) that cites a volume, pages or a publisher. */
const CITATION = /\((?:[^()\[\]]|\([^()]*\)|\[[^\[\]]*\])*?(?:vol\. \d|pp?\. \d|Press|Publishers)(?:[^()\[\]]|\([^()]*\)|\[[^\[\]]*\])*?\)|\[(?:[^\[\]()]|\([^()]*\))*?(?:vol\. \d|pp?\. \d|Press|Publishers)(?:[^\[\]()]|\([^()]*\))*?\]/g;

export function renderInline(items: BlockItem[], context: InlineContext): string {
  const assembled = assemble(items, context.hyphenatedWords);
  const spans = new SpanSet();
  const lines = new Set(assembled.lines);

  for (const correction of context.corrections.filter((entry) => lines.has(entry.line))) {
    const start = locate(assembled, correction.line, correction.before ?? '', correction.sic, 'correction');
    const corr = correction.corr === '' ? '<corr resp="per:edition"/>' : `<corr resp="per:edition">${escapeXml(correction.corr)}</corr>`;
    if (!spans.add({ start, end: start + correction.sic.length, open: '<choice><sic>', close: `</sic>${corr}</choice>`, rank: CORRECTION_RANK })) {
      throw new CurationDataError(correction.line, 'correction overlaps another correction');
    }
    context.used.add(correction);
  }

  for (const anchor of context.anchors.filter((entry) => lines.has(entry.line))) {
    const start = locate(assembled, anchor.line, anchor.before, anchor.marker, `note ${anchor.n} of part ${anchor.part}`);
    const end = start + anchor.marker.length;
    if (anchor.marker) {
      const corr = anchor.corr ? `<corr resp="per:edition">${escapeXml(anchor.corr)}</corr>` : '<corr resp="per:edition"/>';
      if (!spans.add({ start, end, open: '<choice><sic>', close: `</sic>${corr}</choice>`, rank: CORRECTION_RANK })) {
        throw new CurationDataError(anchor.line, `note ${anchor.n} of part ${anchor.part}: its marker overlaps a correction`);
      }
    }
    spans.insert(end, context.noteFor(anchor));
    context.used.add(anchor);
  }

  if (context.markBrackets) {
    // A bracket the OCR closed with "}" (corrected to "]") is still the editor's insertion.
    for (const match of assembled.text.matchAll(/\[[^\[\]{}]{1,200}[\]}]/g)) {
      const stage = STAGE_DIRECTION.test(match[0]);
      const open = stage ? '<seg type="stage">' : `<seg type="editorial" resp="${context.bracketResp}">`;
      spans.add({ start: match.index, end: match.index + match[0].length, open, close: '</seg>', rank: SEG_RANK });
    }
  }

  if (context.markCitations) {
    for (const match of assembled.text.matchAll(CITATION)) {
      spans.add({ start: match.index, end: match.index + match[0].length, open: '<bibl type="citation">', close: '</bibl>', rank: CITATION_RANK });
    }
  }

  const specials: { start: number; date: SpecialDate }[] = [];
  for (const date of SPECIAL_DATES.filter((entry) => lines.has(entry.line))) {
    specials.push({ start: locate(assembled, date.line, '', date.text, 'special date'), date });
    context.used.add(date);
  }
  tagPersons(assembled.text, spans);
  tagDates(assembled.text, spans, specials);
  return serialise(assembled, spans);
}

/** Only the plain text of the items (for classifying lines). */
export function plainText(items: BlockItem[], hyphenatedWords: Set<string>): string {
  return assemble(items, hyphenatedWords).text;
}
