import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamXml } from '../../src/xml/stream.js';
import { elementsOf, pathfinderDocuments, teiDirectory } from './documents.js';

const documents = pathfinderDocuments();
const persons = readFileSync(join(teiDirectory, 'persons.xml'), 'utf8');

interface DateReading {
  attributes: Record<string, string>;
  /** The date's text as the edition reads it (corrections, not the erroneous readings). */
  text: string;
  path: string;
}

function datesOf(xml: string, path: string): DateReading[] {
  const dates: DateReading[] = [];
  const open: DateReading[] = [];
  let inSic = 0;
  let inHeader = 0;
  streamXml(xml, {
    openElement(name, attributes) {
      if (name === 'teiHeader') inHeader++;
      if (name === 'sic') inSic++;
      if (name === 'date' && !inHeader) open.push({ attributes, text: '', path });
    },
    closeElement(name) {
      if (name === 'teiHeader') inHeader--;
      if (name === 'sic') inSic--;
      if (name === 'date' && !inHeader) dates.push(open.pop()!);
    },
    text(content) {
      if (!inSic) for (const date of open) date.text += content;
    },
  });
  return dates;
}

const allDates = documents.flatMap((document) => datesOf(document.xml, document.path));

describe('pathfinder-1975 TEI: dates', () => {
  it('tags the dates of the book', () => {
    expect(allDates.length).toBeGreaterThan(400);
  });

  it('gives every date ISO attributes that agree with the year it prints', () => {
    for (const date of allDates) {
      const { when, from, to, notBefore, notAfter } = date.attributes;
      const value = date.attributes['when-custom'] ?? when ?? from ?? notBefore;
      expect(value, `${date.path}: ${date.text}`).toMatch(/^\d{4}(-\d\d(-\d\d)?)?$/);
      for (const attribute of [when, from, to, notBefore, notAfter].filter(Boolean)) {
        expect(Number.isNaN(Date.parse(attribute!)), `${date.path}: ${date.text}`).toBe(false);
      }
      const printedYear = /\b(1[89]\d\d)\b/.exec(date.text)?.[1];
      if (printedYear && !from) expect(value!.slice(0, 4), `${date.path}: ${date.text}`).toBe(printedYear);
      if (!printedYear && /^[A-Z][a-z]+ \d{1,2}$/.test(date.text.trim())) {
        expect(date.attributes.cert, `${date.path}: ${date.text} has no printed year`).toMatch(/^(medium|low)$/);
      }
    }
  });

  it('encodes the Old Style double date with the Gregorian value in @when and the Julian in @when-custom', () => {
    const double = allDates.find((date) => date.text.includes('(14)'));
    expect(double?.attributes).toMatchObject({ calendar: 'src:julian src:gregorian', when: '1917-11-14', 'when-custom': '1917-11-01', datingMethod: 'src:julian' });
  });

  it('keeps the printed September 29 of the letter to Kamenev and states the conflict in an edition note', () => {
    const letter = documents.find((document) => document.path.endsWith('pf-lenin-to-kamenev.xml'))!;
    const conflict = /<date when="1922-09-29">September 29 <seg[^>]*>\[1922\]<\/seg><\/date><note(?: xml:id="[^"]*")? type="edition" resp="per:edition">(.*?)<\/note>/.exec(letter.xml);
    expect(conflict?.[1]).toMatch(/September 26/);
  });
});

describe('pathfinder-1975 personography', () => {
  const notes = documents.find((document) => document.path.endsWith('pf-biographical-notes.xml'))!;
  const entryPersons = [...notes.xml.matchAll(/<p(?: xml:id="[^"]*")?><persName ref="per:([a-z0-9-]+)">/g)].map((match) => match[1]);

  it('opens each of the 40 biographical notes with a tagged name of a distinct person', () => {
    expect(entryPersons.length).toBe(40);
    expect(new Set(entryPersons).size).toBe(40);
  });

  it('gives each of them the book’s description in persons.xml, attributed with @source', () => {
    for (const id of entryPersons) {
      const person = new RegExp(`<person xml:id="${id}"[^>]*>([^]*?)</person>`).exec(persons)?.[1];
      expect(person, id).toBeDefined();
      expect(person, id).toMatch(/<note type="description" resp="per:block" source="src:pathfinder-1975">/);
    }
  });

  it('tags persons throughout the texts', () => {
    const mentions = documents.flatMap((document) => elementsOf(document.xml).filter((element) => element.name === 'persName'));
    expect(mentions.length).toBeGreaterThan(1000);
  });
});
