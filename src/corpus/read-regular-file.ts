import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../xml/limits.js';

export type ReadResult =
  | { bytes: Uint8Array }
  | { problem: 'not-regular' | 'too-large' | 'unreadable'; message: string };

/**
 * Reads a file only if it is a regular file no larger than `limit`: a FIFO would block forever and a
 * link to /dev/zero would never end. The type is checked before opening (opening a FIFO blocks),
 * and again on the open descriptor, which also refuses a file swapped in between; at most
 * `limit` bytes are ever read, even if the file grows.
 */
export function readRegularFile(file: string, limit = MAX_FILE_BYTES): ReadResult {
  let descriptor: number | undefined;
  try {
    const kind = describe(statSync(file));
    if (kind) return notRegular(kind);
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    const reopened = describe(stats);
    if (reopened) return notRegular(reopened);
    if (stats.size > limit) return tooLarge(stats.size, limit);
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(descriptor, buffer, length, buffer.length - length, null);
    }
    if (length > limit) return tooLarge(length, limit);
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { problem: 'unreadable', message: `Cannot read the file: ${code}` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function describe(stats: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(kind: string): ReadResult {
  return { problem: 'not-regular', message: `Not read: this is ${kind}, not a regular file` };
}

function tooLarge(size: number, limit: number): ReadResult {
  return {
    problem: 'too-large',
    message: `Not read: the file has ${megabytes(size)} MB or more; the limit is ${megabytes(limit)} MB`,
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
