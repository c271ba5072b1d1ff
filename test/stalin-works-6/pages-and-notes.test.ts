import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPath, volumeDocuments, volumeElements, type ElementVisit } from './documents.js';

const encoded = volumeDocuments().length > 0;

/** Everything outside the teiHeader (the header's dates and titles are not text). */
function textElements(): ElementVisit[] {
  const visits = volumeElements();
  const result: ElementVisit[] = [];
  let inHeader = false;
  for (const visit of visits) {
    if (visit.name === 'teiHeader') inHeader = true;
    if (visit.name === 'text') inHeader = false;
    if (!inHeader) result.push(visit);
  }
  return result;
}

describe.skipIf(!encoded || !existsSync(seedPath))('stalin-works-6 TEI: pages', () => {
  const elements = textElements();
  const pageBreaks = elements.filter((visit) => visit.name === 'pb');

  it('has a pb for every page: v–vi, then 1, 2, 3 … without gaps or repeats across the documents', () => {
    const numbers = pageBreaks.map((pb) => pb.attributes.n);
    expect(numbers.slice(0, 2)).toEqual(['v', 'vi']);
    const arabic = numbers.slice(2).map(Number);
    expect(arabic[0]).toBe(1);
    arabic.forEach((n, index) => expect(n, `pb ${index + 3} of the volume`).toBe(index + 1));
    expect(arabic[arabic.length - 1]).toBeGreaterThan(440);
  });

  it('keeps the printed page numbers where the seed prints them', () => {
    // Printed numbers (seed line: page) sit on these pages; their pbs are not inferred.
    for (const printed of ['6', '87', '89', '100', '130', '137', '169', '238', '262', '323', '332', '356', '360', '364', '366', '368', '443']) {
      const pb = pageBreaks.find((visit) => visit.attributes.n === printed);
      expect(pb, `page ${printed}`).toBeDefined();
      expect(pb!.attributes.type, `page ${printed}`).not.toBe('inferred');
    }
  });

  it('puts each note’s anchor on the page of its “p. N” back-reference', () => {
    let currentPage = '';
    let checked = 0;
    const wrong: string[] = [];
    let openNote: ElementVisit | undefined;
    for (const visit of elements) {
      if (visit.name === 'pb') currentPage = visit.attributes.n;
      if (visit.name === 'note' && visit.attributes.place === 'end') openNote = visit;
      if (visit.name === 'ref' && visit.attributes.type === 'back-reference' && openNote) {
        const printed = /p\.\s*(\d+)/.exec(visit.text)?.[1];
        checked++;
        if (printed !== currentPage) wrong.push(`note ${openNote.attributes.n}: p. ${printed}, anchor on page ${currentPage}`);
        // The back-reference points to that very pb.
        expect(visit.attributes.target).toBe(`#${openNote.document.replace(/\.xml$/, '')}-p${printed}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(70);
  });
});

describe.skipIf(!encoded)('stalin-works-6 TEI: notes', () => {
  const elements = textElements();
  const endnotes = elements.filter((visit) => visit.name === 'note' && visit.attributes.place === 'end');

  it('has 80 note anchors, numbered 1–80 in reading order, each by the Institute', () => {
    expect(endnotes.map((note) => Number(note.attributes.n))).toEqual(Array.from({ length: 80 }, (_, index) => index + 1));
    for (const note of endnotes) {
      expect(note.attributes.type).toBe('editor');
      expect(note.attributes.resp).toBe('per:mel-institute');
    }
  });

  it('records the notes the seed does not print as missing, without inventing a text', () => {
    const all = elements;
    const missing: string[] = [];
    for (const note of endnotes) {
      const index = all.indexOf(note);
      // The element right after a missing note's start is its gap.
      if (all[index + 1]?.name === 'gap') {
        expect(all[index + 1].attributes.reason).toBe('missing');
        missing.push(note.attributes.n);
      }
    }
    expect(missing).toEqual(['77', '78', '80']);
    const withText = endnotes.filter((note) => !missing.includes(note.attributes.n));
    for (const note of withText) expect(note.text.trim(), `note ${note.attributes.n}`).not.toBe('');
    expect(withText.length).toBe(77);
  });

  it('attributes every asterisk footnote to the author, the editors or the translators', () => {
    const footnotes = elements.filter((visit) => visit.name === 'note' && visit.attributes.place === 'foot');
    expect(footnotes.length).toBeGreaterThanOrEqual(22);
    const byResp = new Map([
      ['author', 'per:stalin'],
      ['editor', 'per:mel-institute'],
      ['translator', 'per:flph'],
    ]);
    for (const note of footnotes) expect(note.attributes.resp).toBe(byResp.get(note.attributes.type));
  });
});
