import type { TokenizedText } from '../text/types.js';

/** Odd multiplier of the polynomial shingle hash. */
const BASE = 0x01000193;

/**
 * Hash of the `width` words from word `at`: a polynomial in the word hashes, order-sensitive and two
 * multiplications a word; callers mix it before use (MinHash and sampling mix it with their seed).
 */
export function shingleAt(hashes: Uint32Array, at: number, width: number): number {
  let h = 0;
  for (let j = 0; j < width; j++) h = (Math.imul(h, BASE) + (hashes[at + j] ?? 0)) | 0;
  return h >>> 0;
}

/**
 * Hashes of every run of `size` consecutive words (one hash for texts shorter than that), case and
 * punctuation already folded away by the tokenizer: a copy in mangled Title Case shingles the same.
 */
export function shingleHashes(tokens: TokenizedText, size: number): Uint32Array {
  const { count, hashes } = tokens;
  if (count === 0) return new Uint32Array(0);
  const width = Math.min(size, count);
  const out = new Uint32Array(count - width + 1);
  for (let i = 0; i < out.length; i++) out[i] = shingleAt(hashes, i, width);
  return out;
}

/** Sorted distinct values (in place on a copy). */
export function distinctSorted(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.subarray(0, n);
}
