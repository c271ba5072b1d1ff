/**
 * The edition's pointer prefixes (docs/encoding.md): `per:` leads to the personography, `src:` to
 * the sources. Every importer declares them the same way in each text's encodingDesc.
 */
const PREFIX_DEFINITIONS = [
  '<prefixDef ident="per" matchPattern="([a-z0-9\\-]+)" replacementPattern="../../persons.xml#$1"/>',
  '<prefixDef ident="src" matchPattern="([a-z0-9\\-]+)" replacementPattern="../../sources.xml#$1"/>',
];

/** The `listPrefixDef` element, its first line unindented (it follows the caller's indent), children one step deeper. */
export function listPrefixDef(indent = '', step = '  '): string {
  return ['<listPrefixDef>', ...PREFIX_DEFINITIONS.map((line) => `${indent}${step}${line}`), `${indent}</listPrefixDef>`].join('\n');
}
