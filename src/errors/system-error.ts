import type { ToolErrorKind } from './catalogue.js';
import { ToolError } from './tool-error.js';

/** The operating system's error codes that are the user's situation, not a bug of the tool. */
const KIND_BY_CODE: Record<string, ToolErrorKind> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EBUSY: 'file-busy',
  ETXTBSY: 'file-busy',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EROFS: 'permission-denied',
  EADDRINUSE: 'port-in-use',
  EADDRNOTAVAIL: 'port-in-use',
  ENOENT: 'io-failed',
  ENOTDIR: 'io-failed',
  EISDIR: 'io-failed',
  EEXIST: 'io-failed',
  ENOTEMPTY: 'io-failed',
  EXDEV: 'io-failed',
  EMFILE: 'io-failed',
  ENFILE: 'io-failed',
  EIO: 'io-failed',
  ELOOP: 'io-failed',
  ENAMETOOLONG: 'io-failed',
};

const WHAT: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EBUSY: 'the file or folder is busy',
  ETXTBSY: 'the file is busy',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EADDRINUSE: 'the port is already in use',
  EADDRNOTAVAIL: 'the address is not available',
};

/** A Node.js system error (`error.code` like ENOSPC) as a catalogue error; undefined for anything else. */
export function toolErrorFromSystem(error: unknown): ToolError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !(code in KIND_BY_CODE)) return undefined;
  const { syscall, path: file, port } = error as NodeJS.ErrnoException & { port?: number };
  const where = file ? ` (${syscall ?? 'file operation'} ${file})` : port !== undefined ? ` (port ${port})` : syscall ? ` (${syscall})` : '';
  return new ToolError(KIND_BY_CODE[code], `${WHAT[code] ?? (error as Error).message}${where} [${code}]`);
}
