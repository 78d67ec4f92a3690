import type { LineSpan } from './types.js';

/** Lines as `text.split('\n')` gives them (empty ones included), as offsets; a CR before the LF is left out. */
export function splitLines(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    spans.push({ start, end: end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end });
    if (newline === -1) return spans;
    start = newline + 1;
  }
}

/** Fewer letters than this and a line is a rule, a number or a stray symbol: nothing to match on. */
const MIN_KEY_LETTERS = 3;

function letterCount(value: string): number {
  return value.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The form of a line that repeats across pages: compatibility-normalised, lower case, curly quotes
 * straightened, each run of digits as '0' (dates, counts and times vary), whitespace collapsed, and
 * punctuation and symbols trimmed from both ends. '' for lines with fewer than three letters.
 */
export function lineKey(line: string): string {
  const key = line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/\p{Nd}+/gu, '0')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  return letterCount(key) < MIN_KEY_LETTERS ? '' : key;
}

/** Words of a line key (keys have single spaces and no edge spaces). */
export function wordCount(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}
