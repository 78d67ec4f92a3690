export interface CandidateOptions {
  /** LSH bands over the MinHash signature; rows per band = signature size / bands. */
  bands: number;
  /** Share of the smaller sample set that must be shared for a containment candidate. */
  minContainment: number;
  /** Share of either text's lede samples (its first words) the other must have for a lede candidate. */
  minLedeContainment: number;
  /** Lede samples that must be shared for a lede candidate, at least. */
  minLedeShared: number;
  /**
   * A sample in more documents than this share of the corpus, and than `minLedeDocFrequency`, is no
   * evidence of a quoted lede: ledes open with stock phrases ("said on Tuesday that the").
   */
  maxLedeDocShare: number;
  minLedeDocFrequency: number;
  /**
   * A sample in more documents than this share of the corpus, and than `minSampleDocFrequency`, is a
   * stock phrase of the corpus ("mln dlrs in the") and is not looked up at all.
   */
  maxSampleDocShare: number;
  minSampleDocFrequency: number;
  /** Terms in more documents than this share of the corpus (once it has 50+) are not indexed as rare. */
  maxTermDocShare: number;
  /**
   * And in more documents than this, whatever the corpus size: a query walks or searches every rare
   * term's postings, so without a fixed bound its cost would grow with the corpus (a quadratic stream).
   * At 250 rather than 1,000, a 30-day window of a 2,000-a-day feed (60,000 articles) is added 40% faster
   * and Reuters 15% faster, with 3% fewer comparisons; the labelled sets are too small to reach the bound.
   */
  maxTermDocFrequency: number;
  /**
   * A query looks up the postings of its rare terms in at most `walkedDocFrequency` documents, and of
   * at least its `termsWalked` rarest, to find the documents to score: so the cost of a query stays
   * bounded as the corpus grows. The best `rescoredCandidates` documents found, by the weight of the
   * walked terms they share, are then scored on all the rare terms they share. Raw shared weight
   * favours long documents, so several times `termCandidates` are rescored: at Reuters scale, half as
   * many found 15% fewer term candidates.
   */
  termsWalked: number;
  walkedDocFrequency: number;
  rescoredCandidates: number;
  /** Best term-overlap candidates kept per query. */
  termCandidates: number;
  /** Minimum normalised shared rare-term weight for a same-story candidate. */
  minTermScore: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  bands: 32,
  minContainment: 0.15,
  minLedeContainment: 0.3,
  minLedeShared: 2,
  maxLedeDocShare: 0.005,
  minLedeDocFrequency: 20,
  maxSampleDocShare: 0.005,
  minSampleDocFrequency: 50,
  maxTermDocShare: 0.05,
  maxTermDocFrequency: 250,
  termsWalked: 24,
  walkedDocFrequency: 100,
  rescoredCandidates: 48,
  termCandidates: 12,
  minTermScore: 0.12,
};

/** What an index knows about one document: its fingerprint's signature and samples, and its terms. */
export interface IndexedDocument {
  signature: Uint32Array;
  /** Sample keys with the lede flag (see `Fingerprint.samples`). */
  samples: Uint32Array;
  /** Distinct content-term hashes, ascending. */
  terms: Uint32Array;
}

export interface Candidate {
  /** The index's document number. */
  doc: number;
  /** MinHash estimate of shingle Jaccard. */
  jaccard: number;
  /**
   * Shared samples over the smaller sample set, an estimate of containment either way; or, when higher,
   * shared lede samples over either text's lede samples: a lede quoted in a page of ledes.
   */
  containment: number;
  /** Shared rare-term weight, normalised to [0, 1]. */
  termScore: number;
}
