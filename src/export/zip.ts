/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; DEFLATE
 * from node:zlib). It exists for reproducibility: the same files give the same bytes — entries in
 * name order, one fixed timestamp, no extra fields — which general-purpose zip libraries do not
 * promise. No ZIP64: a release larger than 4 GiB or 65,535 files is refused.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** '/'-separated path inside the archive. */
  name: string;
  content: Uint8Array;
  /** A hash of the content, when the caller has one: its compressed form is then kept for the next archive. */
  hash?: string;
}

interface Compressed {
  data: Buffer;
  stored: boolean;
  crc: number;
}

/**
 * The compressed entries of the last archive, by content hash: a long-running process (serve)
 * compresses again only the documents that changed. Only the last archive's are kept.
 */
let lastCompressed = new Map<string, Compressed>();

function compress(content: Uint8Array): Compressed {
  const compressed = deflateRawSync(content, { level: 9 });
  const stored = compressed.length >= content.length;
  return { data: stored ? Buffer.from(content) : compressed, stored, crc: crc32(content) };
}

const LIMIT = 0xffffffff;

/** `date` (YYYY-MM-DD) is the timestamp of every entry; ZIP cannot store dates before 1980. */
export function zip(entries: ZipEntry[], date: string): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sorted.length >= 0xffff) throw new Error(`too many files for a ZIP without ZIP64: ${sorted.length}`);
  const { dosTime, dosDate } = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const kept = new Map<string, Compressed>();
  for (const entry of sorted) {
    const name = Buffer.from(entry.name, 'utf8');
    const { data, stored, crc } = (entry.hash && lastCompressed.get(entry.hash)) || compress(entry.content);
    if (entry.hash) kept.set(entry.hash, { data, stored, crc });
    if (offset > LIMIT || data.length > LIMIT || entry.content.length > LIMIT) throw new Error('release too large for a ZIP without ZIP64');
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
      header.writeUInt16LE(stored ? 0 : 8, at + 4);
      header.writeUInt16LE(dosTime, at + 6);
      header.writeUInt16LE(dosDate, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(entry.content.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
      header.writeUInt16LE(0, at + 24); // no extra field
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    common(central, 6);
    // comment length, disk number, internal and external attributes: all 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  lastCompressed = kept;
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function dosDateTime(date: string): { dosTime: number; dosDate: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [1980, 1, 1];
  const clamped = Math.min(Math.max(year, 1980), 2107);
  return { dosTime: 0, dosDate: ((clamped - 1980) << 9) | (month << 5) | day };
}
