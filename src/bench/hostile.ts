/**
 * The hostile sizes of the safety catalogue (test/hostile/), too slow for a unit test: deep nesting,
 * files of 8 and 50 MB, a catastrophic-backtracking pattern, 200,000 entity references and 12,000
 * findings printed. Prints each time and how it grows with the input (exponent 1 = linear).
 * Times are CPU seconds of this process (user + system, all threads), which stay meaningful on a
 * machine shared with other work; wall time is printed beside them for the large files.
 * Run by `npm run bench`, or alone: `node lib/bench/hostile.js`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanXml } from '../adapters/saxes.js';
import { formatReport } from '../cli/report.js';
import { loadConfig } from '../config/config.js';
import { compileXsdPattern } from '../lint/xsd-pattern.js';
import { runCheck } from '../pipeline/check.js';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Bench</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n';
const TAIL = '\n</body></text></TEI>\n';
const PARAGRAPH =
  '<p>On <date when="1923-03-06">6 March 1923</date> <persName>Lenin</persName> wrote to <persName>Trotsky</persName> about the <hi rend="italic">Georgian</hi> affair.<note>A note.</note></p>\n';

export async function benchHostile(): Promise<void> {
  console.log('\nhostile input (test/hostile/ has the cases; here the sizes):');
  deepNesting();
  regexBacktracking();
  await largeFiles();
  await manyFindings();
}

/** The parse itself (saxes through our adapter) on nesting far past the depth limit, which `check` stops at. */
function deepNesting(): void {
  scanXml(`${HEAD}${'<div>'.repeat(1000)}${'</div>'.repeat(1000)}${TAIL}`, NO_HANDLERS); // warm up the JIT
  const rows = [5_000, 20_000, 100_000].map((depth) => {
    const text = `${HEAD}${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}${TAIL}`;
    const milliseconds = time(() => scanXml(text, NO_HANDLERS));
    return { size: depth, milliseconds };
  });
  printGrowth('parse, nesting depth', rows, (depth) => `${depth.toLocaleString('en')} levels`);
}

/** `(a+)+b` on a run of a's that never ends in b: exponential for a backtracking engine. */
function regexBacktracking(): void {
  const compiled = compileXsdPattern('(a+)+b');
  if ('problem' in compiled) throw new Error(compiled.problem);
  const rows = [10_000, 100_000, 1_000_000].map((length) => {
    const input = `${'a'.repeat(length)}!`;
    return { size: length, milliseconds: time(() => compiled.pattern.matchWhole(input)) };
  });
  printGrowth('matchPattern (a+)+b', rows, (length) => `${length.toLocaleString('en')} characters`);
  const native = /^(?:(a+)+b)$/;
  native.test('aaaa!'); // compile it first
  const backtracking = [22, 24, 26].map((length) => ({ size: length, milliseconds: time(() => native.test(`${'a'.repeat(length)}!`)) }));
  const factor = Math.pow(backtracking[2].milliseconds / backtracking[0].milliseconds, 1 / 4);
  console.log(
    `  the same with a JavaScript RegExp (as before): ${backtracking.map((row) => `${row.size} characters ${seconds(row.milliseconds)}`).join(', ')}`,
  );
  console.log(`    cost grows ×${factor.toFixed(2)} per character (exponential; 40 characters would take hours)`);
}

async function largeFiles(): Promise<void> {
  const rows: { size: number; milliseconds: number }[] = [];
  for (const megabytes of [8, 50]) {
    const paragraphs = Math.ceil((megabytes * 1024 * 1024) / PARAGRAPH.length);
    const milliseconds = await timeCheck(`${HEAD}<div>\n${PARAGRAPH.repeat(paragraphs)}</div>${TAIL}`);
    rows.push({ size: megabytes, milliseconds });
  }
  printGrowth('check, one large file', rows, (megabytes) => `${megabytes} MB`);
}

async function manyFindings(): Promise<void> {
  const entities = await timeCheck(`${HEAD}<p>${'&nbsp;\n'.repeat(200_000)}</p>${TAIL}`, 'stylish');
  console.log(`  200,000 entity references, check + stylish report: ${seconds(entities)}`);
  const pointers = Array.from({ length: 12_000 }, (_, i) => `<p><ptr target="#nowhere${i}"/></p>`).join('\n');
  const twelve = await timeCheck(`${HEAD}${pointers}${TAIL}`, 'stylish');
  console.log(`  12,000 different findings, check + stylish report: ${seconds(twelve)}`);
}

/** check (parse, validate, lint) of one document in a fresh project, plus formatting when asked. */
async function timeCheck(document: string, format?: 'stylish'): Promise<number> {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-hostile-'));
  try {
    mkdirSync(path.join(root, 'tei'));
    writeFileSync(path.join(root, 'tei/doc.xml'), document);
    const config = loadConfig(root);
    const start = process.cpuUsage();
    const wallStart = performance.now();
    const outcome = await runCheck({ config, inputs: [], validate: true, lint: true });
    if (format) formatReport(outcome.diagnostics, outcome.files, { format, color: false, quiet: false, toolVersion: 'bench' });
    const cpu = cpuMilliseconds(start);
    const stages = outcome.timings.map((timing) => `${timing.stage} ${seconds(timing.milliseconds)}`).join(', ');
    console.log(`    (${(document.length / 1e6).toFixed(1)} MB: CPU ${seconds(cpu)}, wall ${seconds(performance.now() - wallStart)}: ${stages})`);
    return cpu;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function printGrowth(label: string, rows: { size: number; milliseconds: number }[], describe: (size: number) => string): void {
  console.log(`  ${label}: ${rows.map((row) => `${describe(row.size)} ${seconds(row.milliseconds)}`).join(', ')}`);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first.milliseconds > 0) {
    const exponent = Math.log(last.milliseconds / first.milliseconds) / Math.log(last.size / first.size);
    console.log(`    cost grows as size^${exponent.toFixed(2)}`);
  }
}

/** CPU milliseconds (user + system) that `work` took. */
function time(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  return cpuMilliseconds(start);
}

function cpuMilliseconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function seconds(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds.toFixed(1)} ms` : `${(milliseconds / 1000).toFixed(2)} s`;
}

const NO_HANDLERS = {
  xmlDeclaration() {},
  doctype() {},
  startTag() {},
  endTag() {},
  text() {},
  comment() {},
  processingInstruction() {},
  error() {},
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchHostile().catch((error) => {
    console.error(`bench failed: ${(error as Error).message}`);
    process.exitCode = 2;
  });
}
