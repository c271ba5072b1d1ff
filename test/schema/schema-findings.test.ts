import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { gradeSchemaFindings } from '../../src/validate/schema-findings.js';

const finding = (ruleId: string, source: Diagnostic['source'] = 'schema'): Diagnostic => ({ file: 'a.xml', line: 1, ruleId, severity: 'error', source, message: 'm' });

describe('schema findings are graded like rules', () => {
  it('changes the severity of the ids named, drops those turned off, leaves the others', () => {
    const graded = gradeSchemaFindings(
      [finding('schema/invalid'), finding('schema/remote'), finding('schema/missing'), finding('date-iso', 'lint')],
      { 'schema/invalid': 'warning', 'schema/remote': 'off', 'date-iso': 'off' },
    );
    expect(graded.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['schema/invalid warning', 'schema/missing error', 'date-iso error']);
  });
});
