import { type ErrorCode, httpStatusFor, StorytraceError } from '../errors/index.js';

/** What a client is told of a failed request: a stable code, a message, and the HTTP status. */
export interface HttpError {
  status: number;
  code: ErrorCode;
  message: string;
}

/** Fastify's own errors, by their codes, as storytrace's. */
const FASTIFY_CODES: Record<string, { code: ErrorCode; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'INPUT_TOO_LARGE', status: 413 },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INPUT_INVALID_JSON', status: 400 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INPUT_EMPTY', status: 400 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'USAGE', status: 415 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'USAGE', status: 400 },
};

/** The one place a thrown error becomes an HTTP answer; anything unknown is a 500 that says little. */
export function httpErrorOf(error: unknown): HttpError {
  if (error instanceof StorytraceError) {
    return { status: httpStatusFor(error.code), code: error.code, message: error.message };
  }
  const fastify = error as { code?: string; statusCode?: number; message?: string; validation?: unknown };
  const known = fastify.code === undefined ? undefined : FASTIFY_CODES[fastify.code];
  if (known !== undefined) return { ...known, message: fastify.message ?? known.code };
  if (fastify.validation !== undefined) {
    return { status: 400, code: 'USAGE', message: fastify.message ?? 'invalid request' };
  }
  if (fastify.statusCode !== undefined && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return { status: fastify.statusCode, code: 'USAGE', message: fastify.message ?? 'bad request' };
  }
  return { status: 500, code: 'INTERNAL', message: 'internal error (see the server log)' };
}
