import type { ErrorCode } from './catalogue.js';

/** Process exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  /** The command finished, but some input records were rejected (each reported on stderr). */
  INPUT_REJECTED: 3,
  NOT_FOUND: 4,
  STORE: 5,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  if (code.startsWith('INPUT_')) return EXIT.INPUT_REJECTED;
  if (code.startsWith('STORE_')) return EXIT.STORE;
  if (code === 'NOT_FOUND') return EXIT.NOT_FOUND;
  // A URL that may not be fetched is a wrong argument; one that could not be is an input that could not be read.
  if (code === 'FETCH_REFUSED') return EXIT.USAGE;
  if (code.startsWith('FETCH_')) return EXIT.INPUT_REJECTED;
  // A sentence model is named on the command line: a folder that is not one is a wrong argument.
  if (code === 'USAGE' || code === 'MODEL_UNUSABLE') return EXIT.USAGE;
  return EXIT.INTERNAL;
}
