import type { TokenizedText } from '../text/types.js';
import { joinTiles } from './passages.js';
import { findRuns } from './runs.js';
import { tileRuns } from './tiles.js';
import { type Alignment, type AlignOptions, DEFAULT_ALIGN_OPTIONS } from './types.js';

export { alignSentencesBothWays, type SentenceAlignment, type SentenceSide } from './sentences.js';
export {
  type AlignedPassage,
  type Alignment,
  type AlignOptions,
  DEFAULT_ALIGN_OPTIONS,
  type Run,
  type Substitution,
} from './types.js';

/**
 * Word-level passage alignment of article A against source B: exact runs seeded by shared word pairs,
 * tiled longest first, joined into passages across small gaps; the gaps are the substitutions.
 */
export function align(a: TokenizedText, b: TokenizedText, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const tiles = tileRuns(findRuns(a, b, options), a, b, options);
  const { passages, substitutions } = joinTiles(tiles, a, b, options);
  let spanA = 0;
  let spanB = 0;
  let matched = 0;
  for (const p of passages) {
    spanA += p.aEnd - p.aStart;
    spanB += p.bEnd - p.bStart;
    matched += p.matched;
  }
  let substitutedWords = 0;
  for (const s of substitutions) substitutedWords += s.aEnd - s.aStart;
  return {
    passages,
    substitutions,
    coverageA: ratio(spanA, a.count),
    coverageB: ratio(spanB, b.count),
    exactA: ratio(matched, a.count),
    exactB: ratio(matched, b.count),
    substitutedWords,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}
