import { type Issue, issue, type RecordLocation, type Result } from '../errors/index.js';

const SAMPLE_LENGTH = 8192;
/** Share of control characters above which content is taken for binary rather than text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.1;

function isControlCode(code: number): boolean {
  // Tab, LF, VT, FF and CR are ordinary in text; the other C0 codes and DEL are not.
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/** NUL bytes, or a high share of control bytes in the first few KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE_LENGTH);
  if (bytes.indexOf(0) !== -1) return true;
  let controls = 0;
  for (let index = 0; index < length; index++) {
    if (isControlCode(bytes[index] ?? 0)) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

/** The same test over decoded text (a JSON string can carry "\u0000"). */
export function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const length = Math.min(text.length, SAMPLE_LENGTH);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    if (isControlCode(text.charCodeAt(index))) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Raw bytes to a string: binary and invalid UTF-8 become issues; a leading BOM is dropped by the decoder. */
export function decodeText(bytes: Uint8Array, location: RecordLocation): Result<string> {
  if (looksBinary(bytes)) return fail(issue('INPUT_BINARY', 'binary content, not text', location));
  try {
    return { ok: true, value: utf8.decode(bytes) };
  } catch {
    return fail(issue('INPUT_INVALID_UTF8', 'bytes that are not valid UTF-8', location));
  }
}

/**
 * The only normalisation ingest does: drop a BOM, CRLF to LF, trim. Case and characters stay as they
 * are, because evidence offsets point into this text and the core normalises for matching itself.
 */
export function normaliseArticleText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .trim();
}

export function fail<T>(...issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
