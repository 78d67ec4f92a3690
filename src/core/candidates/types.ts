export interface CandidateOptions {
  /** LSH bands over the MinHash signature; rows per band = signature size / bands. */
  bands: number;
  /** Share of the smaller sample set that must be shared for a containment candidate. */
  minContainment: number;
  /** Terms in more documents than this share of the corpus (once it has 50+) are not indexed as rare. */
  maxTermDocShare: number;
  /** Best term-overlap candidates kept per query. */
  termCandidates: number;
  /** Minimum normalised shared rare-term weight for a same-story candidate. */
  minTermScore: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  bands: 32,
  minContainment: 0.15,
  maxTermDocShare: 0.05,
  termCandidates: 12,
  minTermScore: 0.12,
};

/** What an index knows about one document. */
export interface IndexedDocument {
  signature: Uint32Array;
  samples: Uint32Array;
  /** Distinct content-term hashes. */
  terms: Uint32Array;
}

export interface Candidate {
  /** The index's document number. */
  doc: number;
  /** MinHash estimate of shingle Jaccard. */
  jaccard: number;
  /** Shared samples over the smaller sample set: an estimate of containment either way. */
  containment: number;
  /** Shared rare-term weight, normalised to [0, 1]. */
  termScore: number;
}
