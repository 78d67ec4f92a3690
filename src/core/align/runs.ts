import type { TokenizedText } from '../text/types.js';
import type { AlignOptions, Run } from './types.js';

/**
 * Maximal exact runs of words shared by A and B, seeded by equal word pairs. A run of only
 * stopwords ("of the") must be longer than minRun to count: alone it says nothing about copying.
 * A word pair seeds at most `maxSeedPositions` places in B, its first ones.
 */
export function findRuns(a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const seeds = seedTable(b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < a.count; i++) {
    const key = pairKey(a.hashes, i);
    let seeded = 0;
    for (let j = seeds.first(key); j !== NONE; j = seeds.next[j] as number) {
      if (seeds.keys[j] !== key) continue;
      if (++seeded > options.maxSeedPositions) break;
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

const NONE = -1;

/**
 * B's word pairs by key, in a hash table of chains through B's positions, each chain in the order of
 * the text. Its arrays are reused from call to call: a comparison seeds runs for every pair it aligns,
 * and a batch aligns thousands, so the table allocates nothing once grown.
 */
class SeedTable {
  heads = new Int32Array(0);
  next = new Int32Array(0);
  keys = new Uint32Array(0);
  private shift = 32;

  fill(b: TokenizedText): void {
    const positions = Math.max(0, b.count - 1);
    if (this.next.length < positions) {
      this.next = new Int32Array(2 * positions);
      this.keys = new Uint32Array(2 * positions);
    }
    // Twice as many buckets as positions, a power of two, so chains stay short.
    const bits = Math.max(4, Math.ceil(Math.log2(2 * positions + 1)));
    if (this.heads.length < 1 << bits) this.heads = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.heads.fill(NONE, 0, 1 << bits);
    // From the end, each place put first in its chain: the chains come out in the order of the text.
    for (let j = positions - 1; j >= 0; j--) {
      const key = pairKey(b.hashes, j);
      const bucket = this.bucket(key);
      this.keys[j] = key;
      this.next[j] = this.heads[bucket] as number;
      this.heads[bucket] = j;
    }
  }

  /** The first place of B in the chain where `key` would be (others' keys included), or NONE. */
  first(key: number): number {
    return this.heads[this.bucket(key)] as number;
  }

  private bucket(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}

const table = new SeedTable();

function seedTable(b: TokenizedText): SeedTable {
  table.fill(b);
  return table;
}

function pairKey(hashes: Uint32Array, at: number): number {
  return (Math.imul(hashes[at] ?? 0, 31) + (hashes[at + 1] ?? 0)) >>> 0;
}

function allStopwords(stop: Uint8Array, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (stop[k] === 0) return false;
  return true;
}
