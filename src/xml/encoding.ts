/** Byte-level checks that come before any parsing. */

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    let length: number;
    let min: number;
    if (lead < 0x80) { i++; continue; }
    else if (lead >= 0xc2 && lead <= 0xdf) { length = 2; min = 0x80; }
    else if (lead >= 0xe0 && lead <= 0xef) { length = 3; min = 0x800; }
    else if (lead >= 0xf0 && lead <= 0xf4) { length = 4; min = 0x10000; }
    else return i;
    let code = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset, counting only what precedes it. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}
