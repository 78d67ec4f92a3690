export interface FingerprintOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash signature length (one-permutation bins); a power of two. */
  signatureSize: number;
  /** Keep about one shingle in this many as a containment sample, chosen by its mixed hash. */
  sampleModulus: number;
  /** Samples from shingles within this many first words are marked as the text's lede. */
  ledeWords: number;
  /** Seed of the hash family, injected so fingerprints are reproducible. */
  seed: number;
}

export const DEFAULT_FINGERPRINT_OPTIONS: FingerprintOptions = {
  shingleSize: 3,
  signatureSize: 128,
  sampleModulus: 6,
  ledeWords: 50,
  seed: 0x5eed,
};

/** The low bit of a sample: set when the shingle lies in the text's lede. The other 31 bits are its key. */
export const LEDE_BIT = 1;

export interface Fingerprint {
  /** One-permutation MinHash signature: equal positions estimate shingle Jaccard similarity. */
  signature: Uint32Array;
  /**
   * Sampled shingles, about 1/sampleModulus of all of them, chosen by content so a passage keeps its
   * samples wherever it sits. Each is a 31-bit key (`sample & ~LEDE_BIT`) plus the LEDE_BIT flag;
   * one per key, in text order.
   */
  samples: Uint32Array;
}
