/**
 * The hostile-input catalogue: each case is a project with one hostile thing in it (plus the
 * witness file), the command run on it, and what must come out. `catalogue.test.ts` runs them all.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tei, type Project } from './project.js';

export interface ExpectedFinding {
  file: string;
  ruleId: string | RegExp;
  line?: number;
  message?: RegExp;
}

export interface HostileCase {
  name: string;
  files?: Record<string, string | Uint8Array>;
  /** More set-up after the files are written (links, FIFOs, permissions). */
  setup?: (project: Project) => void;
  /** Default: check --format json (the witness is then asserted too). */
  args?: string[];
  exit: 0 | 1 | 2;
  findings?: ExpectedFinding[];
  /** For exit 2: what stderr must say (the catalogue's message; never "internal error"). */
  stderr?: RegExp;
  /** The output folder the command may write, relative to the project (excluded from the snapshot). */
  output?: string;
  /** Only where the case cannot work, with the reason shown. */
  skip?: string;
}

const DOC = 'tei/doc.xml';
const XINCLUDE = 'http://www.w3.org/2001/XInclude';
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function utf16(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

/** The two bytes `__` replaced by 0xC3 0x28, a lead byte without its continuation. */
function invalidUtf8(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.indexOf('__');
  bytes[at] = 0xc3;
  bytes[at + 1] = 0x28;
  return bytes;
}

function deep(levels: number): string {
  return `${'<div>'.repeat(levels)}<p>deep</p>${'</div>'.repeat(levels)}`;
}

const prefixDef = (pattern: string) =>
  `<listPrefixDef><prefixDef ident="p" matchPattern="${pattern}" replacementPattern="#$1"/></listPrefixDef>`;

export const CASES: HostileCase[] = [
  // — entities, DTDs, inclusion: reported, never resolved or fetched —
  {
    name: 'XXE: external entity to a local file',
    files: { [DOC]: tei('<p>&xxe;</p>', { prolog: '<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'XXE: external entity over http',
    files: { [DOC]: tei('<p>&xxe;</p>', { prolog: '<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>\n' }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'billion laughs',
    files: {
      [DOC]: tei('<p>&lol9;</p>', {
        prolog: `<!DOCTYPE TEI [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n`,
      }),
    },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'quadratic blow-up (one large entity used many times)',
    files: { [DOC]: tei(`<p>${'&big;'.repeat(2000)}</p>`, { prolog: `<!DOCTYPE TEI [<!ENTITY big "${'x'.repeat(50_000)}">]>\n` }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'parameter entities',
    files: { [DOC]: tei('<p>x</p>', { prolog: '<!DOCTYPE TEI [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]>\n' }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'a plain DOCTYPE',
    files: { [DOC]: tei('<p>x</p>', { prolog: '<!DOCTYPE TEI SYSTEM "tei_all.dtd">\n' }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/doctype', line: 2 }],
  },
  {
    name: 'XInclude of a local file',
    files: { [DOC]: tei(`<p>before</p>\n<xi:include xmlns:xi="${XINCLUDE}" href="/etc/passwd" parse="text"/>`) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/xinclude', line: 6 }],
  },
  {
    name: '200,000 undeclared entity references (listed once, counted)',
    files: { [DOC]: tei(`<p>${'&nbsp;\n'.repeat(200_000)}</p>`) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/entity', line: 5, message: /&nbsp;/ }],
  },
  // — encodings and bytes —
  {
    name: 'invalid UTF-8',
    files: { [DOC]: invalidUtf8(tei('<p>caf__</p>')) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/encoding', line: 5 }],
  },
  {
    name: 'UTF-16 with a byte-order mark',
    files: { [DOC]: utf16(tei('<p>x</p>'), true) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/encoding', line: 1 }],
  },
  {
    name: 'UTF-16 without a byte-order mark',
    files: { [DOC]: utf16(tei('<p>x</p>'), false) },
    exit: 1,
    findings: [{ file: DOC, ruleId: /^xml\/(encoding|malformed)$/, line: 1 }],
  },
  {
    name: 'Latin-1 bytes declared as ISO-8859-1',
    files: { [DOC]: Buffer.from(tei('<p>café</p>').replace('UTF-8', 'ISO-8859-1'), 'latin1') },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/encoding', line: 5 }],
  },
  {
    name: 'Latin-1 declared, pure ASCII content',
    files: { [DOC]: utf8(tei('<p>cafe</p>').replace('UTF-8', 'ISO-8859-1')) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/encoding', line: 1 }],
  },
  {
    name: 'an empty file',
    files: { [DOC]: '' },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/empty', line: 1 }],
  },
  {
    name: 'a binary file (PNG bytes) named .xml',
    files: { [DOC]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]) },
    exit: 1,
    findings: [{ file: DOC, ruleId: /^xml\/(encoding|malformed)$/, line: 1 }],
  },
  {
    name: 'a NUL character in the text',
    files: { [DOC]: tei('<p>a\u0000b</p>') },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/malformed', line: 5 }],
  },
  // — structure —
  {
    name: 'a root that is not TEI',
    files: { [DOC]: '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n' },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/not-tei', line: 2 }],
  },
  {
    name: 'TEI in no namespace',
    files: { [DOC]: '<?xml version="1.0"?>\n<TEI><teiHeader/><text/></TEI>\n' },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/not-tei', line: 2 }],
  },
  {
    name: 'malformed XML (an element never closed)',
    files: { [DOC]: tei('<p>open\n<hi>never closed</p>') },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/malformed', line: 6 }],
  },
  {
    name: 'a duplicated attribute',
    files: { [DOC]: tei('<p n="1" n="2">x</p>') },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/malformed', line: 5 }],
  },
  {
    name: 'nesting just past the depth limit (257)',
    files: { [DOC]: tei(`\n${deep(260)}`) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/too-deep', line: 6 }],
  },
  {
    name: 'nesting 20,000 deep',
    files: { [DOC]: tei(deep(20_000)) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/too-deep', line: 5 }],
  },
  {
    name: '1,000,000 attributes on one element',
    files: { [DOC]: tei(`<p ${Array.from({ length: 1_000_000 }, (_, i) => `a${i}="x"`).join(' ')}>x</p>`) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'xml/too-many-attributes', line: 5 }],
  },
  {
    name: 'a file over the size limit (sparse, never read)',
    setup: ({ root }) => {
      writeFileSync(path.join(root, DOC), '');
      truncateSync(path.join(root, DOC), 65 * 1024 * 1024);
    },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'io/too-large', message: /limit is 64\.0 MB/ }],
  },
  // — odd files and file names —
  {
    name: 'an odd file name (spaces, accents, a leading dash)',
    files: { 'tei/-rf über file.xml': tei('<p>broken</hi>') },
    exit: 1,
    findings: [{ file: 'tei/-rf über file.xml', ruleId: 'xml/malformed', line: 5 }],
  },
  {
    name: 'an unreadable file',
    files: { [DOC]: tei('<p>secret</p>') },
    setup: ({ root }) => chmodSync(path.join(root, DOC), 0o000),
    exit: 1,
    findings: [{ file: DOC, ruleId: 'io/unreadable' }],
    skip: process.getuid?.() === 0 ? 'running as root, every file is readable' : undefined,
  },
  {
    name: 'a folder named .xml',
    setup: ({ root }) => mkdirSync(path.join(root, 'tei/folder.xml/inner'), { recursive: true }),
    exit: 1,
    findings: [],
  },
  {
    name: 'a loop of symbolic links named .xml',
    setup: ({ root }) => {
      symlinkSync('b.xml', path.join(root, 'tei/a.xml'));
      symlinkSync('a.xml', path.join(root, 'tei/b.xml'));
    },
    exit: 1,
    findings: [
      { file: 'tei/a.xml', ruleId: 'io/link-skipped', message: /loop/ },
      { file: 'tei/b.xml', ruleId: 'io/link-skipped', message: /loop/ },
    ],
  },
  {
    name: 'a folder link back up (a loop of folders)',
    setup: ({ root }) => symlinkSync('..', path.join(root, 'tei/up')),
    exit: 1,
    findings: [],
  },
  {
    name: 'a symbolic link to a document inside the project is followed',
    files: { 'drafts/bad.xml': tei('<p>broken</hi>') },
    setup: ({ root }) => symlinkSync('../drafts/bad.xml', path.join(root, 'tei/linked.xml')),
    exit: 1,
    findings: [{ file: 'tei/linked.xml', ruleId: 'xml/malformed', line: 5 }],
  },
  {
    name: 'a symbolic link to a document outside the project is reported',
    setup: ({ base, root }) => {
      writeFileSync(path.join(base, 'outside.xml'), tei('<p>outside</p>'));
      symlinkSync('../../outside.xml', path.join(root, 'tei/outside.xml'));
    },
    exit: 1,
    findings: [{ file: 'tei/outside.xml', ruleId: 'io/link-skipped', message: /outside the project/ }],
  },
  {
    name: 'a symbolic link to /dev/zero named .xml',
    setup: ({ root }) => symlinkSync('/dev/zero', path.join(root, 'tei/zero.xml')),
    exit: 1,
    findings: [{ file: 'tei/zero.xml', ruleId: 'io/link-skipped' }],
  },
  {
    name: 'a pointer to a symbolic link to /dev/zero',
    files: { [DOC]: tei('<p>See <ptr target="zero.xml#x"/>.</p>') },
    setup: ({ root }) => symlinkSync('/dev/zero', path.join(root, 'tei/zero.xml')),
    exit: 1,
    findings: [{ file: DOC, ruleId: 'pointer-resolves', line: 5 }],
  },
  {
    name: 'a FIFO named on the command line',
    setup: ({ root }) => execFileSync('mkfifo', [path.join(root, 'pipe.xml')]),
    args: ['check', '--format', 'json', 'pipe.xml', 'tei'],
    exit: 1,
    findings: [{ file: 'pipe.xml', ruleId: 'io/not-regular', message: /FIFO/ }],
  },
  {
    name: 'a FIFO inside the corpus',
    setup: ({ root }) => execFileSync('mkfifo', [path.join(root, 'tei/pipe.xml')]),
    exit: 1,
    findings: [{ file: 'tei/pipe.xml', ruleId: 'io/not-regular', message: /FIFO/ }],
  },
  // — patterns and pointers —
  {
    name: 'ReDoS: prefixDef matchPattern (a+)+b',
    files: { [DOC]: tei(`<p><ptr target="p:${'a'.repeat(5000)}!"/></p>`, { encodingDesc: prefixDef('(a+)+b') }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'pointer-resolves', line: 5, message: /does not match/ }],
  },
  {
    name: 'a matchPattern that cannot be run (class subtraction)',
    files: { [DOC]: tei('<p><ptr target="p:abc"/></p>', { encodingDesc: prefixDef('([a-z-[aeiou]]+)') }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'pointer-resolves', line: 5, message: /cannot be run/ }],
  },
  {
    name: 'XSD semantics: ^ and $ are characters, the pattern matches the whole value',
    files: { [DOC]: tei('<p xml:id="ab"><ptr target="p:xab"/><ptr target="p:ab"/></p>', { encodingDesc: prefixDef('x(ab)') }) },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'pointer-resolves', line: 5, message: /p:ab/ }],
  },
  {
    name: '12,000 different findings in one file (stylish)',
    files: { [DOC]: tei(Array.from({ length: 12_000 }, (_, i) => `<p><ptr target="#nowhere${i}"/></p>`).join('\n')) },
    args: ['check'],
    exit: 1,
  },
  // — schemas —
  {
    name: 'an <?xml-model?> naming a broken schema',
    files: {
      'schemas/broken.rng': '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nowhere"/></start></grammar>\n',
      [DOC]: tei('<p>x</p>', { prolog: '<?xml-model href="../schemas/broken.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n' }),
    },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'schema/broken', line: 2 }],
  },
  {
    name: 'an <?xml-model?> naming a schema that is not XML',
    files: {
      'schemas/garbage.rng': 'this is not a schema',
      [DOC]: tei('<p>x</p>', { prolog: '<?xml-model href="../schemas/garbage.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n' }),
    },
    exit: 1,
    findings: [{ file: DOC, ruleId: 'schema/broken', line: 2 }],
  },
  // — configuration —
  { name: 'config "rules": null', files: { 'edition.config.json': '{"rules": null}' }, exit: 2, stderr: /"rules" must be an object/ },
  { name: 'config "rules": "off"', files: { 'edition.config.json': '{"rules": "off"}' }, exit: 2, stderr: /"rules" must be an object/ },
  { name: 'config "ignore": 5', files: { 'edition.config.json': '{"ignore": 5}' }, exit: 2, stderr: /"ignore" must be a list/ },
  { name: 'config that is not JSON', files: { 'edition.config.json': '{"rules": {' }, exit: 2, stderr: /not valid JSON/ },
  // — the output folder —
  { name: 'build -o . (the project)', args: ['build', '-o', '.'], exit: 2, stderr: /is the project folder/ },
  { name: 'build -o tei (the corpus)', args: ['build', '-o', 'tei'], exit: 2, stderr: /is the corpus/ },
  { name: 'build -o tei/site (inside the corpus)', args: ['build', '-o', 'tei/site'], exit: 2, stderr: /is inside the corpus/ },
  { name: 'build -o .. (holds the project)', args: ['build', '-o', '..'], exit: 2, stderr: /contains the project folder/ },
  {
    name: 'build -o schemas (the configured schema folder)',
    files: { 'schemas/my.rng': '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="x"><empty/></element></start></grammar>\n', 'edition.config.json': '{"schema": "schemas/my.rng"}' },
    args: ['build', '-o', 'schemas'],
    exit: 2,
    stderr: /is the schema folder/,
  },
  {
    name: 'build -o schemas (a folder the tool did not make)',
    files: { 'schemas/local.rng': '<grammar/>\n' },
    args: ['build', '-o', 'schemas'],
    exit: 2,
    stderr: /was not written by tei-edition/,
  },
  { name: '"output": "../../elsewhere" in the config', files: { 'edition.config.json': '{"output": "../../elsewhere"}' }, args: ['build'], exit: 2, stderr: /outside the project folder/ },
  {
    name: 'build -o ../elsewhere --allow-outside-output',
    args: ['build', '-o', '../elsewhere', '--allow-outside-output'],
    output: '../elsewhere',
    exit: 1,
    stderr: /not building/,
  },
];
