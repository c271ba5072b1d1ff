/**
 * Authority ids of a register entry as URIs, from its `idno`s and `@ref`/`@sameAs` — exactly as the
 * register states them (an id is never looked up or guessed).
 */
import { authorityInUrl } from '../lint/authority-ids.js';
import { attr, childElements, textContent, type XmlElement } from '../xml/model.js';

/** idno/@type → the URI an id of that authority file has. */
const URI_OF: Record<string, (id: string) => string> = {
  wikidata: (id) => `http://www.wikidata.org/entity/${id}`,
  viaf: (id) => `https://viaf.org/viaf/${id}`,
  gnd: (id) => `https://d-nb.info/gnd/${id}`,
  geonames: (id) => `https://www.geonames.org/${id}`,
};

export function authorityUris(entry: XmlElement): string[] {
  const uris: string[] = [];
  for (const idno of childElements(entry, 'idno')) {
    const value = textContent(idno).trim();
    if (!value) continue;
    if (/^https?:\/\//.test(value)) uris.push(value);
    else {
      const toUri = URI_OF[(attr(idno, 'type') ?? '').toLowerCase()];
      if (toUri && /^[A-Za-z0-9-]+$/.test(value)) uris.push(toUri(value));
    }
  }
  for (const name of ['ref', 'sameAs']) {
    for (const token of (attr(entry, name) ?? '').split(/\s+/)) if (/^https?:\/\//.test(token)) uris.push(token);
  }
  return [...new Set(uris)];
}

/** The URIs correspSearch accepts as authority ids (GND, VIAF, Wikidata, GeoNames). */
export function isAuthorityFileUri(uri: string): boolean {
  return authorityInUrl(uri) !== undefined || /^https?:\/\/(www\.|sws\.)?geonames\.org\/\d+/.test(uri);
}
