/**
 * Wraps an importer's body markup in the edition's TEI document: header after docs/encoding.md,
 * prefix declarations, schema association.
 */
import { escapeXml } from './escape-xml.js';
import { EDITION_RESP_STMT, listPrefixDef, publicationStmt } from './edition-header.js';

export interface DocumentAuthor {
  /** `per:` pointer target (a person or an org id). */
  id: string;
  name: string;
}

export interface DocumentDescription {
  id: string;
  title: string;
  authors: DocumentAuthor[];
  sourceId: string;
  lines: [number, number];
  /** Markup of `profileDesc/creation` (a `date` with its attributes). */
  creation: string;
  keywords: string[];
  /** Editorial principles, one paragraph each (plain text). */
  correction: string;
  normalization: string;
  /** Relative path of a witness of the same text in another source. */
  corresp?: string;
  /** Another part of the same work (a chapter of the same book), as a relative path. */
  otherPart?: { target: string; label: string };
  /** The importer, for the revision note. */
  importer: string;
  /** Markup inside `text` (front, body, back). */
  textContent: string;
}

export function buildTeiDocument(description: DocumentDescription): string {
  const authors = description.authors
    .map((author) => `        <author ref="per:${author.id}">${escapeXml(author.name)}</author>`)
    .join('\n');
  const keywords = description.keywords.map((keyword) => `<term>${escapeXml(keyword)}</term>`).join('');
  const otherPart = description.otherPart
    ? `\n          <relatedItem type="otherPart" target="${escapeXml(description.otherPart.target)}"/><!-- ${escapeXml(description.otherPart.label)} -->`
    : '';
  const corresp = description.corresp ? ` corresp="${escapeXml(description.corresp)}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="../../../schemas/tei-edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${description.id}">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main">${escapeXml(description.title)}</title>
${authors}
        ${EDITION_RESP_STMT}
      </titleStmt>
      ${publicationStmt('Encoding and annotation: CC BY 4.0. The text as published by the source.', '      ', '  ')}
      <sourceDesc>
        <bibl type="source">
          <ptr target="src:${description.sourceId}"/>
          <citedRange unit="line" from="${description.lines[0]}" to="${description.lines[1]}"/>${otherPart}
        </bibl>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl>
        <correction><p>${escapeXml(description.correction)}</p></correction>
        <normalization><p>${escapeXml(description.normalization)}</p></normalization>
        <hyphenation eol="none"><p>The source is a web text without line-end hyphenation; hyphens are kept as printed.</p></hyphenation>
        <quotation marks="all"><p>Quotation marks are kept as printed, also where they do not pair.</p></quotation>
      </editorialDecl>
      ${listPrefixDef('      ', '  ')}
    </encodingDesc>
    <profileDesc>
      <creation>${description.creation}</creation>
      <textClass><keywords>${keywords}</keywords></textClass>
    </profileDesc>
    <revisionDesc>
      <change when="2026-11-22" who="per:edition">Imported by ${escapeXml(description.importer)}; curated by hand.</change>
    </revisionDesc>
  </teiHeader>
  <text${corresp}>
${description.textContent}
  </text>
</TEI>
`;
}
