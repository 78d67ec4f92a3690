import type { Direction, PairComparison } from '../classify/index.js';

/** An article as provenance sees it. */
export interface StoryMember {
  id: string;
  /** Insertion order: the last tie-breaker, so results never depend on map order. */
  seq: number;
  /** Milliseconds since the epoch, when the article has a publication date. */
  published?: number;
  /** Headline, or the opening of the text. */
  headline: string;
  /** The page is made of headlines and snippets (an aggregator or tag page), whatever it quotes. */
  snippetPage: boolean;
}

export interface ComparedPair {
  a: string;
  b: string;
  comparison: PairComparison;
}

/** "child derives from parent", with the comparison read in that direction. */
export interface DerivationEdge {
  child: string;
  parent: string;
  direction: Direction;
  /** Closeness of the two texts: how literal the reuse is. Prim's tree follows the closest edges. */
  weight: number;
}

export type { Direction };
