import type { Direction, MachineStyle, PairComparison, SwapPhrase } from '../classify/index.js';
import type { Attribution } from '../facts/index.js';

/** An article as provenance sees it. */
export interface StoryMember {
  id: string;
  /** Insertion order: the order a story lists its articles in (never a tie-break: results must not depend on it). */
  seq: number;
  /** Milliseconds since the epoch, when the article has a publication date. */
  published?: number;
  /** Headline, or the opening of the text. */
  headline: string;
  /** The page is made of headlines and snippets (an aggregator or tag page), whatever it quotes. */
  snippetPage: boolean;
  /** The text reads as machine-rewritten news (its source may lie outside the corpus). */
  machineStyle?: MachineStyle;
  /** ISO 639-3 code of the text's language, when it is long enough to tell. */
  language?: string;
  /** Phrases of the spin lexicon the run was given that the text holds. */
  lexiconPhrases?: SwapPhrase[];
  /** The site or outlet that published it. */
  outlet?: string;
  /** Its dateline, the credit it gives the outlet it carries, the outlets it cites. */
  attribution?: Attribution;
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
  /** How much of the child the parent explains, by words or sentences, in [0, 1]. */
  closeness: number;
  /** Closeness plus how literal the reuse is (a copy over a spin over a rewrite): Prim's tree follows it. */
  weight: number;
}

export type { Direction };
