/**
 * The parts of a text's teiHeader that every importer writes alike: who encoded it, how it is
 * published, and the edition's pointer prefixes (docs/encoding.md: `per:` leads to the
 * personography, `src:` to the sources).
 */
const PREFIX_DEFINITIONS = [
  '<prefixDef ident="per" matchPattern="([a-z0-9\\-]+)" replacementPattern="../../persons.xml#$1"/>',
  '<prefixDef ident="src" matchPattern="([a-z0-9\\-]+)" replacementPattern="../../sources.xml#$1"/>',
];

export const EDITION_RESP_STMT =
  '<respStmt><resp>Encoded and annotated by</resp><orgName ref="per:edition">tei-edition editors</orgName></respStmt>';

/** The `listPrefixDef` element, its first line unindented (it follows the caller's indent), children one step deeper. */
export function listPrefixDef(indent = '', step = '  '): string {
  return ['<listPrefixDef>', ...PREFIX_DEFINITIONS.map((line) => `${indent}${step}${line}`), `${indent}</listPrefixDef>`].join('\n');
}

/** The edition's `publicationStmt`, laid out like `listPrefixDef`. */
export function publicationStmt(licence: string, indent = '', step = '  '): string {
  return [
    '<publicationStmt>',
    `${indent}${step}<publisher>tei-edition</publisher>`,
    `${indent}${step}<date when="2026">2026</date>`,
    `${indent}${step}<availability><licence>${licence}</licence></availability>`,
    `${indent}</publicationStmt>`,
  ].join(step || indent ? '\n' : '');
}
