/**
 * Builds docs/rules.md from the registered rules and their READMEs, so the catalogue cannot drift
 * from the code (a test compares the file with this output).
 * Regenerate: `npx tsc -p tsconfig.json && node lib/lint/rules-doc.js > docs/rules.md`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from './rules/index.js';

const WHOLE_CORPUS = { always: 'yes', edition: 'under `edition`', never: '—' } as const;

export function rulesDocument(rulesFolder: string): string {
  const lines = [
    '# Lint rules',
    '',
    '<!-- Generated from src/lint/rules/*/README.md by src/lint/rules-doc.ts; do not edit by hand. -->',
    '',
    '`tei-edition lint` (and `check`) run these rules with one index of ids, persons, prefixes and',
    'documents. Each finding names file, line and column of the offending attribute or text.',
    '',
    '- **Memory**: each document is linted as soon as it is parsed and then let go, so a corpus of any',
    '  size is checked in the memory of its largest documents; the documents its pointers lead to are',
    '  parsed as needed (the last 32 stay). Only while a rule that compares documents is on (the',
    '  "whole corpus" column) is every document held until all are read.',
    '',
    '- **Profiles**: a project with no configuration gets the `tei` profile — only what TEI itself makes',
    '  wrong or what certainly does not resolve. `"profile": "edition"` in `edition.config.json` adds the',
    '  house rules of this edition (page and note sequences, ids unique across files, untagged names, …).',
    '  Naming a rule in `"rules"` with a severity turns it on under any profile.',
    '- **Configure** severity per rule in `edition.config.json`: `"rules": { "person-name-untagged": "off", "pb-sequence": "warning" }` (`off`, `info`, `warning`, `error`).',
    '- **Options** of the rules that take some go in `"ruleOptions": { "rule-id": { … } }`; an **opt-in** rule (house policy) runs only when `"rules"` or `"ruleOptions"` names it.',
    '- **Suppress** a deliberate exception with a reason, in a comment just before the element:',
    '  `<!-- tei-edition-disable-next-line rule-id, other-rule — the reason -->`. The separator is a',
    '  dash with spaces around it (— – or -), since XML forbids `--` inside comments. It covers the',
    '  element that follows (start tag and content). A suppression without a reason is itself an error',
    '  (`lint/suppression-without-reason`), and so is one naming an unknown rule.',
    '- A rule that fails internally is reported as a tool error (exit code 2) naming rule and file; the',
    '  other rules still run.',
    '',
    '| Rule | Profile | Default | Whole corpus | What it checks |',
    '|---|---|---|---|---|',
    ...rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.meta.profile} | ${rule.meta.severity}${rule.meta.optIn ? ' (opt-in)' : ''} | ${WHOLE_CORPUS[rule.meta.wholeCorpus ?? 'never']} | ${rule.meta.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const rule of rules) {
    const readme = readFileSync(path.join(rulesFolder, rule.id, 'README.md'), 'utf8').trim();
    // one level deeper, so that every rule is a section of this page
    lines.push(readme.replace(/^(#+) /gm, '#$1 '), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rulesFolder = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../src/lint/rules');
  process.stdout.write(rulesDocument(rulesFolder));
}
