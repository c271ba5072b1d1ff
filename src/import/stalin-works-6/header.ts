/** The TEI header of a document of the volume. */
import { dateAttributes } from './body.js';
import { dateElement } from './inline.js';
import { NOISE_DESCRIPTION } from './noise.js';
import type { DateValue, WorkSpec } from './works.js';
import { escapeXml } from './xml.js';
import { EDITION_RESP_STMT, listPrefixDef, publicationStmt } from '../shared/edition-header.js';

export const SOURCE_ID = 'stalin-works-6';

export interface HeaderInput {
  documentId: string;
  work: WorkSpec;
  pages: { from: string; to: string };
  /** Words describing the corrections made in this document (line numbers). */
  corrections: string[];
  keyword: string;
}

const AUTHORS: Record<WorkSpec['author'], string> = {
  stalin: '<author ref="per:stalin">J. V. Stalin</author>',
  'mel-institute': '<author ref="per:mel-institute">Marx-Engels-Lenin Institute of the C.C., C.P.S.U.(B.)</author>',
};

function dateText(value: DateValue): string {
  if (value.from && value.to) return `${value.from} – ${value.to}`;
  return value.when ?? '';
}

export function header(input: HeaderInput): string {
  const { work, documentId } = input;
  const firstPublication = work.source
    ? `\n        <bibl type="firstPublication">${escapeXml(work.source.description)}${
        work.source.value ? ` ${dateElement(escapeXml(dateText(work.source.value)), dateAttributes(work.source.value))}` : ''
      }</bibl>`
    : '';
  const creation = work.created
    ? `\n    <creation>${escapeXml(capitalise(work.created.what))}: ${dateElement(
        escapeXml(dateText(work.created.value)),
        dateAttributes(work.created.value),
      )}${work.created.value.evidence ? ` (${escapeXml(work.created.value.evidence)})` : ''}</creation>`
    : '';
  const corrections = input.corrections.length
    ? ` In this document: ${escapeXml(input.corrections.join('; '))}.`
    : '';
  return `<teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">${escapeXml(work.title)}</title>
        ${AUTHORS[work.author]}
        ${EDITION_RESP_STMT}
      </titleStmt>
      ${publicationStmt('Encoding and annotation: CC BY 4.0. The text as published by the source.', '      ', '  ')}
      <sourceDesc>
        <bibl type="source">
          <ptr target="src:${SOURCE_ID}"/>
          <citedRange unit="page" from="${input.pages.from}" to="${input.pages.to}"/>
          <citedRange unit="line" from="${work.start}" to="${work.end}"/>
        </bibl>${firstPublication}
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl>
        <correction><p>Corrections of the source are recorded as choice/sic/corr with @resp="per:edition"; the printed reading stays in sic. Hyphenated compounds that the PDF converter merged at line ends (“workingclass”, “nonParty”) are restored from the hyphenated forms the volume prints elsewhere, also as corrections.${corrections}</p></correction>
        <normalization><p>${escapeXml(NOISE_DESCRIPTION)} Pages: a pb at the start of every printed page. The seed prints few page numbers; the others are counted from the pages’ first lines (which start with a space) between anchors — the printed numbers and the notes’ “p. N” back-references. Pages whose start the seed does not show are placed at a paragraph start and marked type="inferred" with cert="medium"; blank pages are type="blank". The Preface’s pages are numbered v–vi by the edition (cert="low"). The Institute’s numbered notes are moved from the notes section to their markers (note place="end"); the asterisk footnotes from the foot of the page to their markers (note place="foot"), continuations on later pages stay where printed and are linked by @prev/@next. Paragraph breaks are inferred from short lines ending a sentence.</p></normalization>
        <hyphenation eol="some"><p>Line-end hyphens left at page breaks are removed where the joined word is known from the volume, otherwise kept; the converter had already removed the others.</p></hyphenation>
        <quotation marks="all"><p>Quotation marks are kept as printed.</p></quotation>
      </editorialDecl>
      ${listPrefixDef('      ', '  ')}
    </encodingDesc>
    <profileDesc>${creation}
      <textClass><keywords><term>${escapeXml(input.keyword)}</term></keywords></textClass>
    </profileDesc>
    <revisionDesc>
      <change when="2026-11-22" who="per:edition">Imported by src/import/stalin-works-6/; curated by hand.</change>
    </revisionDesc>
  </teiHeader>`.replace(`<title type="main">`, `<title type="main">`) + '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function documentXml(documentId: string, headerXml: string, bodyXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="../../../schemas/tei-edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${documentId}">
  ${headerXml}
  <text>
    <body>
${bodyXml}
    </body>
  </text>
</TEI>
`;
}
