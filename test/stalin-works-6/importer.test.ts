import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../src/import/run-import.js';
import { labelValue } from '../../src/import/stalin-works-6/chronicle.js';
import { findDates, parseRomanDateline } from '../../src/import/stalin-works-6/dates.js';
import { stalinWorks6Importer } from '../../src/import/stalin-works-6/index.js';
import { buildLexicon, isLetterSpaced, repairLetterSpacing } from '../../src/import/stalin-works-6/letter-spacing.js';
import { findNoteMarkers } from '../../src/import/stalin-works-6/note-markers.js';
import { reconstructPages } from '../../src/import/stalin-works-6/pages.js';
import { findPersons } from '../../src/import/stalin-works-6/persons.js';
import { seedPath } from './documents.js';

describe('letter-spacing repair', () => {
  const lexicon = buildLexicon([
    'Comrade Stalin directs the proceedings of the conference',
    'the resolution on Results of the Discussion and the Petty-Bourgeois',
    'Lenin’s disciples had already shown that',
  ]);

  it('recognises letter-spaced lines and leaves ordinary ones alone', () => {
    expect(isLetterSpaced('J . V. S t a l i n d i r e c t s t h e p r o c e e d i n g s')).toBe(true);
    expect(isLetterSpaced('the proceedings of the Thirteenth Conference of the R.C.P.(B.).')).toBe(false);
  });

  it('rejoins words known from the seed, with their punctuation', () => {
    expect(repairLetterSpacing('S t a l i n d i r e c t s t h e p r o c e e d i n g s', lexicon)).toBe('Stalin directs the proceedings');
    expect(repairLetterSpacing('a n d “ R e s u l t s o f t h e D i s c u s s i o n', lexicon)).toBe('and “Results of the Discussion');
    expect(repairLetterSpacing('L enin’s d isciples ha d a lr e a dy', lexicon)).toBe('Lenin’s disciples had already');
  });

  it('keeps unknown letters apart rather than inventing a word', () => {
    expect(repairLetterSpacing('t h e x q z', lexicon)).toBe('the x q z');
  });
});

describe('dates', () => {
  const values = (text: string, year?: number) => findDates(text, year).map((match) => [text.slice(match.start, match.end), match.attributes]);

  it('gives double dates both values, whichever calendar is printed first', () => {
    expect(values('on October 10 (23), 1917, the')).toEqual([
      ['October 10 (23), 1917', { calendar: 'src:julian src:gregorian', datingMethod: 'src:julian', when: '1917-10-23', 'when-custom': '1917-10-10' }],
    ]);
    expect(values('June 24 (11), 1917')[0][1]).toMatchObject({ when: '1917-06-24', 'when-custom': '1917-06-11' });
    expect(values('from April 30 to May 19 (May 13 to June 1), 1907')[0][1]).toMatchObject({
      from: '1907-05-13', to: '1907-06-01', 'from-custom': '1907-04-30', 'to-custom': '1907-05-19',
    });
  });

  it('tags full dates, ranges and years, but not quantities', () => {
    expect(values('Pravda, No. 23, January 30, 1924')).toEqual([['January 30, 1924', { when: '1924-01-30' }]]);
    expect(values('on May 23-31, 1924')).toEqual([['May 23-31, 1924', { from: '1924-05-23', to: '1924-05-31' }]]);
    expect(values('in 1919-21 and 1905')).toEqual([
      ['1919-21', { from: '1919', to: '1921' }],
      ['1905', { when: '1905' }],
    ]);
    expect(values('increased by 1,905 members, 68 per cent')).toEqual([]);
  });

  it('gives each day of a list its own date, the year taken from the end of the list', () => {
    expect(values('Pravda, Nos. 136 and 137, June 19 and 20, 1924')).toEqual([
      ['June 19', { when: '1924-06-19' }],
      ['20, 1924', { when: '1924-06-20' }],
    ]);
    expect(values('April 26 and 30, May 9, 11 and 18, 1924').map(([, value]) => value)).toEqual(
      ['1924-04-26', '1924-04-30', '1924-05-09', '1924-05-11', '1924-05-18'].map((when) => ({ when })),
    );
  });

  it('resolves days without a year only where the context gives one', () => {
    expect(values('January 17')).toEqual([]);
    expect(values('January 17', 1924)).toEqual([['January 17', { when: '1924-01-17', cert: 'medium' }]]);
  });

  it('encodes dates before the changeover of 1918-02-14 Old Style, Gregorian in @when', () => {
    expect(values('on March 7, 1917, for')).toEqual([
      ['March 7, 1917', { calendar: 'src:julian', datingMethod: 'src:julian', when: '1917-03-20', 'when-custom': '1917-03-07' }],
    ]);
    expect(values('in October 1917.')[0][1]).toEqual({
      calendar: 'src:julian', datingMethod: 'src:julian', from: '1917-10-14', to: '1917-11-13', 'from-custom': '1917-10-01', 'to-custom': '1917-10-31',
    });
    expect(values('in 1905 and 1919-21.')).toEqual([['1905', { when: '1905' }], ['1919-21', { from: '1919', to: '1921' }]]);
    expect(values('Kugelmann (April 1871)')[0][1]).toEqual({ calendar: 'src:gregorian', when: '1871-04' });
  });

  it('tags the reviewed dates printed without a year, with the year of their context', () => {
    expect(values('the December 5 resolution')).toEqual([['December 5', { when: '1923-12-05', cert: 'medium' }]]);
    expect(values('on October 25. Is that')[0][1]).toMatchObject({ when: '1917-11-07', 'when-custom': '1917-10-25', cert: 'medium' });
    expect(values('on December 5, 1923')).toEqual([['December 5, 1923', { when: '1923-12-05' }]]);
  });

  it('reads Roman-numeral datelines', () => {
    expect(parseRomanDateline('15. VII. 24')).toBe('1924-07-15');
    expect(parseRomanDateline('7/XI 24')).toBe('1924-11-07');
    expect(parseRomanDateline('15. XIV. 24')).toBeUndefined();
  });
});

describe('chronicle date labels', () => {
  it('resolves every label to 1924', () => {
    expect(labelValue('January 14-15')).toEqual({ from: '1924-01-14', to: '1924-01-15', cert: 'medium' });
    expect(labelValue('March 31— April 2')).toEqual({ from: '1924-03-31', to: '1924-04-02', cert: 'medium' });
    expect(labelValue('Beginning of April')).toEqual({ when: '1924-04', cert: 'medium' });
    expect(labelValue('January 29, 31')).toEqual({ notBefore: '1924-01-29', notAfter: '1924-01-31', cert: 'medium' });
    expect(labelValue('Before November 7')).toEqual({ notAfter: '1924-11-07', cert: 'medium' });
    expect(labelValue('Death of V. I. Lenin')).toBeUndefined();
  });
});

describe('note markers', () => {
  it('finds bare numbers in sequence and skips numbers that belong to the text', () => {
    const lines = [
      'OF THE R. C. P. (B.) 1',
      'which increased by 2 per cent, see Vol. 2',
      'the resolution on democracy 2 that was',
      'the Curzon ultimatum, 3 which',
    ];
    const { markers, unfound } = findNoteMarkers(lines, lines.length, 4, new Map());
    expect(markers.map((marker) => [marker.n, marker.line])).toEqual([[1, 1], [2, 3], [3, 4]]);
    expect(unfound).toEqual([4]);
  });
});

describe('page reconstruction', () => {
  const lines = [
    'Title', 'first page text.', ' second page goes on', 'and ends here.', 'A new paragraph that begins a page.',
    'more text on it', ' a page start', 'last line.',
  ];
  const isNoise = () => false;

  it('counts visible page starts and places a missing one at a paragraph start', () => {
    const { pages, problems } = reconstructPages({
      lines, firstArabicLine: 1, frontPages: [], knownStarts: [1], blankPageBefore: [], notStarts: [], isNoise,
      anchors: [{ line: 8, page: 4, why: 'test' }],
    });
    expect(problems).toEqual([]);
    expect(pages.map((page) => [page.line, page.n, page.inferred])).toEqual([[1, '1', false], [3, '2', false], [5, '3', true], [7, '4', false]]);
  });

  it('reports anchors that contradict the visible page starts', () => {
    const { problems } = reconstructPages({
      lines, firstArabicLine: 1, frontPages: [], knownStarts: [1], blankPageBefore: [], notStarts: [], isNoise,
      anchors: [{ line: 8, page: 2, why: 'test' }],
    });
    expect(problems.length).toBe(1);
  });
});

describe('persons', () => {
  const ids = (text: string) => findPersons(text).map((match) => [text.slice(match.start, match.end), match.id]);

  it('tags names, initials and possessives, not derived forms or institutions', () => {
    expect(ids('V. I. Lenin’s teaching; Leninism and the Lenin Enrolment; the Marx-Engels-Lenin Institute')).toEqual([
      ['V. I. Lenin', 'lenin'],
    ]);
    expect(ids('COMRADE LENIN ENJOINED US; the Sverdlov University')).toEqual([['LENIN', 'lenin']]);
  });

  it('tells two persons of one name apart by context', () => {
    expect(ids('by a new Commander-in-Chief, Kamenev. Kamenev spoke')).toEqual([
      ['Kamenev', 'kamenev-ss'],
      ['Kamenev', 'kamenev'],
    ]);
  });
});

describe('importer', () => {
  it('reports a seed that does not match its data with the seed line, not a crash', () => {
    expect(() => stalinWorks6Importer.importSeed('PREFACE\nonly two lines')).toThrow(ImportInputError);
    expect(() => stalinWorks6Importer.importSeed('PREFACE\nonly two lines')).toThrow(/004_93893b877f0de433\.txt:2:1: /);
  });

  it.skipIf(!existsSync(seedPath))('reports a reviewed line that no longer says what the data expects', () => {
    const lines = readFileSync(seedPath, 'utf8').split('\n');
    lines[12] = lines[12].replace('Rosta*', 'Rosta');
    expect(() => stalinWorks6Importer.importSeed(lines.join('\n'))).toThrow(/:13:1: the footnote marker “Rosta\*”/);
  });
});
