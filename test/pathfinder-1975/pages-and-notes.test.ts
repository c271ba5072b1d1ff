import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementsOf, partOf, pathfinderDocuments, seedPath } from './documents.js';

const documents = pathfinderDocuments();
const seedLines = readFileSync(seedPath, 'utf8').split(/\r?\n/);

/** The notes each "NOTES TO PART …" section of the seed prints, counted from the seed itself. */
function printedNoteNumbers(): Map<number, number[]> {
  const result = new Map<number, number[]>();
  let part: number | undefined;
  for (const line of seedLines) {
    const heading = /^NOTES TO PART ([IVX]+)\s*$/.exec(line.trim());
    if (heading) part = ['I', 'II', 'III', 'IV', 'V', 'VI'].indexOf(heading[1]) + 1;
    else if (/^(?:Part [IVX]+|BIOGRAPHICAL NOTES)\s*$/.test(line.trim())) part = undefined;
    const number = /^(\d{1,2})\. /.exec(line);
    if (part && number) result.set(part, [...(result.get(part) ?? []), Number(number[1])]);
  }
  return result;
}

describe('pathfinder-1975 TEI: pages', () => {
  it('has all 41 works of the book as documents', () => {
    expect(documents.length).toBe(41);
  });

  it('has exactly one pb for every printed page 5–160, in reading order', () => {
    const pages = documents.flatMap((document) =>
      elementsOf(document.xml)
        .filter((element) => element.name === 'pb')
        .map((element) => Number(element.attributes.n)),
    );
    const expected = Array.from({ length: 156 }, (_, index) => index + 5);
    expect(pages).toEqual(expected);
  });

  it('keeps no running head in the text', () => {
    for (const document of documents) {
      const text = document.xml.slice(document.xml.indexOf('<text'));
      expect(text, document.path).not.toMatch(/>\s*\d{1,3} Lenin’s Fight Against Stalinism/);
    }
  });
});

describe('pathfinder-1975 TEI: endnotes at their anchors', () => {
  const printed = printedNoteNumbers();
  const endnotes = documents.flatMap((document) =>
    elementsOf(document.xml)
      .filter((element) => element.name === 'note' && element.attributes.place === 'end')
      .map((element) => ({ document, element, part: partOf(document.xml) })),
  );

  it('finds 48 printed endnotes in the seed, in five parts', () => {
    expect([...printed.values()].flat().length).toBe(48);
    expect([...printed.keys()]).toEqual([2, 3, 4, 5, 6]);
  });

  it('encodes every printed endnote once, with its printed number, in its part and in order', () => {
    for (const [part, numbers] of printed) {
      const encoded = endnotes.filter((note) => note.part === part).map((note) => Number(note.element.attributes.n));
      expect(encoded, `part ${part}`).toEqual(numbers);
    }
  });

  it('places the notes in the texts that carry their anchors, not in the notes sections', () => {
    for (const note of endnotes) {
      expect(note.document.xml, note.document.path).not.toMatch(/<div type="notes">/);
      expect(note.element.ancestors, note.document.path).toContain('body');
      expect(note.element.ancestors.filter((name) => name === 'note'), note.document.path).toEqual([]);
    }
  });

  it('says who wrote each note', () => {
    for (const note of endnotes) {
      expect(['author', 'editor']).toContain(note.element.attributes.type);
      expect(note.element.attributes.resp).toMatch(/^per:[a-z-]+( per:[a-z-]+)*$/);
      expect(note.element.attributes['xml:id'].startsWith(`${/xml:id="([^"]+)"/.exec(note.document.xml)![1]}-`)).toBe(true);
    }
  });
});

describe('pathfinder-1975 TEI: corrections and persons', () => {
  it('records every correction as choice with sic and a corr that has @resp', () => {
    let choices = 0;
    for (const document of documents) {
      const elements = elementsOf(document.xml);
      for (const corr of elements.filter((element) => element.name === 'corr')) {
        expect(corr.attributes.resp, document.path).toBeTruthy();
        expect(corr.ancestors.at(-1), document.path).toBe('choice');
      }
      const choiceCount = elements.filter((element) => element.name === 'choice').length;
      const sicCount = elements.filter((element) => element.name === 'sic').length;
      expect(sicCount, document.path).toBe(choiceCount);
      choices += choiceCount;
    }
    expect(choices).toBeGreaterThan(45);
  });

  it('points every persName to a person of persons.xml', () => {
    const persons = readFileSync(new URL('../../tei/persons.xml', import.meta.url), 'utf8');
    const ids = new Set([...persons.matchAll(/xml:id="([^"]+)"/g)].map((match) => match[1]));
    for (const document of documents) {
      for (const element of elementsOf(document.xml)) {
        for (const pointer of [element.attributes.ref, element.attributes.resp].filter(Boolean).flatMap((value) => value.split(' '))) {
          if (!pointer.startsWith('per:')) continue;
          expect(ids.has(pointer.slice(4)), `${document.path}: ${pointer}`).toBe(true);
        }
      }
    }
  });
});
