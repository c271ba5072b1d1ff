import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JingServer } from '../../src/adapters/jing-server.js';
import { jingAvailable, validateWithJing } from '../../src/adapters/jing.js';
import { loadFiles } from '../../src/corpus/load.js';
import { ToolError } from '../../src/errors/tool-error.js';
import { validateFiles } from '../../src/validate/validate.js';
import { ValidationCache } from '../../src/validate/validation-cache.js';

// serve keeps one jing running (src/adapters/jing-server/JingServer.java) instead of starting a JVM
// and loading the schema on every rebuild: what it finds must be exactly what the jing command finds.
const TEI_ALL = path.resolve('schemas/tei/tei_all.rng');
const EDITION = path.resolve('schemas/tei-edition.rng');
const TEXT = path.resolve('tei/texts/pathfinder-1975/pf-back-cover.xml');
const haveJing = jingAvailable();
if (!haveJing) console.warn('jing server tests skipped: jing is not installed (apt-get install -y jing)');

const JVM_MS = 60_000;
const folder = mkdtempSync(path.join(tmpdir(), 'jing-server-'));
const servers: JingServer[] = [];

function startServer(): JingServer {
  const server = JingServer.create();
  if (!server) throw new Error('jing is installed but java or /usr/share/java/jing.jar is not');
  servers.push(server);
  return server;
}

afterAll(() => {
  for (const server of servers) server.close();
});

/** One server for the tests that do not kill it, as serve keeps one for all its schemas. */
let shared: JingServer | undefined;
function sharedServer(): JingServer {
  shared ??= startServer();
  return shared;
}

/**
 * A copy of the text with `from` replaced by `to`, and where jing reports the element whose start
 * tag ends `reportedAfter`, a beginning of `to`: just after that start tag.
 */
function brokenCopy(name: string, from: string, to: string, reportedAfter = to): { file: string; line: number; column: number } {
  const original = readFileSync(TEXT, 'utf8');
  const at = original.indexOf(from);
  expect(at).toBeGreaterThan(0);
  const text = original.slice(0, at) + to + original.slice(at + from.length);
  const file = path.join(folder, name);
  writeFileSync(file, text);
  expect(to.startsWith(reportedAfter)).toBe(true);
  const before = text.slice(0, at + reportedAfter.length);
  return { file, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

function written(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0"';

describe('jing kept running (JingServer)', () => {
  it.skipIf(!haveJing)('finds what the jing command finds, file, line, column and message, against tei_all and the edition schema', async () => {
    const server = sharedServer();
    const attribute = brokenCopy('unknown-attribute.xml', '<div type="appendix">', '<div type="appendix" wen="x">');
    const misplaced = brokenCopy('misplaced-element.xml', '<titleStmt>', '<titleStmt><p>out of place</p>', '<titleStmt><p>');
    const duplicateId = brokenCopy('duplicate-id.xml', '<p xml:id="pf-back-cover-para2">', '<p xml:id="pf-back-cover-para1">');
    const files = [attribute.file, TEXT, misplaced.file, duplicateId.file];
    for (const schema of [TEI_ALL, EDITION]) {
      const byCommand = await validateWithJing(schema, files);
      const byServer = await server.validate(schema, files);
      expect(byServer).toEqual(byCommand);
      const at = (file: string) => byServer.filter((finding) => finding.file === file).map(({ line, column }) => ({ line, column }));
      expect(at(attribute.file)).toEqual([{ line: attribute.line, column: attribute.column }]);
      expect(byServer.find((finding) => finding.file === attribute.file)?.message).toMatch(/^attribute "wen" not allowed here/);
      expect(at(misplaced.file)[0]).toEqual({ line: misplaced.line, column: misplaced.column });
      expect(at(TEXT)).toEqual([]);
      // the ID/IDREF check is on, as in the command without -i: the second ID, then the first (the line
      // before); only tei_all types xml:id as an ID
      if (schema === TEI_ALL) expect(at(duplicateId.file)).toEqual([
        { line: duplicateId.line, column: duplicateId.column },
        { line: duplicateId.line - 1, column: duplicateId.column },
      ]);
    }
    // warm: the schemas stay compiled, so the same request again is quick and finds the same
    expect(await server.validate(TEI_ALL, files)).toEqual(await validateWithJing(TEI_ALL, files));
  }, JVM_MS);

  it.skipIf(!haveJing)('names the files as they were given, relative or with spaces and accents', async () => {
    const server = sharedServer();
    const accented = brokenCopy('lettre à Zürich.xml', '<div type="appendix">', '<div type="appendix" wen="x">');
    const relative = path.relative(process.cwd(), accented.file);
    const findings = await server.validate(path.relative(process.cwd(), TEI_ALL), [relative]);
    expect(findings.map(({ file, line, column }) => ({ file, line, column }))).toEqual([{ file: relative, line: accented.line, column: accented.column }]);
    // a tab or a line break cannot cross the protocol: refused, so that the caller runs the command
    await expect(server.validate(TEI_ALL, [path.join(folder, 'a\tb.xml')])).rejects.toThrow(/tab or a line break/);
  }, JVM_MS);

  it.skipIf(!haveJing)('compiles a schema again when it or a module beside it changed', async () => {
    const server = sharedServer();
    const schema = written('letter.rng', `<grammar ${RNG}><start><element name="letter"><ref name="attributes"/><text/></element></start><include href="module.rng"/></grammar>`);
    written('module.rng', `<grammar ${RNG}><define name="attributes"><optional><attribute name="date"/></optional><optional><attribute name="place"/></optional></define></grammar>`);
    const letter = written('letter.xml', '<letter date="1850" place="Zürich">Dear friend</letter>');
    expect(await server.validate(schema, [letter])).toEqual([]);

    // the module no longer allows @place
    written('module.rng', `<grammar ${RNG}><define name="attributes"><optional><attribute name="date"/></optional></define></grammar>`);
    const withoutPlace = await server.validate(schema, [letter]);
    expect(withoutPlace).toEqual(await validateWithJing(schema, [letter]));
    expect(withoutPlace.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 1, column: 36, message: expect.stringMatching(/attribute "place"/) },
    ]);

    // the schema itself no longer allows text
    writeFileSync(schema, `<grammar ${RNG}><start><element name="letter"><ref name="attributes"/><empty/></element></start><include href="module.rng"/></grammar>`);
    const withoutText = await server.validate(schema, [letter]);
    expect(withoutText).toEqual(await validateWithJing(schema, [letter]));
    expect(withoutText.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 1, column: 36 },
      { line: 1, column: 47 },
    ]);
  }, JVM_MS);

  it.skipIf(!haveJing)('finds the right findings when its JVM was killed between requests, and starts again', async () => {
    const server = startServer();
    const attribute = brokenCopy('killed-server.xml', '<div type="appendix">', '<div type="appendix" wen="x">');
    const loaded = loadFiles([attribute.file]).files;
    const warm = await validateFiles(loaded, TEI_ALL, 'jing', { keptJing: server });
    const killed = server.pid;
    expect(killed).toBeDefined();
    process.kill(killed!, 'SIGKILL');

    // either the request finds the process gone (the command answers) or a new one starts
    const afterKill = await validateFiles(loaded, TEI_ALL, 'jing', { keptJing: server });
    expect(afterKill).toEqual(warm);
    expect(afterKill.map(({ line, column }) => ({ line, column }))).toEqual([{ line: attribute.line, column: attribute.column }]);

    const again = await server.validate(TEI_ALL, [attribute.file]);
    expect(again.map(({ line, column }) => ({ line, column }))).toEqual([{ line: attribute.line, column: attribute.column }]);
    expect(server.pid).toBeDefined();
    expect(server.pid).not.toBe(killed);
  }, JVM_MS);

  it.skipIf(!haveJing)('reports a schema that does not compile as the command does: schema-invalid, same message', async () => {
    const server = sharedServer();
    const schemaText = `<element name="letter" ${RNG}><bogus/></element>`;
    const schema = written('broken.rng', schemaText);
    const letter = TEXT;
    // the server's own answer: the schema's errors, where the command reports them
    const byServer = await server.validate(schema, [letter]);
    expect(byServer).toEqual(await validateWithJing(schema, [letter]));
    expect(byServer.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      // just after <bogus/> ("found bogus but expected a pattern"), after </element> ("missing children")
      { file: schema, line: 1, column: schemaText.indexOf('</element>') + 1 },
      { file: schema, line: 1, column: schemaText.length + 1 },
    ]);

    const loaded = loadFiles([letter]).files;
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const viaCommand = await failure(validateFiles(loaded, schema, 'jing'));
    const viaServer = await failure(validateFiles(loaded, schema, 'jing', { keptJing: server }));
    expect(viaCommand).toBeInstanceOf(ToolError);
    expect(viaServer).toBeInstanceOf(ToolError);
    expect((viaServer as ToolError).kind).toBe('schema-invalid');
    expect((viaServer as ToolError).kind).toBe((viaCommand as ToolError).kind);
    expect((viaServer as ToolError).message).toBe((viaCommand as ToolError).message);
  }, JVM_MS);

  it('is started by a validation cache only when it validates: asking for it starts no JVM', () => {
    const cache = new ValidationCache();
    const server = cache.keptJing;
    if (haveJing) expect(server).toBeDefined();
    expect(server?.pid).toBeUndefined();
    cache.close();
  });
});
