import { describe, expect, it } from 'vitest';
import { lintDocuments, rules } from '../../src/lint/lint.js';
import type { Rule } from '../../src/lint/rule.js';
import { lint, parse, positionsOf, tei } from './helpers.js';

const PERSONS = tei('<p/>', {
  id: 'persons',
  back: '<listPerson><person xml:id="lenin"><persName>Lenin</persName><death when="1924-01-21"/></person><person xml:id="kamenev"><persName>Kamenev</persName></person></listPerson>',
});
const PREFIXES = `<encodingDesc><listPrefixDef><prefixDef ident="per" matchPattern="([a-z]+)" replacementPattern="../../persons.xml#$1"/></listPrefixDef></encodingDesc>`;

describe('cross-document resolution', () => {
  it('honours prefixDef relative to the declaring document and loads the personography once', () => {
    const persons = parse('corpus/persons.xml', PERSONS);
    const text = parse('corpus/texts/a/letter.xml', tei('<p><persName ref="per:lenin">Lenin</persName> <persName ref="per:zinoviev">Z.</persName></p>', { header: PREFIXES }));
    let loads = 0;
    const result = lintDocuments([text], {
      loadDocument: (absolute) => {
        loads++;
        return absolute.endsWith('corpus/persons.xml') ? persons : undefined;
      },
    });
    expect(positionsOf(result.diagnostics, 'person-ref-resolves')).toEqual(['4:57']);
    expect(result.diagnostics.find((d) => d.ruleId === 'person-ref-resolves')?.message).toContain('zinoviev');
    expect(loads).toBe(1);
  });

  it('resolves one personography per folder, and reports persons nobody refers to', () => {
    const persons = parse('corpus/persons.xml', PERSONS);
    const text = parse('corpus/texts/a/letter.xml', tei('<p><persName ref="per:lenin">Lenin</persName></p>', { header: PREFIXES }));
    const result = lint([persons, text]);
    const unreferenced = result.diagnostics.filter((d) => d.ruleId === 'person-referenced');
    expect(unreferenced.map((d) => d.file)).toEqual(['corpus/persons.xml']);
    expect(unreferenced[0].message).toContain('kamenev');
  });

  it('finds duplicate xml:ids across documents', () => {
    const one = parse('one.xml', tei('<p xml:id="x-1">One</p>', { id: 'one' }));
    const two = parse('two.xml', tei('<p xml:id="x-1">Two</p>', { id: 'two' }));
    const duplicates = lint([one, two]).diagnostics.filter((d) => d.ruleId === 'xml-id-unique');
    expect(duplicates.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['two.xml:4:4']);
  });

  it('checks authority URLs by syntax only, never fetching them', () => {
    const document = parse('a.xml', tei('<p><persName ref="https://www.wikidata.org/wiki/Q1394">Lenin</persName></p>'));
    const result = lint([document], {
      loadDocument: () => {
        throw new Error('must not be called for URLs');
      },
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.toolFailures).toEqual([]);
  });

  it('dates a text after its author death across documents', () => {
    const persons = parse('corpus/persons.xml', PERSONS);
    const text = parse(
      'corpus/texts/a/letter.xml',
      tei('<p><persName ref="per:lenin">Lenin</persName></p>', {
        header: `${PREFIXES}<profileDesc><creation><date when="1925">1925</date></creation></profileDesc>`,
      }).replace('<title>T</title>', '<title>T</title><author ref="per:lenin">Lenin</author>'),
    );
    const line = text.text.split('\n')[1];
    expect(positionsOf(lint([text], {}, [persons]).diagnostics, 'date-life')).toEqual([`2:${line.indexOf('when="1925"') + 1}`]);
  });
});

describe('suppressions', () => {
  const withComment = (comment: string) =>
    parse('s.xml', tei(`${comment}\n<p><date when="1922-02-30">February 30, 1922</date></p>\n<p><date when="1922-02-31">x</date></p>`));

  it('a suppression with a reason silences the rule on the next element only', () => {
    const result = lint([withComment('<!-- tei-edition-disable-next-line date-iso, date-text — printed so in the source -->')]);
    expect(positionsOf(result.diagnostics, 'date-iso')).toEqual(['6:10']);
    expect(positionsOf(result.diagnostics, 'date-text')).toEqual([]);
    expect(result.diagnostics.some((d) => d.ruleId.startsWith('lint/'))).toBe(false);
  });

  it('a suppression without a reason is itself a finding and suppresses nothing', () => {
    const result = lint([withComment('<!-- tei-edition-disable-next-line date-iso -->')]);
    expect(positionsOf(result.diagnostics, 'lint/suppression-without-reason')).toEqual(['4:1']);
    expect(positionsOf(result.diagnostics, 'date-iso')).toEqual(['5:10', '6:10']);
  });

  it('a suppression naming an unknown rule is reported', () => {
    const result = lint([withComment('<!-- tei-edition-disable-next-line no-such-rule - because -->')]);
    expect(positionsOf(result.diagnostics, 'lint/suppression-unknown-rule')).toEqual(['4:1']);
  });
});

describe('rule failures', () => {
  it('a rule that throws becomes a tool failure naming rule and file; the other rules go on', () => {
    const broken: Rule = {
      id: 'broken-rule',
      meta: { description: 'throws', severity: 'error', profile: 'tei' },
      messages: {},
      check() {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    const document = parse('b.xml', tei('<p><date when="1922-02-30">x</date></p>'));
    const result = lintDocuments([document], { ruleSet: [broken, ...rules] });
    expect(result.toolFailures).toHaveLength(1);
    expect(result.toolFailures[0]).toMatchObject({ ruleId: 'broken-rule', file: 'b.xml', source: 'tool', severity: 'error' });
    expect(result.toolFailures[0].message).toContain('broken-rule');
    expect(result.toolFailures[0].message).toContain('b.xml');
    expect(positionsOf(result.diagnostics, 'date-iso')).toEqual(['4:10']);
  });
});

describe('pages across documents', () => {
  const withPages = (id: string, pages: number[]) =>
    parse(
      `${id}.xml`,
      tei(`<p>${pages.map((n) => `<pb n="${n}"/>x`).join('')}</p>`, { id }).replace(
        '<sourceDesc><p>S</p></sourceDesc>',
        '<sourceDesc><bibl><ptr target="https://example.org/book"/></bibl></sourceDesc>',
      ),
    );

  it('a page begins in only one document of a source', () => {
    const result = lint([withPages('a', [30, 31]), withPages('b', [31, 32])]);
    const repeated = result.diagnostics.filter((d) => d.ruleId === 'pb-sequence');
    expect(repeated.map((d) => d.file)).toEqual(['b.xml']);
    expect(repeated[0].message).toContain('a.xml');
  });

  it('consecutive documents of a source pass', () => {
    expect(lint([withPages('a', [30, 31]), withPages('b', [32, 33])]).diagnostics).toEqual([]);
  });
});

describe('configuration', () => {
  it('names rule ids in a "rules" setting that do not exist', async () => {
    const { unknownRuleIds } = await import('../../src/lint/lint.js');
    expect(unknownRuleIds({ 'date-iso': 'off', 'date-isso': 'warning' })).toEqual(['date-isso']);
    expect(unknownRuleIds()).toEqual([]);
  });
});

describe('other projects', () => {
  it('a teiCorpus declares prefixes once for all its texts; @ref may be authority URLs', () => {
    const corpus = parse(
      'corpus.xml',
      `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>
<encodingDesc><listPrefixDef><prefixDef ident="psn" matchPattern="(.+)" replacementPattern="#$1"/><prefixDef ident="wd" matchPattern="(Q\\d+)" replacementPattern="https://www.wikidata.org/wiki/$1"/></listPrefixDef></encodingDesc></teiHeader>
<TEI><teiHeader><fileDesc><titleStmt><title>L1</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><p><persName ref="psn:goethe">Goethe</persName> and <persName ref="wd:Q5879">Goethe</persName> and <persName ref="wd:X1">?</persName></p></body>
<back><listPerson><person xml:id="goethe"><persName>Goethe</persName></person></listPerson></back></text></TEI>
</teiCorpus>`,
    );
    const result = lint([corpus]);
    expect(result.toolFailures).toEqual([]);
    // only wd:X1 fails: it does not match the prefix's pattern
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.line}`)).toEqual(['person-ref-resolves 5']);
    expect(result.diagnostics[0].message).toContain('wd:X1');
  });
});
