/**
 * Every error storytrace raises has a stable code from this catalogue. Codes never change meaning;
 * `exit-codes.ts` and `http-statuses.ts` are the only places that map them to the outside world.
 */
export const ERROR_CODES = {
  INPUT_UNREADABLE: 'a file or folder cannot be read',
  INPUT_UNSUPPORTED: 'a file type storytrace does not read',
  INPUT_EMPTY: 'an empty file or record',
  INPUT_BINARY: 'binary content where text was expected',
  INPUT_INVALID_UTF8: 'bytes that are not valid UTF-8',
  INPUT_TOO_LARGE: 'a record or file above the size limit',
  INPUT_INVALID_JSON: 'a line that is not a JSON object',
  INPUT_INVALID_FEED: 'an RSS or Atom file that cannot be parsed',
  INPUT_MISSING_ID: 'a record without an id',
  INPUT_MISSING_TEXT: 'a record with neither text nor html',
  INPUT_INVALID_FIELD: 'a record field of the wrong type',
  INPUT_DUPLICATE_ID: 'an id already used for a different text',
  STORE_OPEN_FAILED: 'the store cannot be opened',
  STORE_SCHEMA_TOO_NEW: 'the store was written by a newer storytrace',
  STORE_WRITE_FAILED: 'a batch could not be written',
  FETCH_REFUSED: 'a URL storytrace will not fetch: not http(s), or an address that is not public',
  FETCH_FAILED: 'a page or feed that could not be fetched: DNS, connection, HTTP status or redirects',
  FETCH_TIMEOUT: 'a page or feed that did not arrive whole within the time limit',
  FETCH_TOO_LARGE: 'a page or feed above the size limit, compressed or not',
  MODEL_UNUSABLE: 'a sentence model folder storytrace cannot load or run',
  NOT_FOUND: 'no article or story with that id',
  UNAUTHORIZED: 'a write without the bearer token the server was started with',
  BUSY: 'the server is at its limit of requests or writes in flight; try again',
  USAGE: 'the command line is wrong',
  INTERNAL: 'a bug in storytrace',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
