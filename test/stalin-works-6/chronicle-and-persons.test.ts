import { describe, expect, it } from 'vitest';
import { streamXml } from '../../src/xml/stream.js';
import { PERSONS, personPattern } from '../../src/import/stalin-works-6/persons.js';
import { volumeDocuments, volumeElements } from './documents.js';

const documents = volumeDocuments();
const chronicle = documents.find((document) => document.path.endsWith('sw6-biographical-chronicle.xml'));

/** Text outside the header and outside persName, sic kept (what a reader of the source sees untagged). */
function untaggedText(xml: string): string {
  let depthHeader = 0;
  let depthPerson = 0;
  let depthCorr = 0;
  const parts: string[] = [];
  streamXml(xml, {
    openElement(name) {
      if (name === 'teiHeader') depthHeader++;
      if (name === 'persName' || name === 'orgName') depthPerson++;
      if (name === 'corr') depthCorr++;
      parts.push(' ');
    },
    closeElement(name) {
      if (name === 'teiHeader') depthHeader--;
      if (name === 'persName' || name === 'orgName') depthPerson--;
      if (name === 'corr') depthCorr--;
    },
    text(content) {
      if (!depthHeader && !depthPerson && !depthCorr) parts.push(content);
    },
  });
  return parts.join('');
}

describe.skipIf(!chronicle)('stalin-works-6 TEI: Biographical Chronicle', () => {
  const elements = volumeElements(chronicle ? [chronicle] : []);
  const events = elements.filter((visit) => visit.name === 'event');

  it('is a list of events, every one dated within 1924', () => {
    // 81 dated labels in the seed, 6 of them with further timed entries (January 21, 23, 27).
    expect(events.length).toBe(87);
    for (const event of events) {
      const { when, from, to, notBefore, notAfter } = event.attributes;
      const values = [when, from, to, notBefore, notAfter].filter(Boolean) as string[];
      expect(values.length, JSON.stringify(event.attributes)).toBeGreaterThan(0);
      for (const value of values) expect(value.startsWith('1924'), JSON.stringify(event.attributes)).toBe(true);
      if (from || to) expect(from && to && from <= to).toBeTruthy();
    }
  });

  it('tags every mention of J. V. Stalin, letter-spaced ones included', () => {
    const text = untaggedText(chronicle!.xml);
    expect(text).not.toMatch(/S\s*t\s*a\s*l\s*i\s*n/);
    expect(elements.filter((visit) => visit.name === 'persName' && visit.attributes.ref === 'per:stalin').length).toBeGreaterThan(90);
  });
});

describe('stalin-works-6 TEI: persons', () => {
  it('leaves no printed form of a known person untagged (derived forms and institutions aside)', () => {
    const untagged: string[] = [];
    for (const document of documents) {
      const text = untaggedText(document.xml).replace(/\s+/g, ' ');
      for (const person of PERSONS) {
        for (const form of person.forms.filter((candidate) => candidate.length > 3 && !person.after)) {
          const pattern = personPattern(form, 'u');
          const match = pattern.exec(text);
          if (match) untagged.push(`${document.path.split('/').pop()}: ${text.slice(Math.max(0, match.index - 30), match.index + 30)}`);
        }
      }
    }
    expect(untagged).toEqual([]);
  });

  it('refers only to persons and bodies of the personography', () => {
    const refs = new Set(
      volumeElements().flatMap((visit) =>
        [visit.attributes.ref, visit.attributes.resp].filter((value): value is string => Boolean(value?.startsWith('per:'))),
      ),
    );
    expect(refs.size).toBeGreaterThan(80);
    const personography = PERSONS.map((person) => `per:${person.id}`);
    for (const ref of refs) {
      if (['per:edition', 'per:mel-institute', 'per:flph'].includes(ref)) continue;
      expect(personography, ref).toContain(ref);
    }
  });
});
