import type { Passage } from '../contract/types.js';

export interface AlignOptions {
  /** Shortest exact run of words that seeds an alignment. */
  minRun: number;
  /** Largest gap (in words, on either side) bridged inside one passage. */
  maxGap: number;
  /** Fewest matched words for a passage to count. */
  minPassageWords: number;
  /** Longest gap (in words, each side) reported as a substitution. */
  maxSubstitutionWords: number;
  /** Positions of a repeated word pair followed in the other text; bounds work on repetitive texts. */
  maxSeedPositions: number;
  /**
   * Chance that a phrase two texts share without one copying the other (a stock phrase, an address, a
   * title) goes on for one more word. A passage is evidence of reuse when so long a chance phrase is
   * expected at most once among the word pairs of the two texts (see evidence.ts). 1/3 was set on the
   * PAN-13 pairs, where precision stays level from 0.3 to 0.35.
   */
  phraseContinuation: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minRun: 2,
  maxGap: 6,
  minPassageWords: 6,
  maxSubstitutionWords: 3,
  maxSeedPositions: 64,
  phraseContinuation: 1 / 3,
};

/** An exact run of equal words: a[i, i+length) = b[j, j+length). */
export interface Run {
  i: number;
  j: number;
  length: number;
}

/** A gap inside a passage: b[bStart, bEnd) in the source replaced by a[aStart, aEnd) in the article. */
export interface Substitution {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** A passage in word positions, with its character passage for the report. */
export interface AlignedPassage extends Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Words inside exact runs. */
  matched: number;
  /** The exact runs, in order. */
  runs: Run[];
  /** The substitutions inside this passage. */
  substitutions: Substitution[];
}

export interface Alignment {
  /** Every passage of at least minPassageWords matched words: what the pair features measure. */
  passages: AlignedPassage[];
  /** The passages long enough not to be chance phrases: what a report shows as reuse. */
  evidence: AlignedPassage[];
  /** The substitutions of all passages. */
  substitutions: Substitution[];
  /** Share of A's words inside passages (gaps included), and of B's. */
  coverageA: number;
  coverageB: number;
  /** Share of A's words in exact runs, and of B's. */
  exactA: number;
  exactB: number;
  /** Words of A replaced inside passages. */
  substitutedWords: number;
}
