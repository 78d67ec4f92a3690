import type { TokenizedText } from '../text/types.js';
import type { AlignedPassage, AlignOptions, Run, Substitution } from './types.js';

/**
 * Joins tiles that follow each other in both texts, across gaps of at most maxGap words, into passages.
 * A gap with words on both sides, each at most maxSubstitutionWords, is a substitution.
 */
export function joinTiles(
  tiles: Run[],
  a: TokenizedText,
  b: TokenizedText,
  options: AlignOptions,
): { passages: AlignedPassage[]; substitutions: Substitution[] } {
  const passages: AlignedPassage[] = [];
  const substitutions: Substitution[] = [];
  let current: { first: Run; last: Run; matched: number; subs: Substitution[] } | undefined;
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
      start: a.starts[first.i] ?? 0,
      end: a.ends[aEnd - 1] ?? 0,
      sourceStart: b.starts[first.j] ?? 0,
      sourceEnd: b.ends[bEnd - 1] ?? 0,
    });
    substitutions.push(...current.subs);
  };
  for (const tile of tiles) {
    if (current !== undefined) {
      const gapA = tile.i - (current.last.i + current.last.length);
      const gapB = tile.j - (current.last.j + current.last.length);
      if (gapA >= 0 && gapB >= 0 && gapA <= options.maxGap && gapB <= options.maxGap) {
        if (gapA > 0 && gapB > 0 && gapA <= options.maxSubstitutionWords && gapB <= options.maxSubstitutionWords) {
          const aStart = current.last.i + current.last.length;
          const bStart = current.last.j + current.last.length;
          current.subs.push({ aStart, aEnd: tile.i, bStart, bEnd: tile.j });
        }
        current.last = tile;
        current.matched += tile.length;
        continue;
      }
      close();
    }
    current = { first: tile, last: tile, matched: tile.length, subs: [] };
  }
  close();
  return { passages, substitutions };
}
