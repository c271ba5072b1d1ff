/**
 * Seed 001: the World-Outlook post "Lenin on Internationalism, Fighting National Oppression" (2022).
 * Six documents: the blog's frame and five Lenin texts. The editors' bridge sentence before each
 * Lenin text is kept with that text (`front/div[@type='frame']`, their responsibility), so every
 * document covers one continuous stretch of the seed. Letter parts are drafted from line numbers,
 * checked against the seed's wording first.
 */
import type { ImportedDocument, Importer } from '../importer.js';
import type { DocumentDescription } from '../shared/tei-document.js';
import { WEB_TEXT_PERSONS } from '../shared/persons-web.js';
import { buildTeiDocument } from '../shared/tei-document.js';
import { expectLine, markLine, paragraphs, seedLines } from '../shared/web-text.js';

const SOURCE_ID = 'worldoutlook-2022';
const PATHFINDER = '../pathfinder-1975/';
const CORRECTION =
  'Typing errors are not corrected in the text (they are the blog’s readings); where the sense needs it, a note of the edition says so. Spelling variants of names (Orjonikidze, Orgonikidze, Dzershinsky) are kept and point to one person.';
const NORMALIZATION =
  'Non-breaking spaces and runs of spaces of the web page are read as single ordinary spaces; trailing spaces are dropped. Left out as noise: the category label “Marxism” above the post (line 1) and the comment links “2 replies »” and “Leave a Reply” (lines 237, 239). The separators “*” between Lenin’s dictated notes are rendered by the division into sections. The editors’ sentence introducing each Lenin text is kept with that text as front/div type="frame" (their responsibility), their closing sentence (line 232) with the last text as back/div type="frame".';

type Mark = (line: string) => string;

function frameDiv(lines: string[], line: number, mark: Mark, place: 'front' | 'back'): string {
  return `    <${place}>
      <div type="frame" resp="per:world-outlook">
        <p>${mark(lines[line - 1])}</p>
      </div>
    </${place}>`;
}

function lenin(lines: string[], mark: Mark, line: number): string {
  expectLine(lines, line, 'By V.I. Lenin');
  return `        <byline>${mark(lines[line - 1])}</byline>`;
}

function document(
  id: string,
  title: string,
  lines: [number, number],
  creation: string,
  textContent: string,
  corresp?: string,
): ImportedDocument {
  const description: DocumentDescription = {
    id,
    title,
    authors: id === 'wo-frame' ? [{ id: 'world-outlook', name: 'World-Outlook' }] : [{ id: 'lenin', name: 'V. I. Lenin' }],
    sourceId: SOURCE_ID,
    lines,
    creation,
    keywords: [id === 'wo-frame' ? 'blog post' : 'letter'],
    correction: CORRECTION,
    normalization: NORMALIZATION,
    corresp,
    importer: 'src/import/worldoutlook-2022/importer.ts',
    textContent,
  };
  return { path: `texts/${SOURCE_ID}/${id}.xml`, xml: buildTeiDocument(description) };
}

function importSeed(seedText: string): ImportedDocument[] {
  const lines = seedLines(seedText).map((line) => line.replace(/ {2,}/g, ' ').trimEnd());
  const mark: Mark = (line) => markLine(line, WEB_TEXT_PERSONS);
  const at = (line: number) => mark(lines[line - 1]);
  const ps = (from: number, to: number, indent?: string) => paragraphs(lines, from, to, mark, indent);
  expectLine(lines, 3, 'Lenin on Internationalism');
  expectLine(lines, 45, 'On the Establishment of the U.S.S.R.');
  expectLine(lines, 99, 'Memo Combatting Dominant Nation Chauvinism');
  expectLine(lines, 119, 'The Question of Nationalities');
  expectLine(lines, 197, 'To: L. D. TROTSKY');
  expectLine(lines, 215, 'To: P. G. MDIVANI');

  const frame = document(
    'wo-frame',
    'Lenin on Internationalism, Fighting National Oppression (the blog’s introduction)',
    [1, 40],
    '<date when="2022" cert="medium">2022</date>',
    `    <front>
      <docTitle><titlePart type="main">${at(3)}</titlePart></docTitle>
    </front>
    <body>
      <div type="frame">
${ps(7, 15)}
        <figure><head>${at(17)}</head></figure>
${ps(19, 21)}
        <cit>
          <quote>
${ps(23, 37, '            ')}
          </quote>
          <bibl type="citation">${at(39)}</bibl>
        </cit>
        <figure><head>${at(40)}</head></figure>
      </div>
    </body>`,
  );

  const kamenev = document(
    'wo-lenin-to-kamenev',
    'On the Establishment of the U.S.S.R.: Letter to L. B. Kamenev for Members of the Politbureau',
    [42, 93],
    '<date when="1922-09-26" cert="medium">September 26, 1922</date>',
    `${frameDiv(lines, 42, mark, 'front')}
    <body>
      <div type="letter">
        <head>${at(45)}</head>
${lenin(lines, mark, 48)}
        <head type="sub">${at(50)}</head>
${ps(52, 88)}
        <closer>
          <salute>${at(90)}</salute>
          <signed>${at(91)}</signed>
        </closer>
        <postscript><p>${at(93)}</p></postscript>
      </div>
    </body>`,
    `${PATHFINDER}pf-lenin-to-kamenev.xml`,
  );

  const memo = document(
    'wo-lenin-dominant-nation-chauvinism',
    'Memo Combatting Dominant Nation Chauvinism',
    [96, 113],
    '<date when="1922-10-06" cert="medium">October 6, 1922</date>',
    `${frameDiv(lines, 96, mark, 'front')}
    <body>
      <div type="memorandum">
        <head>${at(99)}</head>
${lenin(lines, mark, 102)}
${ps(104, 104)}
        <p>${at(106)}
          <list>
            <item>${at(107)}</item>
            <item>${at(108)}</item>
            <item>${at(109)}</item>
          </list>
        </p>
${ps(110, 110)}
        <closer>
          <salute>${at(112)}</salute>
          <signed>${at(113)}</signed>
        </closer>
      </div>
    </body>`,
    `${PATHFINDER}pf-lenin-dominant-nation-chauvinism.xml`,
  );

  const dictation = (line: number) =>
    `<note type="dictation" resp="per:volodicheva" place="inline">${at(line)}</note>`;
  const nationalities = document(
    'wo-lenin-question-of-nationalities',
    'The Question of Nationalities or “Autonomization”',
    [116, 191],
    '<date from="1922-12-30" to="1922-12-31">December 30–31, 1922</date>',
    `${frameDiv(lines, 116, mark, 'front')}
    <body>
      <div type="memorandum">
        <head>${at(119)}</head>
${lenin(lines, mark, 122)}
        <div type="section" n="1">
${ps(124, 144, '          ')}
          <closer>
            <signed>${at(146)}</signed>
            <dateline>${at(148)}</dateline>
            ${dictation(149)}
          </closer>
        </div>
        <div type="section" n="2">
          <head>${at(153)}</head>
          <opener><dateline>${at(154)}</dateline></opener>
${ps(156, 164, '          ')}
          <closer>
            <signed>${at(166)}</signed>
            ${dictation(168)}
            <dateline>${at(169)}</dateline>
          </closer>
        </div>
        <div type="section" n="3">
          <head>${at(173)}</head>
          <opener><dateline>${at(174)}</dateline></opener>
${ps(176, 186, '          ')}
          <closer>
            <signed>${at(188)}</signed>
            <dateline>${at(190)}</dateline>
            ${dictation(191)}
          </closer>
        </div>
      </div>
    </body>`,
    `${PATHFINDER}pf-lenin-question-of-nationalities.xml`,
  );

  const trotsky = document(
    'wo-lenin-to-trotsky-1923-03-05',
    'To L. D. Trotsky',
    [194, 209],
    '<date when="1923-03-05">March 5, 1923</date>',
    `${frameDiv(lines, 194, mark, 'front')}
    <body>
      <div type="letter">
        <head>${at(197)}</head>
${lenin(lines, mark, 199)}
        <opener>
          <seg>${at(201)}</seg>
          <seg>${at(202)}</seg>
          <salute>${at(204)}</salute>
        </opener>
${ps(206, 206)}
        <closer>
          <salute>${at(208)}</salute>
          <signed>${at(209)}</signed>
        </closer>
      </div>
    </body>`,
    `${PATHFINDER}pf-lenin-to-trotsky-1923-03-05.xml`,
  );

  const mdivani = document(
    'wo-lenin-to-mdivani-1923-03-06',
    'To P. G. Mdivani, F. Y. Makharadze and Others',
    [212, 232],
    '<date when="1923-03-06" cert="medium">March 6, 1923</date>',
    `${frameDiv(lines, 212, mark, 'front')}
    <body>
      <div type="letter">
        <head>${at(215)}</head>
${lenin(lines, mark, 217)}
        <opener>
          <seg>${at(219)}</seg>
          <seg>${at(221)}</seg>
          <seg>${at(222)}</seg>
          <salute>${at(224)}</salute>
        </opener>
${ps(226, 226)}
        <closer>
          <salute>${at(228)}</salute>
          <signed>${at(229)}</signed>
        </closer>
      </div>
    </body>
${frameDiv(lines, 232, mark, 'back')}`,
    `${PATHFINDER}pf-lenin-to-mdivani-1923-03-06.xml`,
  );

  return [frame, kamenev, memo, nationalities, trotsky, mdivani];
}

export const worldOutlookImporter: Importer = {
  sourceId: SOURCE_ID,
  seedFile: '001_5c49c09aded13e01.txt',
  importSeed,
};
