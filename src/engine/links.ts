import type { PairComparison } from '../core/classify/index.js';
import { DEFAULT_CLUSTER_OPTIONS, type StoryLink } from '../core/cluster/index.js';
import { DERIVED_RELATIONS, type Relation } from '../core/contract/index.js';

/** How a comparison bears on stories and on their provenance. */
export interface PairBearing {
  link: StoryLink;
  strength: number;
  /** The texts' likeness as stories are weighed (`storySimilarity`). */
  similarity: number;
  /** Of a `lede` link: the article that quotes the other's lede. */
  quoter?: 'a' | 'b' | undefined;
  /**
   * A reading of the pair is a derivation or a quoted lede, or it found swapped phrases: tracing the
   * story reads the comparison.
   * Otherwise (two reports of one event) it only joins the story, and its JSON is never parsed again.
   */
  provenance: boolean;
}

/** What a pair weighed only for stories stores: the likeness a comparison would have measured. */
export interface Likeness {
  likeness: { topic: number; storySimilarity: number };
}

/**
 * How a pair weighed only for stories bears on them: a `same` link from `sameStory` (as a comparison's
 * `related` reading), a `near` one from the count threshold; never on provenance.
 */
export function likenessLink(similarity: number, sameStory: number): PairBearing {
  const link = similarity >= sameStory ? 'same' : similarity >= DEFAULT_CLUSTER_OPTIONS.countFrom ? 'near' : 'none';
  return { link, strength: link === 'same' ? similarity : 0, similarity, provenance: false };
}

/** How a stored pair bears on stories: read from a comparison, or from a likeness. */
export function storedLink(payload: PairComparison | Likeness, sameStory: number): PairBearing {
  return 'likeness' in payload ? likenessLink(payload.likeness.storySimilarity, sameStory) : storyLink(payload);
}

/** How a comparison bears on story membership and provenance. */
export function storyLink(comparison: PairComparison): PairBearing {
  const readings = [comparison.ab.verdict, comparison.ba.verdict];
  const derived = readings.some((v) => DERIVED_RELATIONS.has(v.relation as Relation));
  const lede = readings.some((v) => v.relation === 'lede');
  // Swapped phrases are how a spun text with no source in the corpus is found: tracing reads them too.
  const swaps = (comparison.ab.swapPhrases?.length ?? 0) + (comparison.ba.swapPhrases?.length ?? 0) > 0;
  const provenance = derived || lede || swaps;
  // Comparisons stored before texts were weighed as wholes have only the rare-term similarity.
  const similarity = comparison.ab.features.storySimilarity ?? comparison.topic;
  const strength = Math.max(...readings.map((v) => v.score));
  if (derived) return { link: 'derived', strength, similarity, provenance };
  if (readings.some((v) => v.relation === 'related')) return { link: 'same', strength, similarity, provenance };
  if (lede) {
    // An aggregator page belongs to the story it quotes first: its lead item.
    const quoterIsA = comparison.ab.verdict.relation === 'lede';
    const first = Math.min(...comparison.passages.map((p) => (quoterIsA ? p.start : p.sourceStart)));
    return { link: 'lede', strength: 1 / (1 + first), similarity, provenance, quoter: quoterIsA ? 'a' : 'b' };
  }
  const near = similarity >= DEFAULT_CLUSTER_OPTIONS.countFrom;
  return { link: near ? 'near' : 'none', strength: 0, similarity, provenance };
}
