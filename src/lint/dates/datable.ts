/** Elements whose @from/@to/@when … are not dates (pages, folios, stretches of text). */
const NOT_DATABLE = new Set(['citedRange', 'biblScope', 'locus', 'locusGrp', 'span', 'spanGrp', 'alt', 'joinGrp', 'precision']);

export function isDatable(elementName: string): boolean {
  return !NOT_DATABLE.has(elementName);
}
