import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../corpus/load.js';
import { catalogEntryFor } from './schema-catalog.js';
import { SCHEMA_FINDINGS } from './schema-findings.js';

export interface SchemaGroup {
  schema: string;
  files: LoadedFile[];
}

const RELAX_NG = 'http://relaxng.org/ns/structure/1.0';

/**
 * Which schema validates which document when the project names none, as Oxygen and VS Code would
 * choose: the local RELAX NG schema the document's <?xml-model?> names; a remote one through the
 * catalogue of bundled copies; else `fallback` (the bundled tei_all). Nothing is ever fetched.
 * Each kind of substitution is said once per run, naming how many documents it concerns.
 */
export function chooseSchemas(files: LoadedFile[], fallback: string): { groups: SchemaGroup[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, LoadedFile[]>();
  const notes = new Map<string, { first: Diagnostic; count: number }>();
  const note = (key: string, diagnostic: Diagnostic) => {
    const seen = notes.get(key);
    if (seen) seen.count++;
    else notes.set(key, { first: diagnostic, count: 1 });
  };
  const fallbackName = path.basename(fallback);

  for (const file of files) {
    const model = file.processingInstructions.find(
      (pi) => pi.target === 'xml-model' && (!/schematypens=/.test(pi.body) || pi.body.includes(RELAX_NG)),
    );
    const href = model && /href\s*=\s*["']([^"']+)["']/.exec(model.body)?.[1];
    const at = { file: file.file, line: model?.line, column: model?.column, source: 'schema' as const };
    let schema = fallback;
    if (!model || !href) {
      note('fallback', {
        ...at,
        ruleId: SCHEMA_FINDINGS.fallback,
        severity: 'info',
        message: `No schema named (no edition.config.json "schema", no <?xml-model?>): validated against the bundled ${fallbackName} (TEI P5 4.8.0)`,
        hint: 'Name your schema in <?xml-model?> or in edition.config.json "schema" to validate against it.',
      });
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      const entry = catalogEntryFor(href);
      if (entry) {
        schema = entry.file;
        if (entry.superset) {
          note(`superset ${href}`, {
            ...at,
            ruleId: SCHEMA_FINDINGS.remote,
            severity: 'info',
            message: `${href} is not bundled; validated against the bundled tei_all (${entry.version}), which allows everything it allows: its own restrictions are not checked`,
            hint: 'Keep a local copy of the schema and name it in <?xml-model?> or in edition.config.json "schema".',
          });
        }
      } else {
        note(`remote ${href}`, {
          ...at,
          ruleId: SCHEMA_FINDINGS.remote,
          severity: 'info',
          message: `The schema ${href} is not fetched and not bundled; validated against ${fallbackName} instead`,
          hint: 'Keep a local copy of the schema and name it in <?xml-model?> or in edition.config.json "schema".',
        });
      }
    } else if (href.endsWith('.rng')) {
      const local = path.resolve(path.dirname(file.path), href);
      if (existsSync(local)) schema = local;
      else {
        note(`missing ${href}`, {
          ...at,
          ruleId: SCHEMA_FINDINGS.missing,
          severity: 'warning',
          message: `<?xml-model?> names ${href}, which does not exist; validated against ${fallbackName} instead`,
        });
      }
    }
    const group = groups.get(schema);
    if (group) group.push(file);
    else groups.set(schema, [file]);
  }
  const diagnostics = [...notes.values()].map(({ first, count }) =>
    count === 1 ? first : { ...first, message: `${first.message} (and in ${count - 1} other document${count === 2 ? '' : 's'})` },
  );
  return { groups: [...groups].map(([schema, grouped]) => ({ schema, files: grouped })), diagnostics };
}
