import { mix32 } from '../text/hash.js';

const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
 * one hash per shingle instead of one per shingle per permutation, so a 500-word article costs ~500
 * mixes, not 64,000. The top bits of the mixed hash pick a bin, the rest compete for the bin's minimum;
 * an empty bin borrows the nearest non-empty bin to its right, offset by the distance so borrowed
 * values only match values borrowed the same way. Duplicate shingles change nothing.
 */
export class MinHashSketch {
  readonly signature: Uint32Array;
  private readonly valueBits: number;
  private readonly valueMask: number;
  private offered = false;

  constructor(size: number) {
    const bits = Math.log2(size);
    if (!Number.isInteger(bits)) throw new RangeError(`signature size ${size} is not a power of two`);
    this.valueBits = 32 - bits;
    this.valueMask = this.valueBits === 32 ? EMPTY : (1 << this.valueBits) - 1;
    this.signature = new Uint32Array(size).fill(EMPTY);
  }

  /** Offers one shingle, already mixed with the seed (`mix32(shingle ^ seed)`). */
  offer(mixed: number): void {
    const bin = this.valueBits === 32 ? 0 : mixed >>> this.valueBits;
    const value = (mixed & this.valueMask) >>> 0;
    if (value < (this.signature[bin] ?? EMPTY)) this.signature[bin] = value;
    this.offered = true;
  }

  /** The signature, empty bins filled by densification (all empty when nothing was offered). */
  finish(): Uint32Array {
    const { signature, valueMask } = this;
    const size = signature.length;
    if (!this.offered) return signature;
    for (let bin = 0; bin < size; bin++) {
      if (signature[bin] !== EMPTY) continue;
      let distance = 1;
      while (signature[(bin + distance) % size] === EMPTY) distance++;
      const borrowed = signature[(bin + distance) % size] ?? 0;
      // Native values fit in valueBits; borrowed ones sit above them so the two never meet.
      signature[bin] = valueMask + 1 + (mix32((borrowed ^ Math.imul(distance, 0x9e3779b1)) >>> 0) & valueMask);
    }
    return signature;
  }
}

export function minhashSignature(shingles: Uint32Array, size: number, seed: number): Uint32Array {
  const sketch = new MinHashSketch(size);
  for (let i = 0; i < shingles.length; i++) sketch.offer(mix32((shingles[i] ?? 0) ^ seed));
  return sketch.finish();
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY) equal++;
  return equal / a.length;
}
