/**
 * The works of the Pathfinder volume (seed 002), as reviewed editorial data: where each starts and
 * ends in the seed, its heads, author, printed pages and the date the edition assigns to it.
 * Line numbers are 1-based lines of 002_bbcd4ea18619e104.txt (checked against shared/corpus/works.json).
 */

export interface WorkDate {
  /** The date as the edition states it (shown in `profileDesc/creation`). */
  text: string;
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
  cert?: 'high' | 'medium' | 'low';
  /** Where the date comes from, when it is not printed with the text. */
  evidence?: string;
}

export interface WorkAuthor {
  ref: string;
  name: string;
}

export type DivType =
  | 'introduction'
  | 'essay'
  | 'notes'
  | 'letter'
  | 'memorandum'
  | 'report'
  | 'speech'
  | 'article'
  | 'biographical-notes'
  | 'index'
  | 'document'
  | 'appendix';

export interface Work {
  id: string;
  title: string;
  type: DivType;
  authors: WorkAuthor[];
  /** First and last seed line of the work (running heads and blank lines before it belong to it). */
  start: number;
  end: number;
  /** Printed pages, first and last. */
  pages: [number, number];
  /** Part of the book (1–6), if any. */
  part?: number;
  /** Lines printed as headings at the top of the work; lines in one inner array form one head. */
  heads: number[][];
  /** A byline ("By Leon Trotsky") under the heads. */
  byline?: number;
  /** Section heads inside the work: each starts a `div type="section"`; inner arrays as in `heads`. */
  sections?: number[][];
  date: WorkDate;
  keywords?: string;
  /** The other witness of this text (relative path from this file). */
  corresp?: string;
  /** Every run of printed lines is its own block (a list such as the contents). */
  lineByLine?: boolean;
  /** Block quotations (indented in print), as seed line ranges. */
  quotes?: [number, number][];
  /** Vertical lists printed one entry a line, as seed line ranges. */
  lists?: [number, number][];
}

const lenin: WorkAuthor = { ref: 'per:lenin', name: 'V. I. Lenin' };
const trotsky: WorkAuthor = { ref: 'per:trotsky', name: 'Leon Trotsky' };
const block: WorkAuthor = { ref: 'per:block', name: 'Russell Block' };
const publisher: WorkAuthor = { ref: 'per:pathfinder-press', name: 'Pathfinder Press' };

/** The editor's undated pieces were written for this volume: after the Part I introduction's date at the earliest, before publication at the latest. */
const writtenForTheVolume: WorkDate = {
  text: '1974–1975',
  notBefore: '1974',
  notAfter: '1975',
  cert: 'medium',
  evidence: 'Undated; written for this volume, whose Part I introduction is signed September 16, 1974 (p. 28) and which was published in 1975 (copyright page).',
};
const volume: WorkDate = { text: '1975', when: '1975', evidence: 'Copyright page: “Copyright © 1975”, “First Edition, 1975”.' };

const wo = (name: string): string => `../worldoutlook-2022/wo-${name}.xml`;

export const WORKS: Work[] = [
  { id: 'pf-front-matter', title: 'Title and copyright pages', type: 'document', authors: [publisher], start: 1, end: 74, pages: [0, 0], heads: [], date: volume },
  { id: 'pf-contents', title: 'Contents', type: 'document', authors: [block], start: 75, end: 180, pages: [0, 0], heads: [[77]], date: volume, lineByLine: true },
  {
    id: 'pf-introduction-part-1', title: 'Part I: Introduction', type: 'introduction', authors: [block], start: 181, end: 1381, pages: [5, 28], part: 1,
    heads: [[183], [186]],
    sections: [[352], [511], [762], [819], [1079], [1168], [1319]],
    quotes: [[403, 418], [1267, 1291]],
    date: { text: 'September 16, 1974', when: '1974-09-16' },
  },
  {
    id: 'pf-introduction-part-2', title: 'Part II: On Lenin’s Testament — Introduction', type: 'introduction', authors: [block], start: 1382, end: 1421, pages: [29, 29], part: 2,
    heads: [[1384], [1385], [1388]], date: writtenForTheVolume,
  },
  {
    id: 'pf-trotsky-on-lenins-testament', title: 'On Lenin’s Testament', type: 'essay', authors: [trotsky], start: 1422, end: 2888, pages: [30, 59], part: 2,
    heads: [[1424]], byline: 1425,
    sections: [[1457], [1560], [1730], [1850], [1962], [2174], [2300], [2476], [2572], [2716]],
    quotes: [[1567, 1579], [2649, 2662], [2783, 2792]],
    date: { text: 'December 31, 1932', when: '1932-12-31' },
  },
  { id: 'pf-notes-part-2', title: 'Notes to Part II', type: 'notes', authors: [block], start: 2889, end: 2991, pages: [59, 60], part: 2, heads: [[2891]], date: writtenForTheVolume },
  {
    id: 'pf-introduction-part-3', title: 'Part III: Lenin’s Testament — Introduction', type: 'introduction', authors: [block], start: 2992, end: 3081, pages: [61, 62], part: 3,
    heads: [[2994], [2995], [2998]], date: writtenForTheVolume,
  },
  {
    id: 'pf-lenin-letter-to-congress', title: 'Letter to the Congress', type: 'letter', authors: [lenin], start: 3082, end: 3367, pages: [63, 68], part: 3,
    heads: [[3087]], sections: [[3090], [3139, 3142], [3223], [3251, 3254]],
    date: { text: 'December 23, 1922–January 4, 1923', from: '1922-12-23', to: '1923-01-04' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-stalin-1923-03-05', title: 'To Comrade Stalin', type: 'letter', authors: [lenin], start: 3368, end: 3400, pages: [68, 69], part: 3,
    heads: [[3370]], date: { text: 'March 5, 1923', when: '1923-03-05' }, keywords: 'letter',
  },
  { id: 'pf-notes-part-3', title: 'Notes to Part III', type: 'notes', authors: [block], start: 3401, end: 3417, pages: [69, 69], part: 3, heads: [[3403]], date: writtenForTheVolume },
  {
    id: 'pf-introduction-part-4', title: 'Part IV: The Bureaucracy — Introduction', type: 'introduction', authors: [block], start: 3418, end: 3617, pages: [70, 73], part: 4,
    heads: [[3420], [3421], [3424]], date: writtenForTheVolume,
  },
  {
    id: 'pf-lenin-political-report-eleventh-congress', title: 'Political Report to the Eleventh Party Congress (excerpts)', type: 'report', authors: [lenin], start: 3618, end: 3836, pages: [74, 78], part: 4,
    heads: [[3620, 3621]],
    date: { text: 'March 27–April 2, 1922', from: '1922-03-27', to: '1922-04-02', cert: 'medium', evidence: 'Undated here; the Eleventh Party Congress sat March 27–April 2, 1922 (Notes to Part IV, note 3, p. 111).' },
    keywords: 'report',
  },
  {
    id: 'pf-trotsky-comments-work-of-deputies', title: 'Comments on Lenin’s Proposal Concerning the Work of Deputies', type: 'memorandum', authors: [trotsky], start: 3837, end: 3990, pages: [79, 81], part: 4,
    heads: [[3839, 3840]], sections: [[3912]],
    date: { text: 'April 19–20, 1922', from: '1922-04-19', to: '1922-04-20', evidence: 'Printed “[April 19, 1922]” (p. 80); the “Additional” is “on my note of yesterday”.' },
    keywords: 'memorandum',
  },
  {
    id: 'pf-lenin-legislative-functions-gosplan', title: 'Granting Legislative Functions to the State Planning Commission', type: 'letter', authors: [lenin], start: 3991, end: 4177, pages: [82, 85], part: 4,
    heads: [[3993, 3994]], date: { text: 'December 27–29, 1922', from: '1922-12-27', to: '1922-12-29' }, keywords: 'letter',
  },
  {
    id: 'pf-trotsky-letter-to-politburo-1923-01-15', title: 'Letter to the Politburo (excerpt)', type: 'letter', authors: [trotsky], start: 4178, end: 4224, pages: [86, 86], part: 4,
    heads: [[4181]], date: { text: 'January 15, 1923', when: '1923-01-15' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-reorganize-rabkrin', title: 'How We Should Reorganize the Workers’ and Peasants’ Inspection', type: 'article', authors: [lenin], start: 4225, end: 4467, pages: [87, 91], part: 4,
    heads: [[4230, 4231], [4234]], date: { text: 'January 23, 1923', when: '1923-01-23' }, keywords: 'article',
  },
  {
    id: 'pf-lenin-better-fewer-but-better', title: 'Better Fewer, But Better', type: 'article', authors: [lenin], start: 4468, end: 5165, pages: [92, 105], part: 4,
    heads: [[4470]], date: { text: 'March 2, 1923', when: '1923-03-02' }, keywords: 'article',
  },
  {
    id: 'pf-trotsky-tasks-twelfth-congress', title: 'The Tasks of the Twelfth Congress (excerpts)', type: 'speech', authors: [trotsky], start: 5166, end: 5426, pages: [106, 111], part: 4,
    heads: [[5168]],
    date: { text: 'April 5, 1923', when: '1923-04-05', cert: 'medium', evidence: 'Undated here; the Part IV introduction (p. 73) places the speech on April 5, 1923.' },
    keywords: 'speech',
  },
  { id: 'pf-notes-part-4', title: 'Notes to Part IV', type: 'notes', authors: [block], start: 5427, end: 5514, pages: [111, 112], part: 4, heads: [[5429]], date: writtenForTheVolume },
  {
    id: 'pf-introduction-part-5', title: 'Part V: The Monopoly of Foreign Trade — Introduction', type: 'introduction', authors: [block], start: 5515, end: 5663, pages: [113, 115], part: 5,
    heads: [[5517], [5518], [5521]], date: writtenForTheVolume,
  },
  {
    id: 'pf-lenin-to-stalin-foreign-trade-1922-10-13', title: 'Letter to J.V. Stalin for Members of the CC, RCP(B) re the Foreign Trade Monopoly', type: 'letter', authors: [lenin], start: 5664, end: 5834, pages: [116, 119], part: 5,
    heads: [[5666, 5667, 5668]], date: { text: 'October 13, 1922', when: '1922-10-13' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-trotsky-1922-12-12', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 5835, end: 5854, pages: [119, 119], part: 5,
    heads: [[5837]], date: { text: 'December 12, 1922', when: '1922-12-12', evidence: 'Editor’s bracketed date “[December 12, 1922]”.' }, keywords: 'letter',
  },
  {
    id: 'pf-trotsky-to-lenin-1922-12-12', title: 'To Comrade Lenin', type: 'letter', authors: [trotsky], start: 5855, end: 5926, pages: [119, 120], part: 5,
    heads: [[5860]], date: { text: 'December 12, 1922', when: '1922-12-12' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-frumkin-stomonyakov-1922-12-12', title: 'To Comrades Frumkin and Stomonyakov', type: 'letter', authors: [lenin], start: 5927, end: 5986, pages: [121, 122], part: 5,
    heads: [[5929]], date: { text: 'December 12, 1922', when: '1922-12-12' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-trotsky-1922-12-13', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 5987, end: 6028, pages: [122, 122], part: 5,
    heads: [[5989]], date: { text: 'December 13, 1922', when: '1922-12-13' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-stalin-1922-12-15', title: 'Letter to J.V. Stalin for members of the RCP(B) CC', type: 'letter', authors: [lenin], start: 6029, end: 6087, pages: [123, 124], part: 5,
    heads: [[6031, 6032]], date: { text: 'December 15, 1922', when: '1922-12-15' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-trotsky-1922-12-15a', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 6088, end: 6125, pages: [124, 125], part: 5,
    heads: [[6090]], date: { text: 'December 15, 1922', when: '1922-12-15', evidence: 'Editor’s bracketed date “[December 15, 1922]”.' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-trotsky-1922-12-15b', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 6126, end: 6156, pages: [125, 125], part: 5,
    heads: [[6128]], date: { text: 'December 15, 1922', when: '1922-12-15' }, keywords: 'letter',
  },
  {
    id: 'pf-lenin-to-trotsky-1922-12-21', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 6157, end: 6184, pages: [125, 126], part: 5,
    heads: [[6159]], date: { text: 'December 21, 1922', when: '1922-12-21' }, keywords: 'letter',
  },
  { id: 'pf-notes-part-5', title: 'Notes to Part V', type: 'notes', authors: [block], start: 6185, end: 6231, pages: [126, 126], part: 5, heads: [[6187]], date: writtenForTheVolume },
  {
    id: 'pf-introduction-part-6', title: 'Part VI: The Nationalities Question — Introduction', type: 'introduction', authors: [block], start: 6232, end: 6356, pages: [127, 129], part: 6,
    heads: [[6234], [6235], [6238]], date: writtenForTheVolume,
  },
  {
    id: 'pf-lenin-to-kamenev', title: 'Letter to L.B. Kamenev for the Members of the Political Bureau of the Central Committee of the Russian Communist Party (Bolsheviks)', type: 'letter', authors: [lenin], start: 6357, end: 6483, pages: [130, 132], part: 6,
    heads: [[6359, 6360, 6361, 6363]],
    date: { text: 'September 26–29, 1922', notBefore: '1922-09-26', notAfter: '1922-09-29', evidence: 'The heading prints “September 29 [1922]”; the introductions (pp. 19 and 127) give September 26, 1922. See the edition’s note at the date.' },
    keywords: 'letter', corresp: wo('lenin-to-kamenev'),
  },
  {
    id: 'pf-lenin-dominant-nation-chauvinism', title: 'Memo to L.B. Kamenev on Combating Great Russian Chauvinism', type: 'memorandum', authors: [lenin], start: 6484, end: 6518, pages: [132, 132], part: 6,
    heads: [[6486, 6487]], lists: [[6499, 6504]], date: { text: 'October 6, 1922', when: '1922-10-06', evidence: 'Editor’s bracketed date “[October 6, 1922]”.' }, keywords: 'memorandum',
    corresp: wo('lenin-dominant-nation-chauvinism'),
  },
  {
    id: 'pf-lenin-question-of-nationalities', title: 'The Question of Nationalities or “Autonomization”', type: 'memorandum', authors: [lenin], start: 6519, end: 6800, pages: [133, 138], part: 6,
    heads: [[6521, 6522]], sections: [[6633], [6709]],
    date: { text: 'December 30–31, 1922', from: '1922-12-30', to: '1922-12-31' }, keywords: 'memorandum', corresp: wo('lenin-question-of-nationalities'),
  },
  {
    id: 'pf-lenin-to-trotsky-1923-03-05', title: 'To L.D. Trotsky', type: 'letter', authors: [lenin], start: 6801, end: 6822, pages: [139, 139], part: 6,
    heads: [[6803]], date: { text: 'March 5, 1923', when: '1923-03-05', evidence: 'Editor’s bracketed date “[March 5, 1923]”.' }, keywords: 'letter',
    corresp: wo('lenin-to-trotsky-1923-03-05'),
  },
  {
    id: 'pf-lenin-to-mdivani-1923-03-06', title: 'To P.G. Mdivani, F.Y. Makharadze and Others', type: 'letter', authors: [lenin], start: 6823, end: 6842, pages: [139, 139], part: 6,
    heads: [[6825, 6826]], date: { text: 'March 6, 1923', when: '1923-03-06' }, keywords: 'letter', corresp: wo('lenin-to-mdivani-1923-03-06'),
  },
  {
    id: 'pf-trotsky-thoughts-on-the-party', title: 'Thoughts on the Party: The National Question and the Education of the Party Youth', type: 'article', authors: [trotsky], start: 6843, end: 7253, pages: [140, 148], part: 6,
    heads: [[6848, 6849, 6850]], date: { text: 'March 19, 1923', when: '1923-03-19' }, keywords: 'article',
  },
  { id: 'pf-notes-part-6', title: 'Notes to Part VI', type: 'notes', authors: [block], start: 7254, end: 7327, pages: [148, 149], part: 6, heads: [[7256]], date: writtenForTheVolume },
  { id: 'pf-biographical-notes', title: 'Biographical Notes', type: 'biographical-notes', authors: [block], start: 7328, end: 7663, pages: [150, 155], heads: [[7330]], date: writtenForTheVolume },
  { id: 'pf-index', title: 'Index', type: 'index', authors: [block], start: 7664, end: 8380, pages: [156, 160], heads: [[7666]], date: volume },
  { id: 'pf-back-cover', title: 'Back cover', type: 'appendix', authors: [publisher], start: 8381, end: 8467, pages: [0, 0], heads: [], date: volume },
];

export function workOfLine(line: number): Work | undefined {
  return WORKS.find((work) => work.start <= line && line <= work.end);
}
