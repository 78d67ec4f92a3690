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

/** Any character outside ASCII: lines without one take the fast paths. */
export const NON_ASCII = /[\u0080-\uffff]/;
const LETTER = /\p{L}/u;

function hasLetters(value: string, wanted: number): boolean {
  let count = 0;
  for (let i = 0; i < value.length && count < wanted; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) count++;
    else if (code >= 0x80 && LETTER.test(String.fromCodePoint(value.codePointAt(i) ?? 0))) {
      count++;
      if (code >= 0xd800 && code <= 0xdbff) i++;
    }
  }
  return count >= wanted;
}

/**
 * The form of a line that repeats across pages: compatibility-normalised, lower case, curly quotes
 * straightened, each run of digits as '0' (dates, counts and times vary), whitespace collapsed, and
 * punctuation and symbols trimmed from both ends. '' for lines with fewer than three letters.
 * Most lines are ASCII, where normalising and the Unicode classes change nothing: they take a faster
 * path to the same key.
 */
export function lineKey(line: string): string {
  const key = NON_ASCII.test(line)
    ? line
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[‘’‛`´]/g, "'")
        .replace(/[“”„‟«»]/g, '"')
        .replace(/\p{Nd}+/gu, '0')
        .replace(/\s+/gu, ' ')
        .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    : line
        .toLowerCase()
        .replace(/`/g, "'")
        .replace(/[0-9]+/g, '0')
        .replace(/\s+/g, ' ')
        .replace(/^[\s!-/:-@[-`{-~]+|[\s!-/:-@[-`{-~]+$/g, '');
  return hasLetters(key, MIN_KEY_LETTERS) ? key : '';
}

/** Words of a line key (keys have single spaces and no edge spaces). */
export function wordCount(key: string): number {
  if (key === '') return 0;
  let words = 1;
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) words++;
  return words;
}
