/** A [start, end) character range in a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words of a text, folded for matching, in struct-of-arrays form so hot paths touch typed arrays only.
 * `tokens.ts` owns this layout; other modules read it through its fields, never rebuild it.
 */
export interface TokenizedText {
  count: number;
  /** 32-bit hash of each folded word (case, accents, quote and dash styles removed). */
  hashes: Uint32Array;
  /** Character offsets of each word in the original text: [starts[i], ends[i]). */
  starts: Uint32Array;
  ends: Uint32Array;
  /** 1 where the word is a stopword (function word), 0 for content words. */
  stop: Uint8Array;
}
