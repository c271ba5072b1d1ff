/**
 * The asterisk footnotes, printed at the foot of the page (sometimes pasted into the middle of a
 * word at a page break, sometimes running on over following pages). Reviewed data: where each
 * marker stands and which seed text is the footnote; the importer moves the text to its marker.
 */

export type FootnoteResp = 'author' | 'editor' | 'translator';

export interface FootnoteSegment {
  from: number;
  to: number;
  /** The footnote begins inside line `from`, at this text (pasted after a broken word). */
  startsWith?: string;
}

export interface FootnoteSpec {
  /** Line and the text that ends with the marker ("Rosta*"). */
  anchor: { line: number; text: string };
  /** Further markers pointing to the same footnote. */
  alsoAnchors?: { line: number; text: string }[];
  marker: '*' | '**';
  /** The first segment is the footnote; later ones are its continuations on following pages. */
  segments: FootnoteSegment[];
  resp: FootnoteResp;
}

export const FOOTNOTES: FootnoteSpec[] = [
  { anchor: { line: 13, text: 'Rosta*' }, marker: '*', segments: [{ from: 19, to: 19 }], resp: 'translator' },
  { anchor: { line: 532, text: '282*' }, marker: '*', segments: [{ from: 536, to: 537 }], resp: 'translator' },
  { anchor: { line: 2394, text: 'movement”*' }, marker: '*', segments: [{ from: 2404, to: 2404 }], resp: 'author' },
  { anchor: { line: 2542, text: 'revolution”*' }, marker: '*', segments: [{ from: 2554, to: 2554 }], resp: 'author' },
  { anchor: { line: 2723, text: 'immediately*' }, marker: '*', segments: [{ from: 2738, to: 2738, startsWith: '* My italics' }], resp: 'author' },
  { anchor: { line: 2732, text: 'Tactics**' }, marker: '**', segments: [{ from: 2739, to: 2739 }], resp: 'editor' },
  { anchor: { line: 2852, text: 'exploiters).*' }, marker: '*', segments: [{ from: 2866, to: 2866 }], resp: 'author' },
  {
    anchor: { line: 3067, text: '(for*' }, alsoAnchors: [{ line: 3068, text: '(against*' }], marker: '*',
    segments: [{ from: 3077, to: 3077, startsWith: '* My italics' }], resp: 'author',
  },
  { anchor: { line: 3200, text: 'state”*' }, marker: '*', segments: [{ from: 3203, to: 3203 }], resp: 'author' },
  { anchor: { line: 3260, text: 'only*' }, marker: '*', segments: [{ from: 3279, to: 3279 }], resp: 'author' },
  { anchor: { line: 4797, text: 'gang”*' }, marker: '*', segments: [{ from: 4819, to: 4821 }], resp: 'author' },
  { anchor: { line: 5401, text: 'Gostorg,*' }, marker: '*', segments: [{ from: 5414, to: 5414 }], resp: 'translator' },
  { anchor: { line: 5407, text: 'Khleboprodukt.**' }, marker: '**', segments: [{ from: 5415, to: 5415 }], resp: 'translator' },
  { anchor: { line: 7449, text: 'secretaries.”*' }, marker: '*', segments: [{ from: 7472, to: 7472 }], resp: 'editor' },
  { anchor: { line: 8459, text: 'collapse.”*' }, marker: '*', segments: [{ from: 8463, to: 8463 }], resp: 'author' },
  { anchor: { line: 8647, text: 'countryside.*' }, marker: '*', segments: [{ from: 8649, to: 8649 }], resp: 'editor' },
  { anchor: { line: 9042, text: 'government”?*' }, marker: '*', segments: [{ from: 9051, to: 9052 }], resp: 'author' },
  {
    anchor: { line: 9050, text: 'Afar**' }, marker: '**',
    segments: [{ from: 9053, to: 9062 }, { from: 9076, to: 9088 }, { from: 9101, to: 9118 }], resp: 'author',
  },
  { anchor: { line: 9326, text: 'peace[*' }, marker: '*', segments: [{ from: 9328, to: 9328, startsWith: '* Obviously' }], resp: 'author' },
  { anchor: { line: 9965, text: 'revolution.”*' }, marker: '*', segments: [{ from: 9986, to: 9986, startsWith: '* My italics' }], resp: 'author' },
  { anchor: { line: 10234, text: 'victory*' }, marker: '*', segments: [{ from: 10237, to: 10237 }], resp: 'author' },
  { anchor: { line: 10825, text: 'revolution.*' }, marker: '*', segments: [{ from: 10837, to: 10837 }], resp: 'author' },
];

/** Who is responsible for a footnote of each kind (see tei/persons.xml). */
export const FOOTNOTE_RESP: Record<FootnoteResp, string> = {
  author: 'per:stalin',
  editor: 'per:mel-institute',
  translator: 'per:flph',
};
