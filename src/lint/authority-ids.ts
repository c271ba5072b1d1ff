/** Syntax of the authority ids an edition links persons to: Wikidata, VIAF, GND (with its check digit). */

export type Authority = 'wikidata' | 'viaf' | 'gnd';

export interface AuthorityReference {
  authority: Authority;
  id: string;
}

/** Recognises an authority file URL; other URLs are none of our business. */
export function authorityInUrl(url: string): AuthorityReference | undefined {
  const match = /^https?:\/\/([^/]+)(\/[^?#]*)/i.exec(url);
  if (!match) return undefined;
  const host = match[1].toLowerCase();
  const pathPart = match[2];
  if (host === 'www.wikidata.org' || host === 'wikidata.org' || host === 'm.wikidata.org') {
    const id = /^\/(?:wiki|entity)\/(?:Special:EntityPage\/)?([^/]*)\/?$/.exec(pathPart)?.[1];
    return { authority: 'wikidata', id: id ?? pathPart };
  }
  if (host === 'viaf.org' || host === 'www.viaf.org') {
    const id = /^\/viaf\/([^/]*)\/?$/.exec(pathPart)?.[1];
    return { authority: 'viaf', id: id ?? pathPart };
  }
  if (host === 'd-nb.info') {
    const id = /^\/gnd\/([^/]*)\/?$/.exec(pathPart)?.[1];
    return id === undefined ? undefined : { authority: 'gnd', id };
  }
  return undefined;
}

/** Undefined when valid, else why not. */
export function authorityIdProblem(reference: AuthorityReference): string | undefined {
  const { authority, id } = reference;
  switch (authority) {
    case 'wikidata':
      return /^[QPL][1-9]\d*$/.test(id) ? undefined : `"${id}" is not a Wikidata id (Q followed by digits, e.g. Q1394)`;
    case 'viaf':
      return /^[1-9]\d{0,21}$/.test(id) ? undefined : `"${id}" is not a VIAF id (digits only)`;
    case 'gnd':
      return gndProblem(id);
  }
}

/**
 * GND numbers: up to ten digits and a check character (0–9 or X), weights 2, 3, … from the right,
 * check = (11 − sum mod 11) mod 11. Numbers from the former SWD/GKD keep a hyphen before the check
 * character, computed as sum mod 11.
 */
export function gndProblem(id: string): string | undefined {
  const match = /^(\d{1,10})(-?)([\dX])$/.exec(id);
  if (!match) return `"${id}" is not a GND id (digits and a check character, e.g. 118571869)`;
  const [, digits, hyphen, check] = match;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i + 2);
  const value = hyphen ? sum % 11 : (11 - (sum % 11)) % 11;
  const expected = value === 10 ? 'X' : String(value);
  return expected === check ? undefined : `the check character of GND "${id}" should be ${expected}`;
}
