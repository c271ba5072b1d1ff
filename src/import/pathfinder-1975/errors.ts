/** Errors of the Pathfinder importer: the seed or the curated tables disagree. Reported as one line by the import CLI. */
import { ImportInputError } from '../run-import.js';

export const SEED_FILE = '002_bbcd4ea18619e104.txt';

export class CurationDataError extends ImportInputError {
  constructor(line: number | undefined, message: string) {
    super(`${SEED_FILE}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'CurationDataError';
  }
}
