import type { CandidateOptions } from './types.js';

/** IDF of a term in `df` of `size` indexed documents, counting the querying document in. */
export function inverseDocumentFrequency(df: number, size: number): number {
  return Math.log((size + 1) / (df + 1)) + 1;
}

/** The document frequency above which a term is too common to count as rare, in a corpus of `size`. */
export function maxRareDocFrequency(size: number, options: CandidateOptions): number {
  const { maxTermDocShare, maxTermDocFrequency } = options;
  return Math.min(maxTermDocFrequency, Math.max(50, Math.floor(size * maxTermDocShare)));
}

/** Document frequencies of terms among `size` documents: the corpus a topic similarity is read in. */
export interface TermStatistics {
  size: number;
  frequency(term: number): number;
}

/**
 * How much rare vocabulary two texts share: the IDF weight of the rare terms both hold over the
 * geometric mean of each one's rare-term weight (the candidate index's term score for one pair).
 * `a` and `b` are distinct terms in ascending order, so the sums add up in one order wherever it is
 * computed (the engine's thread or a worker's replica of the statistics).
 */
export function topicSimilarity(
  a: Uint32Array,
  b: Uint32Array,
  statistics: TermStatistics,
  options: CandidateOptions,
): number {
  const maxDf = maxRareDocFrequency(statistics.size, options);
  const rareWeight = (term: number): number => {
    const df = statistics.frequency(term);
    return df <= maxDf ? inverseDocumentFrequency(df, statistics.size) : 0;
  };
  let shared = 0;
  let weightA = 0;
  let weightB = 0;
  // Both ascending: one merge finds the shared terms.
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const term = a[i] ?? 0;
    const weight = rareWeight(term);
    weightA += weight;
    while (j < b.length && (b[j] ?? 0) < term) j++;
    if (j < b.length && b[j] === term) shared += weight;
  }
  for (let i = 0; i < b.length; i++) weightB += rareWeight(b[i] ?? 0);
  return shared / Math.sqrt(Math.max(1e-9, weightA * weightB));
}
