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
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minRun: 2,
  maxGap: 6,
  minPassageWords: 6,
  maxSubstitutionWords: 3,
  maxSeedPositions: 64,
};

/** An exact run of equal words: a[i, i+length) = b[j, j+length). */
export interface Run {
  i: number;
  j: number;
  length: number;
}

/** A passage in word positions, with its character passage for the report. */
export interface AlignedPassage extends Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Words inside exact runs. */
  matched: number;
}

/** A gap inside a passage: b[bStart, bEnd) in the source replaced by a[aStart, aEnd) in the article. */
export interface Substitution {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface Alignment {
  passages: AlignedPassage[];
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
