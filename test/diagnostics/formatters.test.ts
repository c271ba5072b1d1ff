import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FormatContext } from '../../src/diagnostics/format-context.js';
import { escapeData, escapeProperty, github } from '../../src/diagnostics/formatters/github.js';
import { json } from '../../src/diagnostics/formatters/json.js';
import { junit } from '../../src/diagnostics/formatters/junit.js';
import { sarif } from '../../src/diagnostics/formatters/sarif.js';
import { stylish } from '../../src/diagnostics/formatters/stylish.js';

const source = '<TEI>\n  <persName ref="per:nobody">X</persName>\n</TEI>\n';
const findings: Diagnostic[] = [
  {
    file: 'tei/a.xml',
    line: 2,
    column: 13,
    ruleId: 'persname-ref-resolves',
    severity: 'error',
    source: 'lint',
    message: 'per:nobody, does not resolve: 100% "bad" <x>',
    hint: 'Add the person to persons.xml',
  },
  { file: 'tei/b.xml', ruleId: 'io/missing', severity: 'warning', source: 'tool', message: 'line one\nline two' },
];
const context: FormatContext = {
  toolName: 'tei-edition',
  toolVersion: '9.9.9',
  files: ['tei/a.xml', 'tei/b.xml', 'tei/clean.xml'],
  sources: new Map([['tei/a.xml', source]]),
  rules: new Map([
    ['persname-ref-resolves', { id: 'persname-ref-resolves', description: 'persName/@ref resolves', severity: 'error', helpUri: 'docs' }],
  ]),
  color: false,
};

describe('stylish', () => {
  it('shows position, severity, rule id, hint and a code frame with a caret under the column', () => {
    const out = stylish(findings, context);
    expect(out).toContain('tei/a.xml');
    expect(out).toMatch(/2:13\s+error .*persname-ref-resolves/);
    expect(out).toContain('hint: Add the person');
    const lines = out.split('\n');
    const frameLine = lines.findIndex((line) => line.includes('> 2 |'));
    expect(frameLine).toBeGreaterThan(-1);
    const caret = lines[frameLine + 1];
    // column 13 is the "r" of ref="…"
    expect(lines[frameLine][caret.indexOf('^')]).toBe('r');
    expect(out).toMatch(/2 problems \(1 error, 1 warning\)/);
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([], context)).toContain('no problems');
  });
});

describe('json', () => {
  it('round-trips every diagnostic and counts them', () => {
    const parsed = JSON.parse(json(findings, context));
    expect(parsed.diagnostics).toEqual(findings);
    expect(parsed.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 0 });
  });
});

describe('github', () => {
  it('writes one workflow command per finding with escaped data and properties', () => {
    const lines = github(findings, context).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=tei\/a\.xml,line=2,col=13,title=persname-ref-resolves::/);
    expect(lines[0]).toContain('100%25');
    expect(lines[1]).toMatch(/^::warning file=tei\/b\.xml,title=io\/missing::line one%0Aline two$/);
  });

  it('escapes the characters the runner treats specially', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('sarif', () => {
  it('is a SARIF 2.1.0 log whose results point at described rules', () => {
    const log = JSON.parse(sarif(findings, context));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('tei-edition');
    const rules = run.tool.driver.rules as { id: string; help: { text: string } }[];
    expect(rules.map((rule) => rule.id)).toEqual(['io/missing', 'persname-ref-resolves']);
    for (const result of run.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
    }
    const [first] = run.results;
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 13 });
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('tei/a.xml');
    expect(run.results[1].locations[0].physicalLocation.region).toBeUndefined();
    expect(rules[1].help.text).toContain('Add the person');
  });
});

describe('junit', () => {
  it('is well-formed XML with a failing case per error and a passing case per clean file', () => {
    const out = junit(findings, context);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('<failure type="persname-ref-resolves"');
    expect(out).toContain('&lt;x&gt;');
    expect(out).toMatch(/<testsuite name="tei\/clean\.xml" tests="1" failures="0"/);
    expect(out).toMatch(/<testsuites name="tei-edition" tests="3" failures="1">/);
  });
});
