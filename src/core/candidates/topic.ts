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

/** A text's rare-term weights, one a term in the text's order, and their sum. */
interface RareTerms {
  weights: Float64Array;
  total: number;
}

/**
 * Topic similarities in one state of the statistics, each text's rare-term weights made once: a text is
 * weighed against a dozen others. Make a new memo when the statistics change.
 */
export class TopicMemo {
  private readonly weighed = new WeakMap<Uint32Array, RareTerms>();
  private readonly maxDf: number;

  constructor(
    private readonly statistics: TermStatistics,
    options: CandidateOptions,
  ) {
    this.maxDf = maxRareDocFrequency(statistics.size, options);
  }

  /**
   * How much rare vocabulary two texts share: the IDF weight of the rare terms both hold over the
   * geometric mean of each one's rare-term weight (the candidate index's term score for one pair).
   * `a` and `b` are distinct terms in ascending order, so the sums add up in one order wherever it is
   * computed (the engine's thread or a worker's replica of the statistics).
   */
  similarity(a: Uint32Array, b: Uint32Array): number {
    const [rareA, rareB] = [this.rare(a), this.rare(b)];
    let shared = 0;
    // Both ascending: one merge finds the shared terms.
    let j = 0;
    for (let i = 0; i < a.length; i++) {
      const term = a[i] ?? 0;
      while (j < b.length && (b[j] ?? 0) < term) j++;
      if (j < b.length && b[j] === term) shared += rareA.weights[i] ?? 0;
    }
    return shared / Math.sqrt(Math.max(1e-9, rareA.total * rareB.total));
  }

  private rare(terms: Uint32Array): RareTerms {
    let rare = this.weighed.get(terms);
    if (rare === undefined) {
      const { statistics, maxDf } = this;
      const weights = new Float64Array(terms.length);
      let total = 0;
      for (let i = 0; i < terms.length; i++) {
        const df = statistics.frequency(terms[i] ?? 0);
        const weight = df <= maxDf ? inverseDocumentFrequency(df, statistics.size) : 0;
        weights[i] = weight;
        total += weight;
      }
      rare = { weights, total };
      this.weighed.set(terms, rare);
    }
    return rare;
  }
}
