/**
 * Seed 000: chapter 6 of the Platform of the Joint Opposition on marxist.com (IMT).
 * One document; the endnote [1] moves to its anchor; the site's "Join us" box is left out.
 */
import type { ImportedDocument, Importer } from '../importer.js';
import { markInline } from '../shared/inline-markup.js';
import { WEB_TEXT_PERSONS } from '../shared/persons-web.js';
import { buildTeiDocument } from '../shared/tei-document.js';
import { expectLine, markLine, parseEndnotes, seedLines } from '../shared/web-text.js';

const NOTE_STYLE = { type: 'editor', resp: 'per:imt' };

function importSeed(seedText: string): ImportedDocument[] {
  const lines = seedLines(seedText);
  expectLine(lines, 3, '6. The National Question');
  expectLine(lines, 55, '1. Lenin, To S.G Said-Galiev');
  const notes = parseEndnotes(lines, 55, 55);
  const mark = (line: string) => markLine(line, WEB_TEXT_PERSONS, notes, NOTE_STYLE);

  const body: string[] = [];
  let list: string[] = [];
  for (let number = 5; number <= 52; number++) {
    const line = lines[number - 1].replace(/^> /, '');
    const item = /^\s+(\d+)\. (.*)$/.exec(line);
    if (item) {
      list.push(`          <label>${item[1]}.</label>\n          <item>${mark(item[2])}</item>`);
      continue;
    }
    if (list.length > 0) {
      body.push(`        <list rend="numbered">\n${list.join('\n')}\n        </list>`);
      list = [];
    }
    if (line.trim() !== '') body.push(`        <p>${mark(line)}</p>`);
  }

  const textContent = `    <front>
      <docTitle><titlePart type="main">${markInline(lines[0].replace(/^\[Classics\] /, ''), [])}</titlePart></docTitle>
    </front>
    <body>
      <div type="chapter" n="6">
        <head>${mark(lines[2])}</head>
${body.join('\n')}
      </div>
    </body>`;

  return [
    {
      path: 'texts/platform-imt/imt-platform-ch6-national-question.xml',
      xml: buildTeiDocument({
        id: 'imt-platform-ch6-national-question',
        title: 'Platform of the Joint Opposition, chapter 6: The National Question',
        authors: [{ id: 'joint-opposition', name: 'The Joint Opposition' }],
        sourceId: 'platform-imt',
        lines: [1, 55],
        creation: '<date when="1927">1927</date>',
        keywords: ['platform chapter'],
        correction:
          'Typing errors of the transcription are corrected in choice/sic/corr with @resp="per:edition"; the printed reading stays in sic.',
        normalization:
          'Non-breaking spaces of the web page are read as ordinary spaces. Left out as noise: the site series label “[Classics]” before the title (line 1), the markdown quotation mark “>” before demand (11) (line 52), and the site’s recruitment box “Join us … as soon as possible” (lines 57–59). The endnote (line 55) is moved to its anchor [1].',
        otherPart: {
          target: '../platform-mia/mia-platform-ch7-the-party.xml',
          label: 'chapter 7 of the same Platform, in the MIA transcription',
        },
        importer: 'src/import/platform-imt/importer.ts',
        textContent,
      }),
    },
  ];
}

export const platformImtImporter: Importer = {
  sourceId: 'platform-imt',
  seedFile: '000_efe3eab986bba2d1.txt',
  importSeed,
};
