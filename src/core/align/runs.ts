import type { TokenizedText } from '../text/types.js';
import type { AlignOptions, Run } from './types.js';

/**
 * Maximal exact runs of words shared by A and B, seeded by equal word pairs. A run of only
 * stopwords ("of the") must be longer than minRun to count: alone it says nothing about copying.
 */
export function findRuns(a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const seeds = new Map<number, number[]>();
  for (let j = 0; j + 1 < b.count; j++) {
    const key = pairKey(b.hashes, j);
    const list = seeds.get(key);
    if (list === undefined) seeds.set(key, [j]);
    else if (list.length < options.maxSeedPositions) list.push(j);
  }
  const runs: Run[] = [];
  for (let i = 0; i + 1 < a.count; i++) {
    const positions = seeds.get(pairKey(a.hashes, i));
    if (positions === undefined) continue;
    for (const j of positions) {
      if (a.hashes[i] !== b.hashes[j] || a.hashes[i + 1] !== b.hashes[j + 1]) continue;
      if (i > 0 && j > 0 && a.hashes[i - 1] === b.hashes[j - 1]) continue; // not the start of a maximal run
      let length = 2;
      while (i + length < a.count && j + length < b.count && a.hashes[i + length] === b.hashes[j + length]) length++;
      if (length < options.minRun) continue;
      if (length <= options.minRun && allStopwords(a.stop, i, length)) continue;
      runs.push({ i, j, length });
    }
  }
  return runs;
}

function pairKey(hashes: Uint32Array, at: number): number {
  return (Math.imul(hashes[at] ?? 0, 31) + (hashes[at + 1] ?? 0)) >>> 0;
}

function allStopwords(stop: Uint8Array, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (stop[k] === 0) return false;
  return true;
}
