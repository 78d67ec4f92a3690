import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ERROR_CODES, type ErrorCode, EXIT, exitCodeFor, httpStatusFor } from './index.js';

it('maps every error code to an exit code and an HTTP status, the same way every time', () => {
  const expected: Record<ErrorCode, [number, number]> = {
    INPUT_UNREADABLE: [EXIT.INPUT_REJECTED, 400],
    INPUT_UNSUPPORTED: [EXIT.INPUT_REJECTED, 400],
    INPUT_EMPTY: [EXIT.INPUT_REJECTED, 400],
    INPUT_BINARY: [EXIT.INPUT_REJECTED, 400],
    INPUT_INVALID_UTF8: [EXIT.INPUT_REJECTED, 400],
    INPUT_TOO_LARGE: [EXIT.INPUT_REJECTED, 413],
    INPUT_INVALID_JSON: [EXIT.INPUT_REJECTED, 400],
    INPUT_INVALID_FEED: [EXIT.INPUT_REJECTED, 400],
    INPUT_MISSING_ID: [EXIT.INPUT_REJECTED, 400],
    INPUT_MISSING_TEXT: [EXIT.INPUT_REJECTED, 400],
    INPUT_INVALID_FIELD: [EXIT.INPUT_REJECTED, 400],
    INPUT_DUPLICATE_ID: [EXIT.INPUT_REJECTED, 409],
    STORE_OPEN_FAILED: [EXIT.STORE, 503],
    STORE_SCHEMA_TOO_NEW: [EXIT.STORE, 503],
    STORE_WRITE_FAILED: [EXIT.STORE, 503],
    FETCH_REFUSED: [EXIT.USAGE, 403],
    FETCH_FAILED: [EXIT.INPUT_REJECTED, 502],
    FETCH_TIMEOUT: [EXIT.INPUT_REJECTED, 504],
    FETCH_TOO_LARGE: [EXIT.INPUT_REJECTED, 502],
    MODEL_UNUSABLE: [EXIT.USAGE, 500],
    NOT_FOUND: [EXIT.NOT_FOUND, 404],
    UNAUTHORIZED: [EXIT.INTERNAL, 401],
    BUSY: [EXIT.INTERNAL, 503],
    USAGE: [EXIT.USAGE, 400],
    INTERNAL: [EXIT.INTERNAL, 500],
  };
  for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
    assert.deepEqual([exitCodeFor(code), httpStatusFor(code)], expected[code], code);
  }
});
