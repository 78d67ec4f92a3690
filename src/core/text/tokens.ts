import { FNV_OFFSET, fnvStep } from './hash.js';
import { STOPWORD_HASHES } from './stopwords.js';
import type { Span, TokenizedText } from './types.js';

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc]);
const WORDLIKE = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;
const foldCache = new Map<number, number[]>();

/** Lower case, accents removed; returns the char codes a non-ASCII character folds to (cached). */
function foldNonAscii(code: number): number[] {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    folded = WORDLIKE.test(char)
      ? [...char.toLowerCase().normalize('NFKD')].filter((c) => !COMBINING.test(c)).map((c) => c.charCodeAt(0))
      : [];
    foldCache.set(code, folded);
  }
  return folded;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return foldNonAscii(code).length > 0 || COMBINING.test(String.fromCharCode(code));
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An ASCII character code in lower case (A–Z folded; any other code as it is). */
export function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Splits text into words with offsets and folded hashes in one pass, with no per-word string.
 * A word is a run of letters and digits; an apostrophe between letters ("Murati's") and a point or
 * comma between digits ("3.5", "1,200") stay inside it. Characters inside `masked` spans are skipped,
 * so boilerplate never becomes a word while offsets still point into the original text.
 */
export function tokenize(text: string, masked: readonly Span[] = []): TokenizedText {
  const capacity = Math.max(16, (text.length >>> 2) + 1);
  let hashes = new Uint32Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let count = 0;
  let maskIndex = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const mask = masked[maskIndex];
    if (mask !== undefined && i >= mask.start) {
      if (i < mask.end) i = mask.end;
      maskIndex++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        if (c < 128) hash = fnvStep(hash, lowerAscii(c));
        else for (const f of foldNonAscii(c)) hash = fnvStep(hash, f);
        i++;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      const prev = text.charCodeAt(i - 1);
      const inWord = i + 1 < n && isWordChar(next);
      if (inWord && APOSTROPHES.has(c) && !isDigit(prev)) {
        hash = fnvStep(hash, 0x27);
        i++;
        continue;
      }
      if (inWord && (c === 0x2e || c === 0x2c) && isDigit(prev) && isDigit(next)) {
        hash = fnvStep(hash, c);
        i++;
        continue;
      }
      break;
    }
    if (count === hashes.length) {
      hashes = grow(hashes);
      starts = grow(starts);
      ends = grow(ends);
    }
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  const stop = new Uint8Array(count);
  for (let t = 0; t < count; t++) stop[t] = STOPWORD_HASHES.has(hashes[t] ?? 0) ? 1 : 0;
  return {
    count,
    hashes: hashes.subarray(0, count),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    stop,
  };
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The folded form of one word, for evidence and term statistics (allocates: not for hot loops). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) out += String.fromCharCode(lowerAscii(c));
    else if (APOSTROPHES.has(c)) out += "'";
    else out += String.fromCharCode(...foldNonAscii(c));
  }
  return out;
}
