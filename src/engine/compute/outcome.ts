import type { PairComparison } from '../../core/classify/index.js';
import { type Likeness, likenessLink, storyLink } from '../links.js';
import type { ComparisonOutcome } from './jobs.js';

/** Where a comparison is made, it is judged and serialised too: the engine's thread only files it. */
export function outcomeOf(comparison: PairComparison): ComparisonOutcome {
  const bearing = storyLink(comparison);
  return { ...bearing, payload: bearing.link === 'none' ? '' : JSON.stringify(comparison) };
}

/** A pair weighed only for stories: its likeness, judged and serialised where it is measured. */
export function likenessOutcome(topic: number, storySimilarity: number, sameStory: number): ComparisonOutcome {
  const bearing = likenessLink(storySimilarity, sameStory);
  const stored: Likeness = { likeness: { topic, storySimilarity } };
  return { ...bearing, payload: bearing.link === 'none' ? '' : JSON.stringify(stored) };
}
