import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../corpus/load.js';

export interface SchemaGroup {
  schema: string;
  files: LoadedFile[];
}

const RELAX_NG = 'http://relaxng.org/ns/structure/1.0';

/**
 * Which schema validates which document when the project names none: the local RELAX NG schema
 * the document's own <?xml-model?> names (as Oxygen and VS Code would use it), else `fallback`.
 * A schema named by URL is never fetched: that is said, and the fallback is used.
 */
export function chooseSchemas(files: LoadedFile[], fallback: string): { groups: SchemaGroup[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, LoadedFile[]>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const model = file.document?.processingInstructions.find(
      (pi) => pi.target === 'xml-model' && (!/schematypens=/.test(pi.body) || pi.body.includes(RELAX_NG)),
    );
    const href = model && /href\s*=\s*["']([^"']+)["']/.exec(model.body)?.[1];
    let schema = fallback;
    if (href && /^[a-z][a-z0-9+.-]*:/i.test(href)) {
      diagnostics.push({
        file: file.file,
        line: model.line,
        column: model.column,
        ruleId: 'schema/remote',
        severity: 'info',
        source: 'schema',
        message: `The schema ${href} is not fetched; validated against ${path.basename(fallback)} instead`,
        hint: 'Keep a local copy of the schema and name it in <?xml-model?> or in edition.config.json "schema".',
      });
    } else if (href && href.endsWith('.rng')) {
      const local = path.resolve(path.dirname(file.path), href);
      if (existsSync(local)) schema = local;
      else {
        diagnostics.push({
          file: file.file,
          line: model.line,
          column: model.column,
          ruleId: 'schema/missing',
          severity: 'warning',
          source: 'schema',
          message: `<?xml-model?> names ${href}, which does not exist; validated against ${path.basename(fallback)} instead`,
        });
      }
    }
    groups.set(schema, [...(groups.get(schema) ?? []), file]);
  }
  return { groups: [...groups].map(([schema, grouped]) => ({ schema, files: grouped })), diagnostics };
}
