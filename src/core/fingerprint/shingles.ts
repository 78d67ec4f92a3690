import { combine } from '../text/hash.js';
import type { TokenizedText } from '../text/types.js';

/**
 * Hashes of every run of `size` consecutive words (one hash for texts shorter than that), case and
 * punctuation already folded away by the tokenizer: a copy in mangled Title Case shingles the same.
 */
export function shingleHashes(tokens: TokenizedText, size: number): Uint32Array {
  const { count, hashes } = tokens;
  if (count === 0) return new Uint32Array(0);
  const width = Math.min(size, count);
  const out = new Uint32Array(count - width + 1);
  for (let i = 0; i < out.length; i++) {
    let h = hashes[i] ?? 0;
    for (let j = 1; j < width; j++) h = combine(h, hashes[i + j] ?? 0);
    out[i] = h;
  }
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
