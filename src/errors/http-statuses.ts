import type { ErrorCode } from './catalogue.js';

export function httpStatusFor(code: ErrorCode): number {
  if (code === 'INPUT_TOO_LARGE') return 413;
  if (code === 'INPUT_DUPLICATE_ID') return 409;
  if (code.startsWith('INPUT_') || code === 'USAGE') return 400;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'UNAUTHORIZED') return 401;
  if (code === 'BUSY') return 503;
  if (code.startsWith('STORE_')) return 503;
  return 500;
}
