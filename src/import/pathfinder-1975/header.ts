/** The TEI header of one work of the Pathfinder volume, following docs/encoding.md. */
import { escapeAttribute, escapeXml } from './spans.js';
import type { Work, WorkDate } from './works.js';
import { EDITION_RESP_STMT, listPrefixDef, publicationStmt } from '../shared/edition-header.js';

const NORMALIZATION = [
  'Dropped as noise, not edition text: the OCR of the cover, spine and library stamp (seed lines 1–18, 41–53), the Internet Archive digitisation notice (25–30),',
  'stray marks (180, 1223–1226, 8423), the library card and due-date slip (8382–8411) and the back-cover codes (8464–8467);',
  'the running heads (“NN Lenin’s Fight Against Stalinism” on even pages, “<part title> NN” on odd pages) and the bare page numbers at the foot of part-opening pages,',
  'whose numbers are kept in pb/@n; and the entries of the printed index (7671–8380), which the edition’s register (persons.xml) replaces.',
  'Endnotes printed at the end of each part are moved to their anchors; the superscript note numbers, which the OCR read as !, ?, ’, ®, ° and the like,',
  'are kept as sic and corrected to nothing, the printed number going to note/@n. Four markers are invisible in the scan; the edition placed those notes by their sense and gave them @cert.',
].join(' ');

const CORRECTION =
  'OCR errors and a few misprints are corrected as choice/sic/corr with @resp="per:edition"; the erroneous reading stays as sic. ' +
  'Nothing is corrected silently; spelling, capitalisation and quotation marks are otherwise kept as printed.';

function dateAttributes(date: WorkDate): string {
  const names: (keyof WorkDate)[] = ['when', 'from', 'to', 'notBefore', 'notAfter', 'cert'];
  return names
    .filter((name) => date[name] !== undefined)
    .map((name) => ` ${name}="${escapeAttribute(String(date[name]))}"`)
    .join('');
}

export function renderHeader(work: Work, firstLine: number, lastLine: number): string {
  const authors = work.authors.map((author) => `<author ref="${author.ref}">${escapeXml(author.name)}</author>`).join('');
  const pages = work.pages[0] > 0 ? `<citedRange unit="page" from="${work.pages[0]}" to="${work.pages[1]}"/>` : '';
  const part = work.part ? `<citedRange unit="part">Part ${['', 'I', 'II', 'III', 'IV', 'V', 'VI'][work.part]}</citedRange>` : '';
  const evidence = work.date.evidence ? `<note type="edition" resp="per:edition">Date: ${escapeXml(work.date.evidence)}</note>` : '';
  const keywords = work.keywords ? `<textClass><keywords><term>${work.keywords}</term></keywords></textClass>` : '';
  return `<teiHeader>
<fileDesc>
<titleStmt><title type="main">${escapeXml(work.title)}</title>${authors}${EDITION_RESP_STMT}</titleStmt>
${publicationStmt('CC BY 4.0 for the encoding; the source text is quoted for scholarly edition.', '', '')}
<sourceDesc><bibl><ptr target="src:pathfinder-1975"/>${part}${pages}<citedRange unit="line" from="${firstLine}" to="${lastLine}"/>${evidence}</bibl></sourceDesc>
</fileDesc>
<encodingDesc>
<editorialDecl>
<correction><p>${escapeXml(CORRECTION)}</p></correction>
<normalization><p>${escapeXml(NORMALIZATION)}</p></normalization>
<hyphenation eol="hard"><p>Line-end hyphens that only split a word are removed; a hyphen is kept where the word is really hyphenated (it is printed so elsewhere in the book, or the next line starts with a capital). A word split across a page break keeps its pb inside the word, without a space.</p></hyphenation>
<quotation><p>Quotation marks kept as printed. Where the OCR garbled a double quotation mark into single ones (“‘, ‘‘, ’’) or added a stray one, the mark is corrected as choice/sic/corr.</p></quotation>
</editorialDecl>
${listPrefixDef('', '')}
</encodingDesc>
<profileDesc>
<creation><date${dateAttributes(work.date)}>${escapeXml(work.date.text)}</date></creation>
${keywords}</profileDesc>
<revisionDesc><change when="2026-11-22" who="per:edition">Imported by src/import/pathfinder-1975 from the OCR of the book.</change></revisionDesc>
</teiHeader>`;
}
