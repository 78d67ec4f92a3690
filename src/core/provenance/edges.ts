import { DERIVED_RELATIONS, type Passage, type Relation } from '../contract/types.js';
import type { ComparedPair, DerivationEdge, Direction } from './types.js';

const LITERALNESS: Record<string, number> = {
  verbatim: 4,
  near_verbatim: 3,
  spun: 2.5,
  paraphrase: 1.5,
  summary: 1.2,
};

export function isDerived(direction: Direction): boolean {
  return DERIVED_RELATIONS.has(direction.verdict.relation as Relation);
}

/** The comparison of a pair read as "child derives from parent". */
export function directionOf(pair: ComparedPair, child: string): Direction {
  return pair.a === child ? pair.comparison.ab : pair.comparison.ba;
}

/** Passages with `start/end` in the child and `sourceStart/sourceEnd` in the parent. */
export function orientPassages(passages: readonly Passage[], pair: ComparedPair, child: string): Passage[] {
  return pair.a === child ? passages.map((p) => ({ ...p })) : swapSides(passages);
}

/** The same passages read from the other text. */
export function swapSides(passages: readonly Passage[]): Passage[] {
  return passages.map((p) => ({ start: p.sourceStart, end: p.sourceEnd, sourceStart: p.start, sourceEnd: p.end }));
}

/** [parent wording, child wording] pairs. */
export function orientSubstitutions(pair: ComparedPair, child: string): [string, string][] {
  const subs = pair.comparison.substitutions;
  return pair.a === child ? subs.map(([s, t]) => [s, t]) : subs.map(([s, t]) => [t, s]);
}

/** Both readings of every pair in which some derivation rule fired. */
export function derivationEdges(pairs: readonly ComparedPair[]): DerivationEdge[] {
  const edges: DerivationEdge[] = [];
  for (const pair of pairs) {
    for (const [child, parent] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const direction = directionOf(pair, child);
      if (isDerived(direction)) edges.push(derivationEdge(child, parent, direction));
    }
  }
  return edges;
}

/** The reading "child derives from parent" of a direction whose verdict is a derivation. */
export function derivationEdge(child: string, parent: string, direction: Direction): DerivationEdge {
  const f = direction.features;
  const closeness = Math.max(f.exactA, f.coverageA * 0.9, f.sentenceSimilarity * 0.6);
  return { child, parent, direction, closeness, weight: (LITERALNESS[direction.verdict.relation] ?? 1) + closeness };
}
