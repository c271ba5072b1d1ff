/**
 * The edition's corrections of the OCR (and of a few misprints), reviewed one by one against the
 * scan's evident reading. Each is encoded `<choice><sic>…</sic><corr resp="per:edition">…</corr></choice>`.
 * `find` locates the place on the seed line (it contains `sic` once, after `before`).
 */

export interface Correction {
  line: number;
  /** Text printed just before the erroneous characters on the same block (for locating them). */
  before?: string;
  sic: string;
  corr: string;
}

export const CORRECTIONS: Correction[] = [
  // title page
  { line: 21, sic: 'VLLENIN', corr: 'V.I. LENIN' },
  { line: 33, sic: 'V LLENIN', corr: 'V.I. LENIN' },
  // contents
  { line: 80, sic: '‘', corr: '' },
  { line: 97, before: 'Notes to Part ', sic: 'II', corr: 'III' }, // misprint: these are the notes to Part III
  { line: 122, sic: 'eel', corr: '111' },
  // Part I introduction
  { line: 193, sic: '_', corr: '' },
  { line: 284, before: 'founded', sic: '.', corr: ' ' },
  { line: 499, sic: 'nota', corr: 'not a' },
  { line: 950, sic: 'Ordzhonikdze', corr: 'Ordzhonikidze' },
  { line: 967, sic: 'annointed', corr: 'anointed' },
  { line: 989, before: 'request ', sic: 'the', corr: 'that' },
  { line: 1056, sic: 'proceeeded', corr: 'proceeded' },
  { line: 1095, sic: 'oppositonists', corr: 'oppositionists' },
  { line: 1112, sic: 'Illyich', corr: 'Ilyich' },
  { line: 1221, sic: 'š', corr: '' },
  { line: 1274, sic: 'Contro]', corr: 'Control' },
  { line: 1290, before: 'Opposition', sic: ',,', corr: ',' },
  { line: 1409, sic: 'Progess', corr: 'Progress' },
  // Trotsky, On Lenin's Testament
  { line: 1545, sic: 'itis', corr: 'it is' },
  { line: 1591, sic: '_', corr: '' },
  { line: 1985, sic: 'time“‘an', corr: 'time “an' },
  { line: 2215, sic: 'extrernely', corr: 'extremely' },
  { line: 2487, sic: 'mc', corr: 'me' },
  { line: 2630, sic: 'the the', corr: 'the' },
  { line: 2638, sic: 'T’’(', corr: 'T” (' },
  { line: 2689, sic: '‘', corr: '' },
  { line: 2791, sic: 'g ', corr: '' },
  { line: 2824, before: 'docu', sic: '-. ', corr: '' },
  // Part III
  { line: 3062, sic: "' ", corr: '' },
  { line: 3195, before: 'for it ', sic: 'he', corr: 'be' },
  { line: 3223, before: 'December 24', sic: ',', corr: ', ' },
  { line: 3251, sic: 'HI.', corr: 'III.' },
  { line: 3400, sic: '{', corr: '[' },
  { line: 3406, sic: 'Part IT', corr: 'Part II' },
  // Part IV
  { line: 3531, before: 'January 23, ', sic: '1922', corr: '1923' }, // misprint: the article is dated January 23, 1923 (p. 91)
  { line: 3541, sic: 'Cental', corr: 'Central' },
  { line: 3816, sic: '©', corr: '' },
  { line: 3990, before: 'editor. ', sic: '|', corr: ']' },
  { line: 4108, sic: 'be sic', corr: 'basic' },
  { line: 4148, sic: 'exient', corr: 'extent' },
  { line: 4195, sic: 'individualgae', corr: 'individually' },
  { line: 4177, sic: '{', corr: '[' },
  { line: 4309, sic: 'beeoming', corr: 'becoming' },
  { line: 4338, sic: 'lt', corr: 'It' },
  { line: 4467, sic: '{', corr: '[' },
  { line: 5034, sic: 'coiusummating', corr: 'consummating' },
  { line: 5165, sic: '{', corr: '[' },
  { line: 5218, before: '[laughter]', sic: '|', corr: '' },
  { line: 5270, sic: 'so-and-do', corr: 'so-and-so' },
  { line: 5306, sic: 'likea', corr: 'like a' },
  { line: 5317, sic: 'carrections', corr: 'corrections' },
  { line: 5422, before: 'applaud', sic: ')', corr: ']' },
  { line: 5465, sic: 'apppeared', corr: 'appeared' },
  // Part V
  { line: 5693, sic: 'tor', corr: 'for' },
  { line: 5853, sic: 'Š', corr: '' },
  { line: 5863, sic: 'Val:', corr: 'V.I.:' },
  { line: 6087, sic: '{', corr: '' },
  { line: 6156, sic: '{', corr: '[' },
  { line: 6184, sic: '{', corr: '[' },
  // Part VI
  { line: 6374, sic: 'Tommorow', corr: 'Tomorrow' },
  { line: 6477, sic: '{', corr: '[' },
  { line: 6444, before: 'RSFSR’', sic: '}', corr: ']' },
  { line: 6492, sic: 'shal]', corr: 'shall' },
  { line: 6663, before: 'point', sic: ':', corr: '' },
  { line: 6915, before: 'Azerbaidzhani', sic: ',', corr: ', ' },
  { line: 6810, sic: '-', corr: '' },
  { line: 6961, sic: 'stong', corr: 'strong' },
  { line: 7093, sic: 'ali', corr: 'all' },
  { line: 7104, sic: 'phenomen', corr: 'phenomena' },
  { line: 7162, sic: 'natioi:al', corr: 'national' },
  { line: 7284, sic: 'L,.T.', corr: 'L.T.' },
  // Biographical notes
  { line: 7360, sic: 'stuggle', corr: 'struggle' },
  { line: 7407, before: 'by', sic: '.', corr: '' },
  { line: 7542, sic: 'historjan', corr: 'historian' },
  // back cover
  { line: 8448, sic: 'colle tion', corr: 'collection' },
  { line: 8449, sic: 'Lewi __', corr: 'Lewin’s' },
  { line: 8450, sic: 'narmi', corr: 'Unarmed' },
  { line: 8453, sic: 'The.', corr: 'The' },
  { line: 8453, sic: 'Interregni', corr: 'Interregnum' },
  { line: 8457, sic: '‘', corr: '' },
  { line: 8461, sic: ',-', corr: ', ' },
];

/** The OCR's garbled quotation marks (a double quote read as two single ones, or with a stray one beside it). */
export const QUOTE_CORRECTIONS: Correction[] = [
  { line: 1296, before: 'Forty-Six.”', sic: '’', corr: '' },
  { line: 1670, sic: '“‘', corr: '“' },
  { line: 2476, before: 'duumvirate”', sic: '’', corr: '' },
  { line: 2716, before: 'Trotskyism”', sic: '’', corr: '' },
  { line: 2745, sic: '‘“‘', corr: '“' },
  { line: 2766, sic: '‘“', corr: '“' },
  { line: 2816, sic: '‘‘', corr: '“' },
  { line: 3474, before: 'Defence).”', sic: '’', corr: '' },
  { line: 4190, sic: '‘“', corr: '“' },
  { line: 5158, sic: '“‘', corr: '“' },
  { line: 5366, sic: '‘“‘', corr: '“' },
  { line: 6272, sic: '“‘', corr: '“' },
  { line: 6394, sic: '“‘', corr: '“' },
  { line: 6436, sic: '’’', corr: '”' },
  { line: 6449, sic: '’’', corr: '”' },
  { line: 6518, before: 'chauvinism.”', sic: '’', corr: '' },
  { line: 6522, sic: '‘‘', corr: '“' },
  { line: 6522, before: 'Autonomization”', sic: '’', corr: '' },
  { line: 6686, sic: '“‘', corr: '“' },
  { line: 6687, sic: '‘‘', corr: '“' },
  { line: 6687, before: 'socialist,', sic: '’', corr: '”' },
  { line: 6917, sic: '‘‘', corr: '“' },
  { line: 7319, sic: '‘““', corr: '“' },
];
