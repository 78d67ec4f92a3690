import type { Span } from '../text/types.js';

export interface SentenceMatch {
  a: number;
  b: number;
  /** Weighted Dice overlap of the two sentences' content stems. */
  similarity: number;
  /** Share of A's sentence weight found in B's sentence. */
  containment: number;
}

export interface SentenceAlignment {
  /** Best match of each A sentence with content (at most one each). */
  matches: SentenceMatch[];
  /** A sentences with content. */
  sentencesA: number;
  sentencesB: number;
  /** Share of A's sentences matched above the threshold. */
  matchedA: number;
  /** Share of B's sentences that some matched A sentence points to. */
  matchedB: number;
  /** Mean best similarity over A's sentences. */
  meanSimilarity: number;
  /** Share of consecutive matched pairs that keep B's order: 1 for a rewrite that follows the source. */
  order: number;
}

interface SentenceTerms {
  terms: Map<number, number>;
  weight: number;
}

/**
 * Matches each sentence of A to the sentence of B sharing most weighted content stems. This is what
 * separates a rewrite that follows its source sentence by sentence from an independent report: the
 * latter shares names and numbers, but not sentence after sentence in the same order.
 */
export function alignSentences(
  stemsA: Uint32Array,
  startsA: Uint32Array,
  sentencesA: readonly Span[],
  stemsB: Uint32Array,
  startsB: Uint32Array,
  sentencesB: readonly Span[],
  weight: (stem: number) => number,
  threshold = 0.3,
): SentenceAlignment {
  const termsA = sentenceTerms(stemsA, startsA, sentencesA, weight);
  const termsB = sentenceTerms(stemsB, startsB, sentencesB, weight);
  const matches: SentenceMatch[] = [];
  let withContent = 0;
  let similaritySum = 0;
  termsA.forEach((sa, a) => {
    if (sa.weight === 0) return;
    withContent++;
    let best: SentenceMatch | undefined;
    termsB.forEach((sb, b) => {
      if (sb.weight === 0) return;
      let shared = 0;
      for (const [term, w] of sa.terms) if (sb.terms.has(term)) shared += w;
      if (shared === 0) return;
      const similarity = (2 * shared) / (sa.weight + sb.weight);
      if (best === undefined || similarity > best.similarity) {
        best = { a, b, similarity, containment: shared / sa.weight };
      }
    });
    if (best === undefined) return;
    similaritySum += best.similarity;
    if (best.similarity >= threshold || best.containment >= 0.6) matches.push(best);
  });
  const pointed = new Set(matches.map((m) => m.b));
  let ordered = 0;
  for (let k = 1; k < matches.length; k++) if ((matches[k]?.b ?? 0) > (matches[k - 1]?.b ?? 0)) ordered++;
  const withContentB = termsB.filter((s) => s.weight > 0).length;
  return {
    matches,
    sentencesA: withContent,
    sentencesB: withContentB,
    matchedA: withContent === 0 ? 0 : matches.length / withContent,
    matchedB: withContentB === 0 ? 0 : pointed.size / withContentB,
    meanSimilarity: withContent === 0 ? 0 : similaritySum / withContent,
    order: matches.length < 2 ? 0 : ordered / (matches.length - 1),
  };
}

function sentenceTerms(
  stems: Uint32Array,
  starts: Uint32Array,
  sentences: readonly Span[],
  weight: (stem: number) => number,
): SentenceTerms[] {
  const result: SentenceTerms[] = sentences.map(() => ({ terms: new Map(), weight: 0 }));
  let s = 0;
  for (let t = 0; t < stems.length; t++) {
    const stem = stems[t] ?? 0;
    const at = starts[t] ?? 0;
    while (s < sentences.length && at >= (sentences[s]?.end ?? 0)) s++;
    const sentence = result[s];
    if (stem === 0 || sentence === undefined || sentence.terms.has(stem)) continue;
    const w = weight(stem);
    sentence.terms.set(stem, w);
    sentence.weight += w;
  }
  return result;
}
