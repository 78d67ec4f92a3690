import type { TokenizedText } from '../text/types.js';
import type { AlignedPassage, AlignOptions, Run, Substitution } from './types.js';

/**
 * Joins tiles that follow each other in both texts, across gaps of at most maxGap words, into passages:
 * taking the tiles in A order, a tile extends the passage of the tile before it when it starts after it
 * in both texts, at most maxGap words later on each side; otherwise it starts a passage. A gap with
 * words on both sides, each at most maxSubstitutionWords, is a substitution. Passages of fewer than
 * minPassageWords matched words are dropped.
 */
export function joinTiles(
  tiles: readonly Run[],
  a: TokenizedText,
  b: TokenizedText,
  options: AlignOptions,
): AlignedPassage[] {
  const passages: AlignedPassage[] = [];
  let current: { first: Run; last: Run; matched: number; runs: Run[]; substitutions: Substitution[] } | undefined;
  const close = () => {
    if (current === undefined || current.matched < options.minPassageWords) return;
    const { first, last } = current;
    const aEnd = last.i + last.length;
    const bEnd = last.j + last.length;
    passages.push({
      aStart: first.i,
      aEnd,
      bStart: first.j,
      bEnd,
      matched: current.matched,
      runs: current.runs,
      substitutions: current.substitutions,
      start: a.starts[first.i] ?? 0,
      end: a.ends[aEnd - 1] ?? 0,
      sourceStart: b.starts[first.j] ?? 0,
      sourceEnd: b.ends[bEnd - 1] ?? 0,
    });
  };
  for (const tile of tiles) {
    if (current !== undefined) {
      const aStart = current.last.i + current.last.length;
      const bStart = current.last.j + current.last.length;
      const gapA = tile.i - aStart;
      const gapB = tile.j - bStart;
      if (gapA >= 0 && gapB >= 0 && gapA <= options.maxGap && gapB <= options.maxGap) {
        if (gapA > 0 && gapB > 0 && gapA <= options.maxSubstitutionWords && gapB <= options.maxSubstitutionWords) {
          current.substitutions.push({ aStart, aEnd: tile.i, bStart, bEnd: tile.j });
        }
        current.last = tile;
        current.matched += tile.length;
        current.runs.push(tile);
        continue;
      }
      close();
    }
    current = { first: tile, last: tile, matched: tile.length, runs: [tile], substitutions: [] };
  }
  close();
  return passages;
}
