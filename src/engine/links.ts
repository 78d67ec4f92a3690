import type { PairComparison } from '../core/classify/index.js';
import type { StoryLink } from '../core/cluster/index.js';
import { DERIVED_RELATIONS, type Relation } from '../core/contract/index.js';

/** How a comparison bears on story membership. */
export function storyLink(comparison: PairComparison): { link: StoryLink; strength: number } {
  const readings = [comparison.ab.verdict, comparison.ba.verdict];
  if (readings.some((v) => DERIVED_RELATIONS.has(v.relation as Relation) || v.relation === 'related')) {
    return { link: 'same', strength: Math.max(...readings.map((v) => v.score)) };
  }
  if (readings.some((v) => v.relation === 'lede')) {
    // An aggregator page belongs to the story it quotes first: its lead item.
    const quoterIsA = comparison.ab.verdict.relation === 'lede';
    const first = Math.min(...comparison.passages.map((p) => (quoterIsA ? p.start : p.sourceStart)));
    return { link: 'lede', strength: 1 / (1 + first) };
  }
  return { link: 'none', strength: 0 };
}

/** A pair worth keeping: it says something about story or provenance. */
export function isInformative(comparison: PairComparison): boolean {
  return storyLink(comparison).link !== 'none';
}
