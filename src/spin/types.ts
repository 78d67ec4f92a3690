/** Synonym look-up as a content farm's spinner uses it: blind, one sense per word. */
export interface WordNetSynonyms {
  /**
   * Replacement candidates for a word or multiword lemma as written (words joined by single spaces):
   * the best group of words from its most frequent sense, preferring single words. Empty when it has
   * none, and for lowercase wording whose most frequent sense is a name ("bridges" is not Harry Bridges).
   */
  synonyms(wording: string): readonly string[];
}

export interface SpinOptions {
  /** Share of eligible words (and collocations) to replace, 0..1. */
  rate: number;
  /** Seed of the pseudo-random generator; the same seed and text give the same output. */
  seed: number;
}

/** [original wording, replacement] in text order. */
export type Substitution = [string, string];

export interface SpinResult {
  text: string;
  substitutions: Substitution[];
}
