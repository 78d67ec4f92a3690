import { mix32 } from '../text/hash.js';
import type { TokenizedText } from '../text/types.js';
import { minhashSignature } from './minhash.js';
import { distinctSorted, shingleHashes } from './shingles.js';
import { DEFAULT_FINGERPRINT_OPTIONS, type Fingerprint, type FingerprintOptions } from './types.js';

export { estimateJaccard, minhashSignature } from './minhash.js';
export { distinctSorted, shingleHashes } from './shingles.js';
export { DEFAULT_FINGERPRINT_OPTIONS, type Fingerprint, type FingerprintOptions } from './types.js';

export function fingerprint(
  tokens: TokenizedText,
  options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS,
): Fingerprint {
  const shingles = distinctSorted(shingleHashes(tokens, options.shingleSize));
  const sampled: number[] = [];
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i] ?? 0;
    if (mix32(s ^ options.seed) % options.sampleModulus === 0) sampled.push(s);
  }
  return {
    signature: minhashSignature(shingles, options.signatureSize, options.seed),
    samples: Uint32Array.from(sampled),
    shingleCount: shingles.length,
  };
}
