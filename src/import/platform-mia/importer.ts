/**
 * Seed 003: chapter 7 of the Platform of the Joint Opposition, Marxists Internet Archive.
 * One document; the endnotes [1]–[15] move to their anchors; the navigation footer is left out.
 * Paragraphs, the membership table (lines 13–16), the numbered list (136–138) and the
 * "Practical Proposals" section are drafted; quotations set off as paragraphs are marked by hand.
 */
import type { ImportedDocument, Importer } from '../importer.js';
import { escapeXml } from '../shared/escape-xml.js';
import { WEB_TEXT_PERSONS } from '../shared/persons-web.js';
import { buildTeiDocument } from '../shared/tei-document.js';
import { expectLine, markLine, paragraphs, parseEndnotes, seedLines } from '../shared/web-text.js';

const NOTE_STYLE = { type: 'author', resp: 'per:joint-opposition' };

function importSeed(seedText: string): ImportedDocument[] {
  const lines = seedLines(seedText);
  expectLine(lines, 6, 'Chapter 7');
  expectLine(lines, 96, 'Practical Proposals');
  expectLine(lines, 153, '1. Lenin');
  const notes = parseEndnotes(lines, 153, 181);
  const mark = (line: string) => markLine(line, WEB_TEXT_PERSONS, notes, NOTE_STYLE);

  const rows = [13, 14, 15, 16].map((number) => {
    const match = /^(.*?)\s+([\d,]+)$/.exec(lines[number - 1].trim())!;
    return `          <row><cell>${mark(match[1])}</cell><cell>${escapeXml(match[2])}</cell></row>`;
  });
  const listItems = [136, 137, 138].map((number) => {
    const match = /^(\d+)\. (.*)$/.exec(lines[number - 1].trim())!;
    return `            <label>${match[1]}.</label>\n            <item>${mark(match[2])}</item>`;
  });

  const textContent = `    <front>
      <docAuthor>${mark(lines[0])}</docAuthor>
      <docTitle><titlePart type="main">${mark(lines[2])}</titlePart></docTitle>
    </front>
    <body>
      <div type="chapter" n="7">
        <head>${mark(lines[5])}<lb/>${mark(lines[6])}</head>
${paragraphs(lines, 9, 11, mark)}
        <table rows="4" cols="2">
${rows.join('\n')}
        </table>
${paragraphs(lines, 18, 94, mark)}
        <div type="section">
          <head>${mark(lines[95])}</head>
${paragraphs(lines, 98, 134, mark, '          ')}
          <list rend="numbered">
${listItems.join('\n')}
          </list>
${paragraphs(lines, 140, 150, mark, '          ')}
        </div>
      </div>
    </body>`;

  return [
    {
      path: 'texts/platform-mia/mia-platform-ch7-the-party.xml',
      xml: buildTeiDocument({
        id: 'mia-platform-ch7-the-party',
        title: 'Platform of the Joint Opposition, chapter 7: The Party',
        authors: [
          { id: 'joint-opposition', name: 'The Joint Opposition' },
          { id: 'trotsky', name: 'Leon Trotsky' },
        ],
        sourceId: 'platform-mia',
        lines: [1, 181],
        creation: '<date when="1927">1927</date>',
        keywords: ['platform chapter'],
        correction:
          'Typing errors of the transcription are corrected in choice/sic/corr with @resp="per:edition"; the printed reading stays in sic.',
        normalization:
          'Non-breaking spaces of the web page are read as ordinary spaces. Left out as noise: the navigation footer “Chapter VI | Platform of the Opposition Index | Chapter VIII” (line 183), the text of its link images “return return return return return” (185) and the page stamp “Last updated on: 26.1.2007” (187). The endnotes 1–15 (lines 153–181) are moved to their anchors [1]–[15]; the brackets around the markers are not kept.',
        otherPart: {
          target: '../platform-imt/imt-platform-ch6-national-question.xml',
          label: 'chapter 6 of the same Platform, in the IMT transcription',
        },
        importer: 'src/import/platform-mia/importer.ts',
        textContent,
      }),
    },
  ];
}

export const platformMiaImporter: Importer = {
  sourceId: 'platform-mia',
  seedFile: '003_aedfe63598753b50.txt',
  importSeed,
};
