import { mix32 } from '../text/hash.js';
import type { TokenizedText } from '../text/types.js';
import { MinHashSketch } from './minhash.js';
import { shingleAt } from './shingles.js';
import { DEFAULT_FINGERPRINT_OPTIONS, type Fingerprint, type FingerprintOptions, LEDE_BIT } from './types.js';

export { estimateJaccard, MinHashSketch, minhashSignature } from './minhash.js';
export { distinctSorted, shingleAt, shingleHashes } from './shingles.js';
export { DEFAULT_FINGERPRINT_OPTIONS, type Fingerprint, type FingerprintOptions, LEDE_BIT } from './types.js';

// Reused between calls, grown and never shrunk: the samples of one text as found, and the hash set
// (1 + index of the kept sample, 0 for free) that keeps one per key.
let scratch = new Uint32Array(1024);
let seen = new Int32Array(256);

/**
 * MinHash signature and content samples of the word shingles of a text, in one pass over its word
 * hashes: each shingle (as `shingleAt` hashes it) is mixed once, and that mix both competes for its
 * MinHash bin and decides whether it is sampled. No per-shingle allocation and no sort of all shingles.
 */
export function fingerprint(
  tokens: TokenizedText,
  options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS,
): Fingerprint {
  const { count, hashes } = tokens;
  const width = Math.min(options.shingleSize, count);
  const shingles = count === 0 ? 0 : count - width + 1;
  const ledeShingles = options.ledeWords - width + 1;
  // One mix in sampleModulus falls below this: a content-defined sample (a compare, not a remainder).
  const sampledBelow = Math.floor(0x100000000 / options.sampleModulus);
  const sketch = new MinHashSketch(options.signatureSize);
  if (scratch.length < shingles) scratch = new Uint32Array(shingles * 2);
  let sampled = 0;
  for (let i = 0; i < shingles; i++) {
    const shingle = shingleAt(hashes, i, width);
    const mixed = mix32(shingle ^ options.seed);
    sketch.offer(mixed);
    if (mixed < sampledBelow) {
      scratch[sampled++] = i < ledeShingles ? shingle | LEDE_BIT : shingle & ~LEDE_BIT;
    }
  }
  return { signature: sketch.finish(), samples: distinctSamples(scratch.subarray(0, sampled)) };
}

/**
 * One sample per key, in text order, through a small hash set (a key met in the lede and again later
 * keeps its lede flag). Compacts `samples` in place and returns a copy of what is kept.
 */
function distinctSamples(samples: Uint32Array): Uint32Array {
  let bits = 4;
  while (1 << bits < 2 * samples.length) bits++;
  if (seen.length < 1 << bits) seen = new Int32Array(1 << bits);
  seen.fill(0, 0, 1 << bits);
  const mask = (1 << bits) - 1;
  let kept = 0;
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i] ?? 0;
    let at = Math.imul(sample & ~LEDE_BIT, 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const held = seen[at] ?? 0;
      if (held === 0) {
        seen[at] = kept + 1;
        samples[kept++] = sample;
        break;
      }
      const first = samples[held - 1] ?? 0;
      if ((first ^ sample) >>> 0 <= LEDE_BIT) {
        samples[held - 1] = first | (sample & LEDE_BIT);
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return samples.slice(0, kept);
}
