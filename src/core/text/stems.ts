import { FNV_OFFSET, fnvStep, hashString } from './hash.js';
import { foldWord, isDigit, lowerAscii } from './tokens.js';
import type { TokenizedText } from './types.js';

/**
 * A light suffix stripper (plural, -ing, -ed, -ly): enough for "signs"/"signed"/"signing" to meet
 * when comparing rewrites, cheap enough to run on every content word. Not a linguistic stemmer.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) return stem(word.slice(0, -2));
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Stem hash of each token (0 for stopwords and one-letter words): the vocabulary of content comparison. */
export function stemHashes(text: string, tokens: TokenizedText): Uint32Array {
  const out = new Uint32Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.stop[i] === 1) continue;
    const start = tokens.starts[i] ?? 0;
    const end = tokens.ends[i] ?? 0;
    if (end - start < 2) continue;
    out[i] = stemHash(text, start, end) || 1;
  }
  return out;
}

/**
 * The hash of a word's stem, `hashString(stem(foldWord(word)))` for the word at [start, end) of `text`.
 * An ASCII word, nearly every word of English news, is folded, stemmed and hashed in place, with no
 * string made: every content word of every text prepared goes through here.
 */
export function stemHash(text: string, start: number, end: number): number {
  let digits = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return hashString(stem(foldWord(text.slice(start, end))));
    if (isDigit(code)) digits = true;
  }
  // `stem`'s rules, in its order, on the word's end: [start, stop), then a 'y' where "ies" was.
  let stop = end;
  let y = false;
  for (;;) {
    const length = stop - start;
    if (length <= 3 || digits) break;
    if (endsWith(text, start, stop, "'s")) {
      stop -= 2;
      continue;
    }
    if (endsWith(text, start, stop, 'ies') && length > 4) {
      stop -= 3;
      y = true;
    } else if (endsWith(text, start, stop, 'ing') && length > 5) stop -= 3;
    else if ((endsWith(text, start, stop, 'ed') || endsWith(text, start, stop, 'ly')) && length > 4) stop -= 2;
    else if (length > 4 && endsWithAny(text, start, stop, SIBILANT_ES)) stop -= 2;
    else if (endsWith(text, start, stop, 's') && !endsWithAny(text, start, stop, NOT_PLURAL_S)) stop -= 1;
    break;
  }
  let hash = FNV_OFFSET;
  for (let i = start; i < stop; i++) hash = fnvStep(hash, folded(text, i));
  return y ? fnvStep(hash, 0x79) : hash;
}

/** `stem`'s "(ss|x|ch|sh)es" endings, and the endings in s that are no plural. */
const SIBILANT_ES = ['sses', 'xes', 'ches', 'shes'];
const NOT_PLURAL_S = ['ss', 'us', 'is'];

/** The ASCII character at `i`, in lower case. */
function folded(text: string, i: number): number {
  return lowerAscii(text.charCodeAt(i));
}

/** Whether the word at [start, stop) of `text`, in lower case, ends with one of `suffixes` (no closure made). */
function endsWithAny(text: string, start: number, stop: number, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) if (endsWith(text, start, stop, suffix)) return true;
  return false;
}

/** Whether the word at [start, stop) of `text`, in lower case, ends with `suffix`. */
function endsWith(text: string, start: number, stop: number, suffix: string): boolean {
  if (stop - start < suffix.length) return false;
  for (let k = 0; k < suffix.length; k++) {
    if (folded(text, stop - suffix.length + k) !== suffix.charCodeAt(k)) return false;
  }
  return true;
}
