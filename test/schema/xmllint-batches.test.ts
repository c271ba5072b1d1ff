import { describe, expect, it } from 'vitest';
import { validateWithRelaxNg } from '../../src/adapters/xmllint.js';

// xmllint-wasm keeps its command line (one name per file) on a small stack: 4,000 files in one call
// crashed it ("memory access out of bounds"). The adapter validates in batches.
const SCHEMA = `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="letter"><text/></element></start></grammar>`;

describe('xmllint-wasm adapter', () => {
  it('validates 4,500 documents, and names the invalid one in a later batch', async () => {
    const documents = Array.from({ length: 4500 }, (_, index) => ({
      fileName: `letters/${index}.xml`,
      contents: index === 4321 ? '<note>not a letter</note>' : `<letter>No. ${index}</letter>`,
    }));
    const result = await validateWithRelaxNg({ fileName: 'letter.rng', contents: SCHEMA }, documents);
    expect(result.validatorError).toBeUndefined();
    expect(result.schemaError).toBeUndefined();
    expect(result.violations.map((violation) => [violation.file, violation.line])).toEqual([['letters/4321.xml', 1]]);
  });
});
