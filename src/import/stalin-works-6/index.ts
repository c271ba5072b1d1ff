/**
 * Importer for seed 004: J. V. Stalin, Works, vol. 6 (1924), PDF text of the English edition.
 * One TEI document per work, plus the notes section's heading and the Biographical Chronicle.
 */
import type { ImportedDocument, Importer } from '../importer.js';
import { BodyWriter } from './body.js';
import { chronicleBody, REPAIRS } from './chronicle.js';
import { CORRECTIONS } from './corrections.js';
import { documentXml, header, SOURCE_ID } from './header.js';
import { resetReviewedDates, unmetReviewedDates } from './reviewed-dates.js';
import { seedError } from './seed-error.js';
import { prepareVolume, type Volume } from './volume.js';
import { WORKS, type PartSpec, type WorkSpec } from './works.js';

const KEYWORDS: Record<WorkSpec['type'], string> = {
  preface: 'preface', interview: 'interview', speech: 'speech', report: 'report', essay: 'lectures',
  article: 'article', letter: 'letter', greeting: 'greeting', part: 'speeches', notes: 'notes', chronicle: 'chronicle',
};

export const stalinWorks6Importer: Importer = {
  sourceId: SOURCE_ID,
  seedFile: '004_93893b877f0de433.txt',
  importSeed(seedText: string): ImportedDocument[] {
    const seedLines = seedText.split('\n').length;
    if (seedLines < WORKS[WORKS.length - 1].end) {
      throw seedError(seedLines, `the seed has ${seedLines} lines; the volume’s data expects ${WORKS[WORKS.length - 1].end}`);
    }
    resetReviewedDates();
    const volume = prepareVolume(seedText);
    if (volume.unfoundMarkers.length) {
      throw seedError(1, `note markers ${volume.unfoundMarkers.join(', ')} not found before the notes section`);
    }
    const documents = WORKS.map((work) => {
      const documentId = `sw6-${work.key}`;
      const writer = new BodyWriter(volume, { documentId, notHeadings: work.notHeadings ?? [], tag: {} });
      const bodyXml = work.type === 'chronicle' ? chronicleBody(volume, writer, work.start, work.end) : workBody(volume, writer, work);
      const pages = volume.pages.filter((page) => page.line >= work.start && page.line <= work.end);
      const firstPage = [...volume.pages].reverse().find((page) => page.line <= work.start)!;
      const corrections = CORRECTIONS.filter((c) => c.line >= work.start && c.line <= work.end).map(
        (c) => `“${c.sic}” (line ${c.line}, ${c.why})`,
      );
      if (work.type === 'chronicle') {
        corrections.push(
          ...REPAIRS.map((repair) => `lines ${repair.from}–${repair.to}: ${repair.why}`),
          'the July 15 entry’s text, printed under July 8, is given under its date with an empty sic',
        );
      }
      const headerXml = header({
        documentId,
        work,
        pages: { from: firstPage.n, to: (pages[pages.length - 1] ?? firstPage).n },
        corrections,
        keyword: KEYWORDS[work.type],
      });
      return { path: `texts/stalin-works-6/${documentId}.xml`, xml: documentXml(documentId, headerXml, breakLines(bodyXml)) };
    });
    const unmet = unmetReviewedDates();
    if (unmet.length && !process.env.SW6_IGNORE_UNMET) throw seedError(1, `reviewed dates not found as expected: ${unmet.join('; ')}`);
    return documents;
  },
};

function workBody(volume: Volume, writer: BodyWriter, work: WorkSpec): string {
  let xml = `<div type="${work.type}">`;
  xml += writer.head(work.head[0], work.head[1]);
  let next = work.head[1] + 1;
  if (work.subhead) {
    xml += writer.head(work.subhead[0], work.subhead[1], 'sub');
    next = work.subhead[1] + 1;
  }
  if (work.dateline) {
    xml += writer.dateline(work.dateline.line, work.dateline.value);
    next = work.dateline.line + 1;
  }
  let end = work.end;
  const sourceAtTop = work.source && work.source.lines[0] < (work.parts?.[0]?.start ?? Infinity) && work.source.lines[0] <= next + 2;
  if (work.source && sourceAtTop) {
    xml += writer.sourceNote(work.source.lines[0], work.source.lines[1], work.source.value);
    next = work.source.lines[1] + 1;
  }
  if (work.type === 'notes') {
    xml += `<note type="edition" resp="per:edition">The Institute’s notes 1–79 (seed lines ${work.start}–${work.end}) are encoded at their markers in the works; notes 77 and 78, whose texts the seed does not print, and note 80, likewise missing, are recorded there as gaps. The pages of the notes section follow.</note>`;
    xml += noteIndex(volume);
    xml += writer.pagesWithin(work.start, work.end);
    return `${xml}</div>`;
  }
  if (work.source && !sourceAtTop) end = Math.min(end, work.source.lines[0] - 1);
  if (work.closer) end = Math.min(end, work.closer[0] - 1);
  if (work.type === 'letter') {
    while (!volume.text[next].trim()) next++;
    xml += `<opener>${writer.head(next, next).replace(/^<head>/, '<salute>').replace(/<\/head>$/, '</salute>')}</opener>`;
    next++;
  }
  if (work.parts) {
    xml += writer.body(next, work.parts[0].start - 1);
    for (const part of work.parts) xml += partBody(writer, work, part);
  } else {
    xml += writer.body(next, end);
  }
  if (work.closer) xml += writer.closer(work.closer[0], work.closer[1]);
  if (work.source && !sourceAtTop) xml += writer.sourceNote(work.source.lines[0], work.source.lines[1], work.source.value);
  return `${xml}</div>`;
}

function partBody(writer: BodyWriter, work: WorkSpec, part: PartSpec): string {
  let xml = `<div type="${part.type}">`;
  xml += writer.head(part.head[0], part.head[1]);
  let next = part.head[1] + 1;
  if (part.dateline) {
    xml += writer.dateline(part.dateline.line, part.dateline.value);
    next = part.dateline.line + 1;
  }
  const end = work.source && work.source.lines[0] > part.start ? Math.min(part.end, work.source.lines[0] - 1) : part.end;
  xml += writer.body(next, end);
  return `${xml}</div>`;
}

/** The notes section as printed numbers, each pointing to its note at its marker. */
function noteIndex(volume: Volume): string {
  const items = [...volume.noteDocument.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, documentId]) => `<item n="${n}"><ref target="${documentId}.xml#${documentId}-n${n}">${n}</ref></item>`);
  return `<list type="notes">${items.join('')}</list>`;
}

/** One block element a line, for readable curated files (whitespace between blocks is insignificant). */
function breakLines(xml: string): string {
  return xml
    .replace(/(<\/(?:p|head|dateline|closer|opener|event|list|listEvent)>)(?=<(?!\/(?:event|listEvent|div|closer|opener)))/g, '$1\n')
    .replace(/(<\/(?:p|head|dateline|closer|opener|event|list|listEvent|div)>)(?=<\/(?:event|listEvent|div)>)/g, '$1\n')
    .replace(/(?<=>)(<div[ >]|<listEvent>|<list type)/g, '\n$1');
}
