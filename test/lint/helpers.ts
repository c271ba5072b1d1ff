import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { lintDocuments, type LintOptions } from '../../src/lint/lint.js';
import type { XmlDocument } from '../../src/xml/model.js';
import { parseXml } from '../../src/xml/parse.js';

export const RULES_FOLDER = path.resolve('src/lint/rules');

/** Parses XML text as if it were the file `file`; fails the test if it does not parse. */
export function parse(file: string, xml: string): XmlDocument {
  const result = parseXml(file, new TextEncoder().encode(xml));
  if (!result.document) throw new Error(`fixture ${file} does not parse: ${JSON.stringify(result.diagnostics)}`);
  return result.document;
}

export function parseFixture(ruleId: string, kind: 'valid' | 'invalid'): XmlDocument {
  const file = path.join(RULES_FOLDER, ruleId, `${kind}.xml`);
  return parse(path.relative(process.cwd(), file), readFileSync(file, 'utf8'));
}

/**
 * Lints in-memory documents; other "files" are served from `extra` by absolute path. Every rule
 * runs (the `edition` profile) unless the test names a profile: tests of the `tei` profile do.
 */
export function lint(documents: XmlDocument[], options: LintOptions = {}, extra: XmlDocument[] = []) {
  const byPath = new Map(extra.map((document) => [path.resolve(document.file), document]));
  return lintDocuments(documents, { loadDocument: (absolute) => byPath.get(absolute), profile: 'edition', ...options });
}

/** `line:column` of the findings of one rule, in order. */
export function positionsOf(diagnostics: Diagnostic[], ruleId: string): string[] {
  return diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column}`);
}

/** A minimal TEI document around a body (and optional header additions and back matter). */
export function tei(body: string, { header = '', back = '', id = 't' }: { header?: string; back?: string; id?: string } = {}): string {
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}">
<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>${header}</teiHeader>
<text><body>
${body}
</body>${back ? `<back>${back}</back>` : ''}</text>
</TEI>`;
}
