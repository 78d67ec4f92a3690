import type { ErrorCode } from './catalogue.js';

export function httpStatusFor(code: ErrorCode): number {
  if (code === 'INPUT_TOO_LARGE') return 413;
  if (code === 'INPUT_DUPLICATE_ID') return 409;
  if (code.startsWith('INPUT_') || code === 'USAGE') return 400;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'UNAUTHORIZED') return 401;
  if (code === 'BUSY') return 503;
  // The server's policy, not the request's syntax: the client may not make the server fetch that address.
  if (code === 'FETCH_REFUSED') return 403;
  // The page's server answered too slowly, or badly (too large included): a gateway's failures, not the client's.
  if (code === 'FETCH_TIMEOUT') return 504;
  if (code.startsWith('FETCH_')) return 502;
  if (code.startsWith('STORE_')) return 503;
  return 500;
}
