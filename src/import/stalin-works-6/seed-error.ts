/** Problems with the seed itself (a reviewed line no longer says what the data expects). */
import { ImportInputError } from '../run-import.js';

export const SEED_FILE = '004_93893b877f0de433.txt';

/** An error pointing to a seed line (and column), reported by the import CLI without a stack trace. */
export function seedError(line: number, message: string, column = 1): ImportInputError {
  return new ImportInputError(`${SEED_FILE}:${line}:${column}: ${message}`);
}
