/**
 * The volume's documents, as reviewed editorial data: seed line ranges (checked against the seed;
 * ../shared/corpus/works.json was right about every boundary), what the heading lines are, the
 * dates and the publication line printed under each work.
 */

/** A date as the edition records it (attributes of `date`). */
export interface DateValue {
  when?: string;
  from?: string;
  to?: string;
  cert?: 'medium' | 'low';
  /** Where the value comes from when it is not printed at that spot. */
  evidence?: string;
}

export interface PartSpec {
  /** Suffix of the part's xml:id. */
  key: string;
  type: DivType;
  start: number;
  end: number;
  /** Heading lines (inclusive). */
  head: [number, number];
  /** The date line printed under the heading, with its value. */
  dateline?: { line: number; value: DateValue };
}

export type DivType =
  | 'preface'
  | 'interview'
  | 'speech'
  | 'report'
  | 'essay'
  | 'article'
  | 'letter'
  | 'greeting'
  | 'part'
  | 'notes'
  | 'chronicle';

export interface WorkSpec {
  /** Document id without the `sw6-` prefix. */
  key: string;
  title: string;
  type: DivType;
  author: 'stalin' | 'mel-institute';
  start: number;
  end: number;
  /** Heading lines: title, then subtitle lines (inclusive ranges). */
  head: [number, number];
  subhead?: [number, number];
  dateline?: { line: number; value: DateValue };
  /** The publication (or first-publication) line(s) printed under the heading or at the end. */
  source?: { lines: [number, number]; value?: DateValue; description: string };
  /** Lines of a closing block (signature, date) at the end of the text. */
  closer?: [number, number];
  /** When the work was spoken or written (header `creation`). */
  created?: { value: DateValue; what: string };
  parts?: PartSpec[];
  /** Capitalised lines inside the text that are not headings (refrains, greetings, dedications). */
  notHeadings?: [number, number][];
}

export const WORKS: WorkSpec[] = [
  {
    key: 'preface', title: 'Preface', type: 'preface', author: 'mel-institute', start: 1, end: 43, head: [1, 1],
    closer: [42, 43],
  },
  {
    key: 'the-discussion', title: 'The Discussion: Interview With a Rosta Correspondent', type: 'interview',
    author: 'stalin', start: 47, end: 96, head: [47, 47], subhead: [48, 48],
    dateline: { line: 49, value: { when: '1924-01-09' } },
    source: { lines: [95, 96], value: { when: '1924-01-10' }, description: 'Newspaper Zarya Vostoka, No. 473, January 10, 1924' },
    created: { value: { when: '1924-01-09' }, what: 'interview given' },
  },
  {
    key: 'thirteenth-conference', title: 'Thirteenth Conference of the R.C.P.(B.), January 16-18, 1924', type: 'part',
    author: 'stalin', start: 98, end: 1220, head: [98, 99],
    dateline: { line: 100, value: { from: '1924-01-16', to: '1924-01-18' } },
    source: { lines: [102, 105], value: { when: '1924' }, description: 'Thirteenth Conference of the Russian Communist Party (Bolsheviks). Bulletin. Moscow, 1924' },
    created: { value: { from: '1924-01-17', to: '1924-01-18' }, what: 'delivered' },
    parts: [
      { key: 'report', type: 'report', start: 107, end: 686, head: [107, 108], dateline: { line: 109, value: { when: '1924-01-17', cert: 'medium', evidence: 'year from the group heading' } } },
      { key: 'reply', type: 'speech', start: 688, end: 1220, head: [688, 688], dateline: { line: 689, value: { when: '1924-01-18', cert: 'medium', evidence: 'year from the group heading' } } },
    ],
  },
  {
    key: 'on-the-death-of-lenin', title: 'On the Death of Lenin: A Speech Delivered at the Second All-Union Congress of Soviets',
    type: 'speech', author: 'stalin', start: 1222, end: 1401, head: [1222, 1222], subhead: [1223, 1224],
    dateline: { line: 1225, value: { when: '1924-01-26' } },
    source: { lines: [1400, 1401], value: { when: '1924-01-30' }, description: 'Pravda, No. 23, January 30, 1924' },
    created: { value: { when: '1924-01-26' }, what: 'delivered' },
    notHeadings: [[1241, 1245], [1259, 1262], [1295, 1299], [1320, 1323], [1338, 1340], [1395, 1399]],
  },
  {
    key: 'lenin', title: 'Lenin: A Speech Delivered at a Memorial Meeting of the Kremlin Military School', type: 'speech',
    author: 'stalin', start: 1403, end: 1722, head: [1403, 1403], subhead: [1404, 1405],
    dateline: { line: 1406, value: { when: '1924-01-28' } },
    source: { lines: [1721, 1722], value: { when: '1924-02-12' }, description: 'Pravda, No. 34, February 12, 1924' },
    created: { value: { when: '1924-01-28' }, what: 'delivered' },
  },
  {
    key: 'contradictions-in-the-ycl', title: 'On the Contradictions in the Young Communist League', type: 'speech',
    author: 'stalin', start: 1724, end: 1824, head: [1724, 1725], subhead: [1726, 1727],
    dateline: { line: 1728, value: { when: '1924-04-03' } },
    source: { lines: [1822, 1824], value: { when: '1926' }, description: 'First published in the book: J. Stalin, On the Young Communist League, Moscow, 1926' },
    created: { value: { when: '1924-04-03' }, what: 'delivered' },
  },
  {
    key: 'foundations-of-leninism', title: 'The Foundations of Leninism: Lectures Delivered at the Sverdlov University', type: 'essay',
    author: 'stalin', start: 1826, end: 5144, head: [1826, 1826], subhead: [1827, 1827],
    source: { lines: [5141, 5144], value: { from: '1924-04-26', to: '1924-05-18' }, description: 'Pravda, Nos. 96, 97, 103, 105, 107, 108, 111; April 26 and 30, May 9, 11, 14, 15 and 18, 1924' },
    created: { value: { when: '1924-04', cert: 'medium', evidence: 'Biographical Chronicle: “Beginning of April”' }, what: 'lectures delivered' },
    notHeadings: [[1829, 1831]],
  },
  {
    key: 'thirteenth-congress', title: 'Thirteenth Congress of the R.C.P.(B.), May 23-31, 1924', type: 'part',
    author: 'stalin', start: 5146, end: 6402, head: [5146, 5147],
    dateline: { line: 5148, value: { from: '1924-05-23', to: '1924-05-31' } },
    source: { lines: [5150, 5151], value: { from: '1924-05-27', to: '1924-05-28' }, description: 'Pravda, Nos. 118 and 119; May 27 and 28, 1924' },
    created: { value: { from: '1924-05-24', to: '1924-05-27' }, what: 'delivered' },
    parts: [
      { key: 'report', type: 'report', start: 5153, end: 5989, head: [5153, 5154], dateline: { line: 5155, value: { when: '1924-05-24', cert: 'medium', evidence: 'year from the group heading' } } },
      { key: 'reply', type: 'speech', start: 5991, end: 6402, head: [5991, 5991], dateline: { line: 5992, value: { when: '1924-05-27', cert: 'medium', evidence: 'year from the group heading' } } },
    ],
  },
  {
    key: 'results-of-the-thirteenth-congress', title: 'The Results of the Thirteenth Congress of the R.C.P.(B.)', type: 'report',
    author: 'stalin', start: 6404, end: 7131, head: [6404, 6405], subhead: [6406, 6407],
    dateline: { line: 6408, value: { when: '1924-06-17' } },
    source: { lines: [7130, 7131], value: { from: '1924-06-19', to: '1924-06-20' }, description: 'Pravda, Nos. 136 and 137, June 19 and 20, 1924' },
    created: { value: { when: '1924-06-17' }, what: 'delivered' },
  },
  {
    key: 'worker-correspondents', title: 'Worker Correspondents: Interview With a Representative of the Magazine “Rabochy Korrespondent”',
    type: 'interview', author: 'stalin', start: 7133, end: 7184, head: [7133, 7133], subhead: [7134, 7135],
    closer: [7182, 7182],
    source: { lines: [7183, 7184], value: { when: '1924-06' }, description: 'Rabochy Korrespondent, No. 6, June 1924' },
    created: { value: { when: '1924-06', cert: 'medium', evidence: 'month of publication' }, what: 'interview given' },
  },
  {
    key: 'communist-party-of-poland', title: 'The Communist Party of Poland: Speech Delivered at a Meeting of the Polish Commission of the Comintern',
    type: 'speech', author: 'stalin', start: 7186, end: 7423, head: [7186, 7186], subhead: [7187, 7188],
    dateline: { line: 7189, value: { when: '1924-07-03' } },
    source: { lines: [7422, 7423], value: { when: '1924-09-20' }, description: 'Bolshevik, No. 11, September 20, 1924' },
    created: { value: { when: '1924-07-03' }, what: 'delivered' },
  },
  {
    key: 'letter-to-demyan-bedny', title: 'A Letter to Comrade Demyan Bedny', type: 'letter', author: 'stalin',
    start: 7425, end: 7524, head: [7425, 7425], closer: [7520, 7523],
    source: { lines: [7524, 7524], description: 'Published for the first time' },
    created: { value: { when: '1924-07-15' }, what: 'written' },
  },
  {
    key: 'sverdlov', title: 'Y. M. Sverdlov', type: 'article', author: 'stalin', start: 7526, end: 7585, head: [7526, 7526],
    source: { lines: [7583, 7585], value: { when: '1924-11' }, description: 'Proletarskaya Revolyutsia, No. 11 (34), November 1924. Signed: J. Stalin' },
    created: { value: { when: '1924-08-02', cert: 'medium', evidence: 'Biographical Chronicle, August 2' }, what: 'written' },
  },
  {
    key: 'international-situation', title: 'Concerning the International Situation', type: 'article', author: 'stalin',
    start: 7587, end: 8150, head: [7587, 7588],
    created: { value: { when: '1924-09-12', cert: 'medium', evidence: 'Biographical Chronicle, September 12; no source line is printed under the article' }, what: 'finished' },
  },
  {
    key: 'immediate-tasks-in-the-countryside', title: 'The Party’s Immediate Tasks in the Countryside', type: 'speech',
    author: 'stalin', start: 8151, end: 8463, head: [8151, 8152], subhead: [8153, 8155],
    dateline: { line: 8156, value: { when: '1924-10-22' } },
    source: { lines: [8460, 8461], value: { when: '1924-10-23' }, description: 'Pravda, No. 242, October 23, 1924' },
    created: { value: { when: '1924-10-22' }, what: 'delivered' },
  },
  {
    key: 'tasks-in-the-countryside', title: 'The Party’s Tasks in the Countryside', type: 'speech', author: 'stalin',
    start: 8465, end: 8665, head: [8465, 8465], subhead: [8466, 8467],
    dateline: { line: 8468, value: { when: '1924-10-26' } },
    source: { lines: [8663, 8665], value: { when: '1925' }, description: 'First published in the book: J. Stalin, The Peasant Question, Moscow and Leningrad, 1925' },
    created: { value: { when: '1924-10-26' }, what: 'delivered' },
  },
  {
    key: 'dynamo-red-book', title: 'Entry in the Red Book of the Dynamo Factory', type: 'greeting', author: 'stalin',
    start: 8667, end: 8683, head: [8667, 8668], closer: [8679, 8680],
    source: { lines: [8681, 8683], value: { when: '1930-06-04' }, description: 'First published in Pravda, No. 152, June 4, 1930' },
    created: { value: { when: '1924-11-07' }, what: 'written' },
  },
  {
    key: 'first-cavalry-army', title: 'To the First Cavalry Army', type: 'greeting', author: 'stalin',
    start: 8685, end: 8704, head: [8685, 8685], closer: [8700, 8702],
    source: { lines: [8703, 8704], value: { when: '1924-11-16' }, description: 'Pravda, No. 261, November 16, 1924' },
    created: { value: { when: '1924-11-15', cert: 'medium', evidence: 'Biographical Chronicle, November 15' }, what: 'written' },
  },
  {
    key: 'krestyanskaya-gazeta', title: 'To Krestyanskaya Gazeta', type: 'greeting', author: 'stalin',
    start: 8706, end: 8727, head: [8706, 8706], closer: [8725, 8725],
    source: { lines: [8726, 8727], value: { when: '1924-11-17' }, description: 'Krestyanskaya Gazeta, No. 51, November 17, 1924' },
    created: { value: { when: '1924-11-17', cert: 'low', evidence: 'date of publication' }, what: 'published' },
    notHeadings: [[8708, 8710]],
  },
  {
    key: 'trotskyism-or-leninism', title: 'Trotskyism or Leninism? Speech Delivered at the Plenum of the Communist Group in the A.U.C.C.T.U.',
    type: 'speech', author: 'stalin', start: 8729, end: 9688, head: [8729, 8729], subhead: [8730, 8731],
    dateline: { line: 8732, value: { when: '1924-11-19' } },
    source: { lines: [9687, 9688], value: { when: '1924-11-26' }, description: 'Pravda, No. 269, November 26, 1924' },
    created: { value: { when: '1924-11-19' }, what: 'delivered' },
  },
  {
    key: 'october-revolution-and-tactics', title: 'The October Revolution and the Tactics of the Russian Communists: Preface to the Book “On the Road to October”',
    type: 'preface', author: 'stalin', start: 9690, end: 10954, head: [9690, 9692], subhead: [9693, 9693],
    closer: [10952, 10952],
    source: { lines: [10953, 10954], value: { when: '1925' }, description: 'J. Stalin, On the Road to October, GIZ, 1925' },
    created: { value: { when: '1924-12-17' }, what: 'written' },
  },
  {
    key: 'notes', title: 'Notes', type: 'notes', author: 'mel-institute', start: 10956, end: 11669, head: [10956, 10956],
  },
  {
    key: 'biographical-chronicle', title: 'Biographical Chronicle: 1924', type: 'chronicle', author: 'mel-institute',
    start: 11670, end: 12234, head: [11670, 11670],
  },
];
