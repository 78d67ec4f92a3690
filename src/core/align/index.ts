import type { TokenizedText } from '../text/types.js';
import { evidencePassages } from './evidence.js';
import { joinTiles } from './passages.js';
import { findRuns } from './runs.js';
import { tileRuns } from './tiles.js';
import { type AlignedPassage, type Alignment, type AlignOptions, DEFAULT_ALIGN_OPTIONS } from './types.js';

export { minEvidenceWords } from './evidence.js';
export {
  alignSentencesBothWays,
  alignSentenceTerms,
  type SentenceAlignment,
  type SentenceMeaning,
  type SentenceSide,
  type SentenceStems,
  type SentenceTerms,
  type SentenceVectors,
  sentenceStems,
  sentenceTerms,
  weighSentenceStems,
} from './sentences.js';
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
 * tiled longest first, joined into passages across small gaps; the gaps are the substitutions. Passages
 * too short to rule out a chance phrase count in the measures but are not evidence.
 */
export function align(a: TokenizedText, b: TokenizedText, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const tiles = tileRuns(findRuns(a, b, options), a, b, options);
  const passages = joinTiles(tiles, a, b, options);
  const substitutions = passages.flatMap((p) => p.substitutions);
  let matched = 0;
  for (const p of passages) matched += p.matched;
  let substitutedWords = 0;
  for (const s of substitutions) substitutedWords += s.aEnd - s.aStart;
  return {
    passages,
    evidence: evidencePassages(passages, a.count, b.count, options),
    substitutions,
    coverageA: ratio(spanned(passages, 'a', a.count), a.count),
    coverageB: ratio(spanned(passages, 'b', b.count), b.count),
    exactA: ratio(matched, a.count),
    exactB: ratio(matched, b.count),
    substitutedWords,
  };
}

/** Words of one side inside passages, gaps included; passages that overlap count once. */
export function spanned(passages: readonly AlignedPassage[], side: 'a' | 'b', words: number): number {
  const inside = new Uint8Array(words);
  for (const p of passages) {
    if (side === 'a') inside.fill(1, p.aStart, p.aEnd);
    else inside.fill(1, p.bStart, p.bEnd);
  }
  let count = 0;
  for (const x of inside) count += x;
  return count;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}
