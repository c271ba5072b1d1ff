/**
 * Where each of the 48 endnotes is anchored. The OCR read the superscript numbers as `!`, `?`, `’`,
 * `®`, `°`, `*`, letters or digits; each was resolved by order within its part against the part's
 * notes. `before` is the printed text just before the marker on that line, `marker` the OCR'd
 * marker (kept as `sic`, corrected to nothing). Three markers are not visible at all: their place
 * is the edition's judgment (`cert`).
 */

export interface NoteAnchor {
  part: number;
  n: number;
  line: number;
  before: string;
  marker: string;
  /** What the marker's characters are read as, when they also hide printed text (a closing quote). */
  corr?: string;
  /** Set where the marker is invisible and the anchor is inferred. */
  cert?: 'medium' | 'low';
}

export const NOTE_ANCHORS: NoteAnchor[] = [
  { part: 2, n: 1, line: 1621, before: 'Krupskaya.', marker: '!' },
  { part: 2, n: 2, line: 1671, before: 'Bolshevik.”', marker: '?' },
  { part: 2, n: 3, line: 1683, before: 'nearest to it.”', marker: '', cert: 'low' },
  { part: 2, n: 4, line: 1766, before: 'respects', marker: '?' },
  { part: 2, n: 5, line: 2019, before: 'service.”', marker: '®' },
  { part: 2, n: 6, line: 2060, before: 'congress.', marker: '’', corr: '”' },
  { part: 2, n: 7, line: 2078, before: '’ ”', marker: '7' },
  { part: 2, n: 8, line: 2128, before: 'article', marker: '’' },
  { part: 2, n: 9, line: 2179, before: '(1922),', marker: '9' },
  { part: 2, n: 10, line: 2256, before: 'Dzhugashvili,', marker: '!°' },
  { part: 2, n: 11, line: 2264, before: 'regulation.”', marker: '!!' },
  { part: 2, n: 12, line: 2308, before: 'Better.', marker: '’', corr: '”' },
  { part: 2, n: 13, line: 2365, before: 'day', marker: '!’' },
  { part: 2, n: 14, line: 2379, before: 'congress.”', marker: '!4' },
  { part: 2, n: 15, line: 2460, before: 'subsequently.', marker: "'5" },
  { part: 2, n: 16, line: 2484, before: 'unions,', marker: '!®' },
  { part: 2, n: 17, line: 2589, before: 'Radek... ', marker: '17' },
  { part: 2, n: 18, line: 2778, before: 'testimonials.', marker: "'*" },
  { part: 3, n: 1, line: 3178, before: 'proved,', marker: "'" },
  { part: 3, n: 2, line: 3194, before: 'Kamenev', marker: '?' },
  { part: 4, n: 1, line: 3631, before: 'Committees).', marker: '!' },
  { part: 4, n: 2, line: 3632, before: 'capitalism.', marker: '2' },
  { part: 4, n: 3, line: 3963, before: 'crisis', marker: '?' },
  { part: 4, n: 4, line: 4610, before: 'first article', marker: '’' },
  { part: 4, n: 5, line: 5125, before: 'etc.', marker: '5' },
  { part: 4, n: 6, line: 5173, before: 'Lenin’s ', marker: 'ë' },
  { part: 4, n: 7, line: 5208, before: 'group,', marker: '’' },
  { part: 4, n: 8, line: 5284, before: 'big problem,”', marker: '', cert: 'low' },
  { part: 4, n: 9, line: 5309, before: 'parentheses.', marker: '°' },
  { part: 4, n: 10, line: 5377, before: 'Litovsk.', marker: '!°' },
  { part: 4, n: 11, line: 5388, before: 'Ruhr.', marker: "''" },
  { part: 5, n: 1, line: 5742, before: 'companies', marker: '!' },
  { part: 5, n: 2, line: 5778, before: '(Lenin)', marker: '?' },
  { part: 5, n: 3, line: 5814, before: 'poly,', marker: '*' },
  { part: 5, n: 4, line: 6005, before: 'request', marker: '‘' },
  { part: 5, n: 5, line: 6036, before: 'leave without worry.', marker: '', cert: 'medium' },
  { part: 5, n: 6, line: 6044, before: 'days ago.', marker: '', cert: 'medium' },
  { part: 5, n: 7, line: 6133, before: 'letter', marker: '?' },
  { part: 6, n: 1, line: 6316, before: '1956.', marker: "'" },
  { part: 6, n: 2, line: 6525, before: 'remiss', marker: '?' },
  { part: 6, n: 3, line: 6555, before: 'diary,', marker: '*' },
  { part: 6, n: 4, line: 6603, before: 'mind)', marker: '!' },
  { part: 6, n: 5, line: 6625, before: 'understood?', marker: '®' },
  { part: 6, n: 6, line: 6819, before: 'greetings,', marker: '®' },
  { part: 6, n: 7, line: 6881, before: 'forever.', marker: '’' },
  { part: 6, n: 8, line: 6888, before: '(bond)', marker: '?' },
  { part: 6, n: 9, line: 6950, before: 'Mussavatists, ', marker: '°' },
  { part: 6, n: 10, line: 7152, before: 'program,', marker: '!°' },
];

/** Who wrote a note, where the note is not simply the book editor's. */
export const NOTE_AUTHORSHIP: { part: number; n: number; resp: string; type: 'author' | 'editor'; reason: string }[] = [
  { part: 2, n: 4, resp: 'per:trotsky', type: 'author', reason: 'signed —L.T.' },
  { part: 2, n: 6, resp: 'per:trotsky per:block', type: 'author', reason: 'signed —L.T. and continued by the editor, —Ed.' },
  { part: 6, n: 5, resp: 'per:progress per:block', type: 'editor', reason: 'quotes a note of the Collected Works editors (Progress Publishers edition)' },
  { part: 6, n: 7, resp: 'per:trotsky', type: 'author', reason: 'signed —L,.T. (= —L.T.)' },
];
