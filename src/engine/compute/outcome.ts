import type { PairComparison } from '../../core/classify/index.js';
import { storyLink } from '../links.js';
import type { ComparisonOutcome } from './jobs.js';

/** Where a comparison is made, it is judged and serialised too: the engine's thread only files it. */
export function outcomeOf(comparison: PairComparison): ComparisonOutcome {
  const bearing = storyLink(comparison);
  return { ...bearing, payload: bearing.link === 'none' ? '' : JSON.stringify(comparison) };
}
