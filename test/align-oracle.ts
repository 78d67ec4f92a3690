/**
 * The word alignment computed the slow, obvious way, for differential tests of src/core/align: no seed
 * index, no queue, no pruning, only dynamic programming over every word pair, following the definitions
 * stated in tiles.ts, passages.ts and evidence.ts.
 */
import type { AlignOptions, Run, Substitution } from '../src/core/align/index.js';
import type { TokenizedText } from '../src/core/text/index.js';

export interface ReferencePassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  matched: number;
  substitutions: Substitution[];
}

export interface ReferenceAlignment {
  tiles: Run[];
  passages: ReferencePassage[];
  evidence: ReferencePassage[];
}

export function referenceAlign(a: TokenizedText, b: TokenizedText, options: AlignOptions): ReferenceAlignment {
  const tiles = referenceTiles(a, b, options);
  const passages = referencePassages(tiles, options);
  return { tiles, passages, evidence: referenceEvidence(passages, a.count, b.count, options) };
}

/**
 * Greedy string tiling by dynamic programming: each round, free[i][j] is the length of the stretch of
 * equal words free in both texts that starts at a[i] and b[j] (computed from the ends backwards); the
 * longest stretch that counts (more than minRun words, or minRun words not all stopwords), earliest in
 * A then in B, becomes a tile. Rounds go on until no stretch counts.
 */
export function referenceTiles(a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const n = a.count;
  const m = b.count;
  const markedA = new Uint8Array(n);
  const markedB = new Uint8Array(m);
  const free = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const tiles: Run[] = [];
  for (;;) {
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        const equal = a.hashes[i] === b.hashes[j] && markedA[i] === 0 && markedB[j] === 0;
        free[at(i, j)] = equal ? (free[at(i + 1, j + 1)] ?? 0) + 1 : 0;
      }
    }
    let best: Run | undefined;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const length = free[at(i, j)] ?? 0;
        if (best !== undefined && length <= best.length) continue;
        if (length > options.minRun || (length === options.minRun && !allStopwords(a, i, length))) {
          best = { i, j, length };
        }
      }
    }
    if (best === undefined) break;
    markedA.fill(1, best.i, best.i + best.length);
    markedB.fill(1, best.j, best.j + best.length);
    tiles.push(best);
  }
  return tiles.sort((x, y) => x.i - y.i);
}

function allStopwords(text: TokenizedText, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (text.stop[k] === 0) return false;
  return true;
}

/** Consecutive tiles (in A order) that follow in both texts within maxGap words share a passage. */
export function referencePassages(tiles: readonly Run[], options: AlignOptions): ReferencePassage[] {
  const groups: Run[][] = [];
  tiles.forEach((tile, k) => {
    const prior = tiles[k - 1];
    const gapA = prior === undefined ? -1 : tile.i - (prior.i + prior.length);
    const gapB = prior === undefined ? -1 : tile.j - (prior.j + prior.length);
    const joins = gapA >= 0 && gapB >= 0 && gapA <= options.maxGap && gapB <= options.maxGap;
    const group = groups[groups.length - 1];
    if (joins && group !== undefined) group.push(tile);
    else groups.push([tile]);
  });
  return groups.flatMap((group) => {
    const first = group[0] as Run;
    const last = group[group.length - 1] as Run;
    const matched = group.reduce((sum, tile) => sum + tile.length, 0);
    if (matched < options.minPassageWords) return [];
    const substitutions = group.slice(1).flatMap((tile, k): Substitution[] => {
      const prior = group[k] as Run;
      const aStart = prior.i + prior.length;
      const bStart = prior.j + prior.length;
      const words = Math.max(tile.i - aStart, tile.j - bStart);
      const both = tile.i > aStart && tile.j > bStart;
      return both && words <= options.maxSubstitutionWords ? [{ aStart, aEnd: tile.i, bStart, bEnd: tile.j }] : [];
    });
    return [
      {
        aStart: first.i,
        aEnd: last.i + last.length,
        bStart: first.j,
        bEnd: last.j + last.length,
        matched,
        substitutions,
      },
    ];
  });
}

/**
 * Evidence as a fixpoint, reached one passage at a time from the last: a passage is evidence when so
 * long a chance phrase is expected at most once, n·m·q^k ≤ 1, among the word pairs of the stretches it
 * lies in, between the evidence passages before and after it in both texts (the whole texts at first).
 */
export function referenceEvidence(
  passages: readonly ReferencePassage[],
  wordsA: number,
  wordsB: number,
  options: AlignOptions,
): ReferencePassage[] {
  const accepted = new Set<ReferencePassage>();
  const qualifies = (p: ReferencePassage) => {
    let fromA = 0;
    let toA = wordsA;
    let fromB = 0;
    let toB = wordsB;
    for (const q of accepted) {
      if (q.aEnd <= p.aStart && q.bEnd <= p.bStart) {
        fromA = Math.max(fromA, q.aEnd);
        fromB = Math.max(fromB, q.bEnd);
      }
      if (q.aStart >= p.aEnd && q.bStart >= p.bEnd) {
        toA = Math.min(toA, q.aStart);
        toB = Math.min(toB, q.bStart);
      }
    }
    const pairs = Math.max(1, toA - fromA) * Math.max(1, toB - fromB);
    return p.matched >= options.minPassageWords && pairs * options.phraseContinuation ** p.matched <= 1;
  };
  for (;;) {
    const next = [...passages].reverse().find((p) => !accepted.has(p) && qualifies(p));
    if (next === undefined) break;
    accepted.add(next);
  }
  return passages.filter((p) => accepted.has(p));
}
