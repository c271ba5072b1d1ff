import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolErrorFromSystem } from '../../src/errors/system-error.js';
import { CASES } from './cases.js';
import { makeProject, runCli, snapshot, WITNESS, WITNESS_LINE, type JsonReport } from './project.js';

/**
 * Every hostile case: the exit code, the finding (file and line), the witness file still checked,
 * no hang (a deadline kills the process), no stack trace or "internal error", and nothing outside
 * the output folder changed.
 */
describe('hostile input', { timeout: 120_000 }, () => {
  it('has at least 40 cases', () => {
    expect(CASES.filter((hostile) => !hostile.skip).length).toBeGreaterThanOrEqual(40);
  });

  for (const hostile of CASES) {
    it.skipIf(Boolean(hostile.skip))(`${hostile.name}${hostile.skip ? ` (skipped: ${hostile.skip})` : ''}`, async () => {
      const project = makeProject(hostile.files);
      hostile.setup?.(project);
      const excluded = hostile.output ? [path.resolve(project.root, hostile.output)] : [];
      const before = snapshot(project.base, excluded);
      const args = hostile.args ?? ['check', '--format', 'json'];
      const result = await runCli(project.root, args);

      expect(result.hung, 'the command hung').toBe(false);
      expect(result.stderr).not.toMatch(/internal error|this is a bug|\n\s+at .*\.js:\d+/);
      expect(result.code, result.stderr).toBe(hostile.exit);
      if (hostile.stderr) expect(result.stderr).toMatch(hostile.stderr);
      if (args.includes('json') && hostile.exit !== 2) {
        const report = JSON.parse(result.stdout) as JsonReport;
        for (const wanted of hostile.findings ?? []) {
          const found = report.diagnostics.find(
            (d) =>
              d.file === wanted.file &&
              (typeof wanted.ruleId === 'string' ? d.ruleId === wanted.ruleId : wanted.ruleId.test(d.ruleId)) &&
              (wanted.line === undefined || d.line === wanted.line) &&
              (wanted.message === undefined || wanted.message.test(d.message)),
          );
          expect(found, `${JSON.stringify(wanted)} in ${JSON.stringify(report.diagnostics.slice(0, 5), null, 1)}`).toBeDefined();
        }
        // every other file was still checked: the witness's two lint findings are there (its schema
        // findings depend on the schema the project falls back to, so they are not counted)
        const witnessLint = report.diagnostics.filter((d) => d.file === WITNESS && d.line === WITNESS_LINE && !d.ruleId.startsWith('schema/'));
        expect(witnessLint.map((d) => d.ruleId).sort()).toEqual(['pointer-resolves', 'xml-id-unique']);
      }
      expect(snapshot(project.base, excluded)).toEqual(before);
    });
  }
});

describe('hostile input: counts and formats', { timeout: 120_000 }, () => {
  it('20,000 identical findings are listed once after the first 20, and all counted, in every format', async () => {
    const project = makeProject({ 'tei/doc.xml': `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>${'&nbsp;'.repeat(20_000)}</p></TEI>\n` });
    for (const format of ['json', 'stylish', 'sarif', 'junit', 'github']) {
      const result = await runCli(project.root, ['check', '--format', format]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('19,980 identical finding(s) from here on');
      if (format === 'json') {
        const report = JSON.parse(result.stdout) as JsonReport;
        // 20,000 entity references, plus the witness's errors (its lint findings and tei_all's ID check)
        const witnessErrors = report.diagnostics.filter((d) => d.file === WITNESS && d.severity === 'error').length;
        expect(report.summary.errors).toBe(20_000 + witnessErrors);
        expect(report.diagnostics.filter((d) => d.ruleId === 'xml/entity')).toHaveLength(21);
      }
      if (format === 'stylish') expect(result.stdout).toMatch(/2000\d problems/);
    }
  });

  it('--max-repeats 0 lists every finding', async () => {
    const project = makeProject({ 'tei/doc.xml': `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>${'&x;'.repeat(50)}</p></TEI>\n` });
    const report = JSON.parse((await runCli(project.root, ['check', '--format', 'json', '--max-repeats', '0'])).stdout) as JsonReport;
    expect(report.diagnostics.filter((d) => d.ruleId === 'xml/entity')).toHaveLength(50);
  });

  it('12,000 different findings are all listed in stylish', async () => {
    const twelve = CASES.find((c) => c.name.startsWith('12,000'));
    const project = makeProject(twelve?.files);
    const result = await runCli(project.root, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/pointer-resolves/g)?.length).toBe(12_001);
  });
});

const FIXTURE = path.resolve('test/fixtures/project');

function buildableProject(): string {
  const { root } = makeProject();
  cpSync(FIXTURE, root, { recursive: true });
  cpSync(path.resolve('schemas/tei-edition.rng'), path.join(root, 'schemas/tei-edition.rng'));
  rmSync(path.join(root, 'tei/witness.xml')); // it has findings on purpose; a buildable project must not
  return root;
}

describe('hostile situations', { timeout: 300_000 }, () => {
  it('SIGTERM during a build leaves no temporary folder and the previous site intact', async () => {
    const root = buildableProject();
    const first = await runCli(root, ['build', '--format', 'json'], { deadlineMs: 240_000 });
    expect(first.code, first.stderr).toBe(0);
    const previous = snapshot(path.join(root, 'dist'));
    let pid = 0;
    const watcher = setInterval(() => {
      if (pid && readdirSync(root).some((name) => name.startsWith('.dist.new-'))) {
        clearInterval(watcher);
        process.kill(pid, 'SIGTERM');
      }
    }, 5);
    const interrupted = await runCli(root, ['build'], { deadlineMs: 240_000, onSpawn: (id) => (pid = id) });
    clearInterval(watcher);
    expect(interrupted.hung).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist.')), `exit ${interrupted.code}: ${interrupted.stderr}`).toEqual([]);
    expect(snapshot(path.join(root, 'dist'))).toEqual(previous);
    // the signal arrives as soon as the temporary folder exists, long before the transform ends
    expect(interrupted.code).toBe(143);
    expect(interrupted.stderr).toMatch(/stopped by SIGTERM/);
  });

  it('serve on a port already in use is a catalogue error, exit 2', async () => {
    const root = buildableProject();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await runCli(root, ['serve', '-p', String(port)], { deadlineMs: 240_000 });
    blocker.close();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/port is already in use.*EADDRINUSE/);
    expect(result.stderr).toMatch(/hint: Another program already listens/);
    expect(existsSync(path.join(root, 'dist'))).toBe(true);
  });

  it('disk full and busy files are the user’s situation, not a bug', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: '/x/dist/a.html' });
    expect(toolErrorFromSystem(full)).toMatchObject({ kind: 'disk-full', message: expect.stringMatching(/disk is full.*\/x\/dist\/a\.html/) });
    const busy = Object.assign(new Error('EBUSY'), { code: 'EBUSY', syscall: 'rename', path: '/x/dist' });
    expect(toolErrorFromSystem(busy)?.kind).toBe('file-busy');
    expect(toolErrorFromSystem(new TypeError('x is undefined'))).toBeUndefined();
  });
});
