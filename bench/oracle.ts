/** The brute-force truth the candidate index is measured against: exact word 3-shingle overlap of every pair. */
import { distinctSorted, shingleHashes } from '../src/core/fingerprint/index.js';
import { tokenize } from '../src/core/text/index.js';

export const ORACLE_SHINGLE_SIZE = 3;

export interface OraclePair {
  a: number;
  b: number;
  jaccard: number;
  /** Shared shingles over the smaller set: how much of the shorter text the longer one contains. */
  containment: number;
}

/** Distinct folded word 3-shingles, sorted (the tokenizer's folding: case and accents do not count). */
export function shingleSet(text: string): Uint32Array {
  return distinctSorted(shingleHashes(tokenize(text), ORACLE_SHINGLE_SIZE));
}

function sharedCount(x: Uint32Array, y: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return shared;
}

export function overlap(x: Uint32Array, y: Uint32Array): Omit<OraclePair, 'a' | 'b'> {
  const shared = sharedCount(x, y);
  const smaller = Math.min(x.length, y.length);
  return {
    jaccard: shared === 0 ? 0 : shared / (x.length + y.length - shared),
    containment: shared === 0 ? 0 : shared / smaller,
  };
}

/** Share of `part`'s shingles that `whole` has too. */
export function containedShare(part: Uint32Array, whole: Uint32Array): number {
  return part.length === 0 ? 0 : sharedCount(part, whole) / part.length;
}

/** Every pair whose Jaccard or containment reaches the floors, by comparing all n(n-1)/2 pairs. */
export function oraclePairs(sets: readonly Uint32Array[], minJaccard: number, minContainment: number): OraclePair[] {
  const pairs: OraclePair[] = [];
  for (let a = 0; a < sets.length; a++) {
    const x = sets[a] as Uint32Array;
    for (let b = a + 1; b < sets.length; b++) {
      const { jaccard, containment } = overlap(x, sets[b] as Uint32Array);
      if (jaccard >= minJaccard || containment >= minContainment) pairs.push({ a, b, jaccard, containment });
    }
  }
  return pairs;
}
