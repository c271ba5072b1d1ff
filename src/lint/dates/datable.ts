/**
 * Elements whose @from/@to/@when … are not dates: pages, folios, stretches of text, and pointers
 * (app/@from and app/@to of the location-referenced apparatus, arc/@from and arc/@to of a graph).
 */
const NOT_DATABLE = new Set(['citedRange', 'biblScope', 'locus', 'locusGrp', 'span', 'spanGrp', 'alt', 'joinGrp', 'precision', 'app', 'arc']);

export function isDatable(elementName: string): boolean {
  return !NOT_DATABLE.has(elementName);
}
