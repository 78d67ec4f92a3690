import { FNV_OFFSET, fnvStep, hashString, isDigit, lowerAscii } from '../text/index.js';
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

/** A line with its key as the index keeps it: the key's hash (0: the line has no key) and its words. */
export interface KeyedLine extends LineSpan {
  hash: number;
  words: number;
}

/**
 * The line at [start, end) of `text` with its `lineKey` hashed (`hashString`) and its words counted
 * (`wordCount`). An ASCII line, nearly every line of English news, is keyed in one pass over its
 * characters with no string made: every line of every text indexed goes through here.
 */
export function keyedLine(text: string, start: number, end: number): KeyedLine {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 128) {
      const key = lineKey(text.slice(start, end));
      return { start, end, hash: key === '' ? 0 : hashString(key), words: wordCount(key) };
    }
  }
  // The ends `lineKey` trims: whitespace, punctuation and symbols (a backquote among them).
  let from = start;
  while (from < end && trimmed(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && trimmed(text.charCodeAt(to - 1))) to--;
  let hash = FNV_OFFSET;
  let words = 1;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      // A run of whitespace is one space; the ends have none.
      while (i + 1 < to && isSpace(text.charCodeAt(i + 1))) i++;
      hash = fnvStep(hash, 0x20);
      words++;
    } else if (isDigit(code)) {
      // A run of digits is one '0'.
      while (i + 1 < to && isDigit(text.charCodeAt(i + 1))) i++;
      hash = fnvStep(hash, 0x30);
    } else {
      const lower = lowerAscii(code);
      if (lower >= 97 && lower <= 122) letters++;
      hash = fnvStep(hash, lower === 0x60 ? 0x27 : lower);
    }
  }
  return letters >= MIN_KEY_LETTERS ? { start, end, hash, words } : { start, end, hash: 0, words: 0 };
}

/** ASCII whitespace, as `\s` matches it. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** What `lineKey` trims from a line's ends: whitespace, and ASCII punctuation and symbols. */
function trimmed(code: number): boolean {
  return (
    isSpace(code) ||
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}
