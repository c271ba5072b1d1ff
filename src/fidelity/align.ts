/**
 * Greedy alignment of a normalised source against the source reading of its TEI documents.
 * Every source character must be found, in order, in the TEI: in the running text (which may
 * hold more — corrections, note numbers) or in a note block where the source prints that note.
 * What cannot be found is *lost*.
 */
import type { SourceStream } from './normalize.js';
import type { SourceReading } from './source-reading.js';

export interface AlignOptions {
  /** Source characters that must match to resynchronise or to recognise a note block. */
  keyLength?: number;
  /** How far ahead in the TEI a resynchronisation may skip inserted characters. */
  window?: number;
  /** Stop after this many lost characters (the rest of the source is reported lost, unchecked). */
  maxLost?: number;
}

export interface LostRun {
  /** 1-based seed lines of the first and last lost character. */
  fromLine: number;
  toLine: number;
  /** 1-based column of the first lost character in its line. */
  fromColumn: number;
  /** The lost characters, normalised. */
  text: string;
}

interface Target {
  text: string;
  position: number;
}

interface BlockStart {
  block: number;
  /** Where consumption starts: 0, or after the note's number when the source omits it there. */
  offset: number;
}

const DEFAULTS = { keyLength: 12, window: 2000, maxLost: 20000 };
/** A block or a resynchronisation point must agree with this many keys' worth of source where it can. */
const CONFIRM_FACTOR = 3;

export function alignSource(
  source: SourceStream,
  tei: SourceReading,
  options: AlignOptions = {},
): LostRun[] {
  const { keyLength, window, maxLost } = { ...DEFAULTS, ...options };
  const chars = source.chars;
  const blockFinder = new BlockFinder(tei.blocks.map((block) => block), keyLength);
  const targets: Target[] = [{ text: tei.main, position: 0 }];
  const lost = new LostRunCollector(source);

  let index = 0;
  /** After a loss, characters are matched again only once a whole key has been found. */
  let resynchronising = false;
  /** Characters matched one by one in the current target just before `index`. */
  let matchedRun = 0;
  while (index < chars.length) {
    const target = targets[targets.length - 1];
    const matches = target.position < target.text.length && chars[index] === target.text[target.position];
    if (matches && !resynchronising) {
      index++;
      target.position++;
      matchedRun++;
      continue;
    }
    if (target.position >= target.text.length && targets.length > 1) {
      targets.pop(); // a note block is fully consumed: back to the text around it
      matchedRun = 0;
      continue;
    }
    // (b) first: a note block that starts exactly here is stronger evidence than a skip ahead.
    const blockHere = blockFinder.take(chars, index);
    if (blockHere) {
      targets.push({ text: tei.blocks[blockHere.block].text, position: blockHere.offset });
      resynchronising = false;
      matchedRun = 0;
      continue;
    }
    // (a) with a long key: the TEI inserted characters (corrections, note numbers) here.
    const longKey = { length: keyLength * CONFIRM_FACTOR, within: window };
    if (resynchronise(targets, chars, index, [longKey])) {
      resynchronising = false;
      matchedRun = 0;
      continue;
    }
    // (b) again: a note block may start earlier, in characters that matched by coincidence.
    const blockStart = findBlockStart(blockFinder, chars, index, matchedRun);
    if (blockStart) {
      index -= blockStart.back;
      target.position -= blockStart.back;
      targets.push({ text: tei.blocks[blockStart.block].text, position: blockStart.offset });
      resynchronising = false;
      matchedRun = 0;
      continue;
    }
    // (a) with a short key; after a loss only close by, since short phrases recur too often.
    const shortKey = { length: keyLength, within: resynchronising ? keyLength * CONFIRM_FACTOR : window };
    if (resynchronise(targets, chars, index, [shortKey])) {
      resynchronising = false;
      matchedRun = 0;
      continue;
    }
    lost.add(index);
    index++;
    resynchronising = true;
    matchedRun = 0;
    if (lost.count >= maxLost && index < chars.length) {
      for (; index < chars.length; index++) lost.add(index);
    }
  }
  return lost.runs();
}

/**
 * (a) Skip inserted TEI characters: the innermost open text where the next source characters
 * follow soon wins. A long key is tried first, so that a short phrase repeated nearby does not
 * pull the alignment too far ahead.
 */
function resynchronise(
  targets: Target[],
  chars: string,
  index: number,
  keys: { length: number; within: number }[],
): boolean {
  for (const { length, within } of keys) {
    const key = chars.slice(index, index + length);
    for (let level = targets.length - 1; level >= 0; level--) {
      const target = targets[level];
      const ahead = target.text.slice(target.position, target.position + within + key.length);
      const found = ahead.indexOf(key);
      if (found >= 0) {
        targets.length = level + 1;
        target.position += found;
        return true;
      }
    }
  }
  return false;
}

/** (b) A note block starting 1 to `maxBack` characters before `index`. */
function findBlockStart(
  finder: BlockFinder,
  chars: string,
  index: number,
  maxBack: number,
): (BlockStart & { back: number }) | undefined {
  for (let back = 1; back <= maxBack; back++) {
    const start = finder.take(chars, index - back);
    if (start) return { ...start, back };
  }
  return undefined;
}

/** Finds an unconsumed note block that starts with the next source characters. */
class BlockFinder {
  private readonly byKey = new Map<string, BlockStart[]>();
  private readonly short: BlockStart[] = [];
  private readonly consumed: boolean[];

  constructor(
    private readonly blocks: { text: string; numberLength: number }[],
    private readonly keyLength: number,
  ) {
    this.consumed = blocks.map(() => false);
    blocks.forEach((block, index) => {
      const offsets = block.numberLength > 0 ? [0, block.numberLength] : [0];
      for (const offset of offsets) {
        const rest = block.text.slice(offset);
        if (rest.length === 0) continue;
        const start = { block: index, offset };
        if (rest.length < keyLength) this.short.push(start);
        else {
          const key = rest.slice(0, keyLength);
          const list = this.byKey.get(key) ?? [];
          list.push(start);
          this.byKey.set(key, list);
        }
      }
    });
  }

  take(chars: string, index: number): BlockStart | undefined {
    const candidates = [
      ...(this.byKey.get(chars.slice(index, index + this.keyLength)) ?? []),
      ...this.short.filter((start) => {
        const rest = this.blocks[start.block].text.slice(start.offset);
        return chars.startsWith(rest, index);
      }),
    ];
    // Agreement beyond the key guards against notes that merely begin like the text here.
    const confirmLength = this.keyLength * CONFIRM_FACTOR;
    const found = candidates.find((start) => {
      const expected = this.blocks[start.block].text.slice(start.offset, start.offset + confirmLength);
      return !this.consumed[start.block] && chars.startsWith(expected, index);
    });
    if (found) this.consumed[found.block] = true;
    return found;
  }
}

/** (c) Gathers lost source characters into runs of consecutive characters. */
class LostRunCollector {
  private readonly found: LostRun[] = [];
  private lastIndex = -2;
  count = 0;

  constructor(private readonly source: SourceStream) {}

  add(index: number): void {
    const line = this.source.lineOf[index];
    const current = this.found[this.found.length - 1];
    if (current && index === this.lastIndex + 1) {
      current.text += this.source.chars[index];
      current.toLine = line;
    } else {
      this.found.push({
        fromLine: line,
        toLine: line,
        fromColumn: this.source.columnOf[index],
        text: this.source.chars[index],
      });
    }
    this.lastIndex = index;
    this.count++;
  }

  runs(): LostRun[] {
    return this.found;
  }
}
