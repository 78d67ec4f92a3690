export interface FingerprintOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash signature length (one-permutation bins); a power of two. */
  signatureSize: number;
  /** Keep a shingle as a containment sample when its mixed hash is 0 modulo this. */
  sampleModulus: number;
  /** Seed of the hash family, injected so fingerprints are reproducible. */
  seed: number;
}

export const DEFAULT_FINGERPRINT_OPTIONS: FingerprintOptions = {
  shingleSize: 3,
  signatureSize: 128,
  sampleModulus: 6,
  seed: 0x5eed,
};

export interface Fingerprint {
  /** One-permutation MinHash signature: equal positions estimate shingle Jaccard similarity. */
  signature: Uint32Array;
  /** Distinct sampled shingle hashes, sorted: about 1/sampleModulus of all shingles, chosen by content. */
  samples: Uint32Array;
  /** Number of distinct shingles. */
  shingleCount: number;
}
