import type { AlignedPassage, AlignOptions } from './types.js';

/**
 * The passages that are evidence of reuse. Two texts share phrases without copying: stock phrases,
 * addresses, names, titles. Model such a chance phrase as one that goes on for one more word with
 * probability q (phraseContinuation): among the n·m word pairs of two stretches of n and m words about
 * n·m·q^k chance phrases of k words are expected (the form of a BLAST E-value). A passage is evidence
 * when that is at most one: k ≥ ln(n·m) / ln(1/q), and never fewer than minPassageWords.
 *
 * First the whole texts are the stretches: for two 300-word news articles with q = 1/3, 11 words. Then,
 * as in recursive anchoring (LAGAN), a passage that lies after one evidence passage and before the next
 * in both texts only had the words between them to match by chance, so it is tested against those
 * stretches; each passage accepted narrows the stretches of the others, until none is added. A stock
 * phrase far from any copied passage, or out of order with them, still needs the full length.
 */
export function evidencePassages(
  passages: readonly AlignedPassage[],
  wordsA: number,
  wordsB: number,
  options: AlignOptions,
): AlignedPassage[] {
  const accepted = new Set<AlignedPassage>();
  for (let added = true; added; ) {
    added = false;
    const anchors = [...accepted];
    for (const p of passages) {
      if (accepted.has(p)) continue;
      const before = anchors.filter((q) => q.aEnd <= p.aStart && q.bEnd <= p.bStart);
      const after = anchors.filter((q) => q.aStart >= p.aEnd && q.bStart >= p.bEnd);
      const stretchA = Math.min(wordsA, ...after.map((q) => q.aStart)) - Math.max(0, ...before.map((q) => q.aEnd));
      const stretchB = Math.min(wordsB, ...after.map((q) => q.bStart)) - Math.max(0, ...before.map((q) => q.bEnd));
      if (p.matched < minEvidenceWords(stretchA, stretchB, options)) continue;
      accepted.add(p);
      added = true;
    }
  }
  return passages.filter((p) => accepted.has(p));
}

/** Fewest matched words for a passage to be evidence when it could lie anywhere in n × m word pairs. */
export function minEvidenceWords(wordsA: number, wordsB: number, options: AlignOptions): number {
  const pairs = Math.max(1, wordsA) * Math.max(1, wordsB);
  return Math.max(options.minPassageWords, Math.ceil(Math.log(pairs) / -Math.log(options.phraseContinuation)));
}
