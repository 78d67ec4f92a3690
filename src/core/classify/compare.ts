import {
  type Alignment,
  align,
  alignSentenceTerms,
  type SentenceAlignment,
  type SentenceVectors,
  type Substitution,
} from '../align/index.js';
import type { Passage } from '../contract/types.js';
import type { Span, TokenizedText } from '../text/types.js';
import { copyMarks } from './copy-marks.js';
import { pairVerdict } from './pair-verdict.js';
import { type SwapPhrase, swapPhrases } from './swap-phrases.js';
import { type TermCounts, termCosine } from './term-vector.js';
import { type ClassifyOptions, DEFAULT_CLASSIFY_OPTIONS, type PairFeatures, type PairVerdict } from './types.js';
import { WeightedTermsMemo } from './weighted-terms-memo.js';
import { wording } from './wording.js';

/** An article prepared for comparison: its words, content stems and sentences. */
export interface DocumentView {
  text: string;
  tokens: TokenizedText;
  stems: Uint32Array;
  sentences: Span[];
  /** Its content stems counted (`termCounts` of `stems`), when they were counted with the view. */
  counted?: TermCounts;
  /** Its sentences' embeddings, when a sentence model is in use: two texts that both have them are aligned by meaning too. */
  sentenceVectors?: SentenceVectors;
}

/** One direction of a comparison: "the first derives from the second". */
export interface Direction {
  features: PairFeatures;
  verdict: PairVerdict;
  /**
   * The first text's phrases the second words otherwise, a word swapped for a thesaurus neighbour:
   * looked for only when neither derives from the other (with a thesaurus), and kept when some are found.
   */
  swapPhrases?: SwapPhrase[];
}

/** Everything learnt from comparing A and B, both ways; the engine stores it as the pair's payload. */
export interface PairComparison {
  topic: number;
  /** A derives from B. */
  ab: Direction;
  /** B derives from A. */
  ba: Direction;
  /**
   * Word-aligned passages long enough to be evidence of reuse (shorter ones still count in the
   * features), offsets into A (start, end) and B (sourceStart, sourceEnd).
   */
  passages: Passage[];
  /** Sentence pairs matched by content, same offsets: the evidence for rewrites. */
  sentencePairs: Passage[];
  /** [B wording, A wording] of the substitutions inside those passages. */
  substitutions: [string, string][];
}

/** What comparing needs to know of words beyond the two texts. */
export interface Lexicon {
  /** Rarity (IDF) of a content stem in the corpus. */
  weight(stem: number): number;
  /** Whether a thesaurus lists the two wordings as neighbours (synonyms, similar, broader term). */
  related?(a: string, b: string): boolean;
}

/**
 * Swapped phrases are looked for between reports of one story that share this much rare vocabulary: a
 * spinner keeps the names and numbers, and looser pairs would only add chance swaps.
 */
const SWAPS_MIN_TOPIC = 0.3;
/** Share of either text's words in exact runs from which copy marks (case, typos) are read. */
const MARKS_FROM_EXACT = 0.3;
const LEDE_WORDS = 30;
const LEDE_PASSAGE_WORDS = 20;

/**
 * Compares two texts both ways. `terms` must weigh terms with `lexicon.weight`; share one across the
 * comparisons of a batch so each text's weighted terms are made once.
 */
export function comparePair(
  a: DocumentView,
  b: DocumentView,
  lexicon: Lexicon,
  topic: number,
  options?: ClassifyOptions,
  terms = new WeightedTermsMemo((stem) => lexicon.weight(stem)),
): PairComparison {
  const weight = (stem: number) => lexicon.weight(stem);
  const alignment = align(a.tokens, b.tokens);
  const meaning =
    a.sentenceVectors && b.sentenceVectors
      ? { a: a.sentenceVectors, b: b.sentenceVectors, floor: (options ?? DEFAULT_CLASSIFY_OPTIONS).sentenceCosineFloor }
      : undefined;
  const { ab: sentencesAB, ba: sentencesBA } = alignSentenceTerms(
    terms.sentences(a),
    terms.sentences(b),
    undefined,
    meaning,
  );
  const rarity = wordingRarity(alignment, a, b, weight);
  const story = termCosine(terms.vector(a), terms.vector(b));
  const wordings = (substitutions: readonly Substitution[]) =>
    substitutions.map((s): [string, string] => [wording(b, s.bStart, s.bEnd), wording(a, s.aStart, s.aEnd)]);
  const swaps =
    lexicon.related === undefined
      ? {}
      : { thesaurusSwaps: thesaurusSwaps(wordings(alignment.substitutions), lexicon.related) };
  // Case and spelling are read where one text could be a copy of the other (they are the same both ways).
  const marks = Math.max(alignment.exactA, alignment.exactB) >= MARKS_FROM_EXACT ? copyMarks(alignment, a, b) : {};
  const ab = {
    ...features(alignment, sentencesAB, a.tokens.count, b.tokens.count, { topic, story }, 'a', rarity),
    ...swaps,
    ...marks,
  };
  const ba = {
    ...features(alignment, sentencesBA, b.tokens.count, a.tokens.count, { topic, story }, 'b', -rarity),
    ...swaps,
    ...marks,
  };
  const verdictAB = pairVerdict(ab, options);
  const verdictBA = pairVerdict(ba, options);
  // A spun text whose source is not in the corpus still shows its swaps against other reports of its
  // story; a text that derives from the other shows them in its alignment instead.
  const related = lexicon.related;
  const unexplained =
    related !== undefined &&
    verdictAB.relation === 'related' &&
    verdictBA.relation === 'related' &&
    topic >= SWAPS_MIN_TOPIC;
  const phrases = (x: DocumentView, y: DocumentView) => {
    const found = unexplained ? swapPhrases(x, y, related, weight) : [];
    return found.length > 0 ? { swapPhrases: found } : {};
  };
  return {
    topic,
    ab: { features: ab, verdict: verdictAB, ...phrases(a, b) },
    ba: { features: ba, verdict: verdictBA, ...phrases(b, a) },
    passages: alignment.evidence.map(({ start, end, sourceStart, sourceEnd }) => ({
      start,
      end,
      sourceStart,
      sourceEnd,
    })),
    sentencePairs: sentencesAB.matches.flatMap((m) => {
      const sa = a.sentences[m.a];
      const sb = b.sentences[m.b];
      return sa && sb ? [{ start: sa.start, end: sa.end, sourceStart: sb.start, sourceEnd: sb.end }] : [];
    }),
    substitutions: wordings(alignment.evidence.flatMap((p) => p.substitutions)),
  };
}

/**
 * Substitutions a thesaurus explains: the two wordings are neighbours, or, word for word, the words
 * that differ are ("same day as" → "identical day that").
 */
function thesaurusSwaps(
  substitutions: readonly [string, string][],
  related: (a: string, b: string) => boolean,
): number {
  let count = 0;
  for (const [before, after] of substitutions) {
    if (related(before, after)) {
      count++;
      continue;
    }
    const left = words(before);
    const right = words(after);
    if (
      left.length > 1 &&
      left.length === right.length &&
      left.some((w, i) => w !== right[i] && related(w, right[i] ?? ''))
    ) {
      count++;
    }
  }
  return count;
}

function words(wording: string): string[] {
  return wording
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}

function features(
  alignment: Alignment,
  sentences: SentenceAlignment,
  wordsSelf: number,
  wordsOther: number,
  { topic, story }: { topic: number; story: number },
  self: 'a' | 'b',
  rarity: number,
): PairFeatures {
  const mine = self === 'a';
  const coverage = mine ? alignment.coverageA : alignment.coverageB;
  const substituted = mine
    ? alignment.substitutedWords
    : alignment.substitutions.reduce((sum, s) => sum + s.bEnd - s.bStart, 0);
  const spanned = coverage * wordsSelf;
  const quotesLede = alignment.evidence.some((p) => {
    const otherStart = mine ? p.bStart : p.aStart;
    const length = mine ? p.aEnd - p.aStart : p.bEnd - p.bStart;
    return otherStart <= LEDE_WORDS && length >= LEDE_PASSAGE_WORDS;
  });
  return {
    wordsA: wordsSelf,
    wordsB: wordsOther,
    coverageA: coverage,
    coverageB: mine ? alignment.coverageB : alignment.coverageA,
    exactA: mine ? alignment.exactA : alignment.exactB,
    exactB: mine ? alignment.exactB : alignment.exactA,
    substitutionRate: spanned === 0 ? 0 : substituted / spanned,
    substitutions: alignment.substitutions.length,
    passages: alignment.passages.length,
    sentencesA: sentences.sentencesA,
    sentencesMatchedA: sentences.matchedA,
    sentencesMatchedB: sentences.matchedB,
    sentenceSimilarity: sentences.meanSimilarity,
    sentenceOrder: sentences.order,
    topicSimilarity: topic,
    storySimilarity: story,
    leadA: lead(alignment, mine ? 'a' : 'b', wordsSelf),
    leadB: lead(alignment, mine ? 'b' : 'a', wordsOther),
    wordingRarity: rarity,
    quotesLede,
  };
}

/** Words of one side before its first evidence passage (all of them without one). */
function lead(alignment: Alignment, side: 'a' | 'b', words: number): number {
  let first = words;
  for (const p of alignment.evidence) first = Math.min(first, side === 'a' ? p.aStart : p.bStart);
  return first;
}

/** Mean IDF of A's substituted content words minus that of B's (0 without substitutions). */
function wordingRarity(
  alignment: Alignment,
  a: DocumentView,
  b: DocumentView,
  weight: (stem: number) => number,
): number {
  const mean = (stems: Uint32Array, from: number, to: number): number | undefined => {
    let sum = 0;
    let count = 0;
    for (let i = from; i < to; i++) {
      const stem = stems[i] ?? 0;
      if (stem === 0) continue;
      sum += weight(stem);
      count++;
    }
    return count === 0 ? undefined : sum / count;
  };
  let total = 0;
  let counted = 0;
  for (const s of alignment.substitutions) {
    const ra = mean(a.stems, s.aStart, s.aEnd);
    const rb = mean(b.stems, s.bStart, s.bEnd);
    if (ra === undefined || rb === undefined) continue;
    total += ra - rb;
    counted++;
  }
  return counted === 0 ? 0 : total / counted;
}
