import type { Relation } from '../contract/types.js';

/** What one comparison of article A (the possible copy) with B (the possible source) measured. */
export interface PairFeatures {
  wordsA: number;
  wordsB: number;
  /** Word alignment: spans of passages (gaps included) and exact words, as shares of each side. */
  coverageA: number;
  coverageB: number;
  exactA: number;
  exactB: number;
  /** Substituted words over A's words inside passages. */
  substitutionRate: number;
  substitutions: number;
  /** Separate aligned passages: a truncated copy has one or two, an extract of many sentences more. */
  passages: number;
  /** Sentences of A with content. */
  sentencesA: number;
  /** Sentence alignment of A against B. */
  sentencesMatchedA: number;
  sentencesMatchedB: number;
  sentenceSimilarity: number;
  sentenceOrder: number;
  /** Weighted shared rare terms: how much the two talk about the same things. */
  topicSimilarity: number;
  /**
   * Cosine of the two texts' content terms weighted by (1 + ln tf) · idf: the words a text repeats are
   * its event's, so two reports of one event score higher than two of one topic.
   */
  storySimilarity: number;
  /**
   * How much rarer (in mean IDF) A's side of the substitutions is than B's. Spinners and translators
   * swap the usual word for an unusual one, so the copy carries the rarer wording: > 0 points to A.
   */
  wordingRarity: number;
  /**
   * Words of A, and of B, before their first evidence passage: a title, a photo caption or a credit a
   * copy put above the text it took (absent in comparisons stored before it was measured).
   */
  leadA?: number;
  leadB?: number;
  /** An evidence passage of A starts within B's opening words: A quotes B's lede. */
  quotesLede: boolean;
  /** Substitutions a thesaurus explains (absent when comparing without one). */
  thesaurusSwaps?: number;
  /**
   * Marks of an altered copy, read when a good share of the words align: the share of aligned words
   * cased otherwise, and one-word substitutions one or two letters apart (see `copyMarks`).
   */
  caseChanged?: number;
  typos?: number;
}

/** The relation "A derives from B" would have, with how sure the rules are. */
export interface PairVerdict {
  relation: Exclude<Relation, 'original' | 'independent' | 'aggregate'> | 'lede' | 'related' | 'unrelated';
  score: number;
  signals: string[];
}

export interface ClassifyOptions {
  /**
   * Story similarity (weighted term cosine) from which two articles could report one event: their
   * stories are then weighed as wholes for merging.
   */
  sameStory: number;
  /** Substitution rate from which an aligned copy counts as spun. */
  spunRate: number;
  /** Substitution rate from which an aligned copy is a heavy edit (machine translation, rewording). */
  editedRate: number;
  /**
   * With a sentence model: the cosine below which two sentences' embeddings say nothing of their
   * likeness (most models put unrelated sentences of one topic near 0.3–0.5).
   */
  sentenceCosineFloor: number;
}

export const DEFAULT_CLASSIFY_OPTIONS: ClassifyOptions = {
  sameStory: 0.2,
  spunRate: 0.12,
  editedRate: 0.07,
  sentenceCosineFloor: 0.5,
};
