import { type ClassifyOptions, DEFAULT_CLASSIFY_OPTIONS, type PairFeatures, type PairVerdict } from './types.js';

/** Verdicts of a copy, which the marks of an altered copy qualify. */
const COPIES: ReadonlySet<PairVerdict['relation']> = new Set(['verbatim', 'near_verbatim', 'spun']);
/**
 * Share of aligned words cased otherwise for a copy's case to be mangled: news capitalises a sentence's
 * first word and every name, a sixth of its words or so, all of which a lower-case repost changes.
 */
const MANGLED_CASE = 0.1;
/** Misspelt words for a copy to have typos: one may be a correction of the source's. */
const MIN_TYPOS = 2;
/** Rewrites need enough sentences for "follows the source sentence by sentence" to mean anything. */
const MIN_SENTENCES = 4;
/** Rewrites of one text talk about the same things: at least this much shared rare vocabulary. */
const REWRITE_MIN_TOPIC = 0.3;
/** Sentences matched beyond words copied, and how closely, for a text with copied passages to be a rewrite. */
const REWORDED_SHARE = 0.45;
const REWORDED_SIMILARITY = 0.45;
/** A condensed rewrite may drop much of its source's rare vocabulary, not most of it. */
const CONDENSED_MIN_TOPIC = 0.28;
/** Swaps a thesaurus must explain before a loosely aligned text with many swaps counts as spun. */
const MIN_THESAURUS_SWAPS = 2;

/**
 * What A is to B, if A derives from B. Ordered from the most literal reuse to the loosest, each rule a
 * plain threshold on measured features, so every verdict can be explained by the evidence that fired it.
 * Thresholds were set on labelled web copies (wild-dev), where independent reports of one event share
 * names, numbers, quotes and often a wire sentence or two, but not most of their text.
 */
export function pairVerdict(f: PairFeatures, options: ClassifyOptions = DEFAULT_CLASSIFY_OPTIONS): PairVerdict {
  const verdict = ruleVerdict(f, options);
  if (!COPIES.has(verdict.relation)) return verdict;
  const marks = [
    ...((f.caseChanged ?? 0) >= MANGLED_CASE ? ['mangled_case'] : []),
    ...((f.typos ?? 0) >= MIN_TYPOS ? ['typos'] : []),
  ];
  return marks.length === 0 ? verdict : { ...verdict, signals: [...verdict.signals, ...marks] };
}

function ruleVerdict(f: PairFeatures, options: ClassifyOptions): PairVerdict {
  const lengthRatio = f.wordsB === 0 ? 0 : f.wordsA / f.wordsB;
  const literal = Math.max(f.exactA, f.exactB);
  const spanned = Math.max(f.coverageA, f.coverageB);

  if (f.exactA >= 0.97 && f.exactB >= 0.97 && f.substitutions === 0) {
    return { relation: 'verbatim', score: 0.99, signals: ['identical_text'] };
  }
  // A spinner swaps words one for one and leaves the rest: either many swaps, or fewer inside a text
  // that is otherwise the source word for word.
  // Many swaps in a text that is otherwise reworded too could be a person's rewrite: a thesaurus has
  // to explain some of them.
  const thesaurus = f.thesaurusSwaps === undefined || f.thesaurusSwaps >= MIN_THESAURUS_SWAPS;
  const manySwaps = spanned >= 0.35 && f.substitutionRate >= options.spunRate && thesaurus;
  const swapsInCopy = spanned >= 0.85 && f.exactA >= 0.75 && f.substitutionRate >= options.spunRate / 3;
  if ((manySwaps || swapsInCopy) && f.substitutions >= 5) {
    return {
      relation: 'spun',
      score: clamp(0.6 + spanned * 0.2 + f.substitutionRate),
      signals: ['synonym_substitution', 'aligned_passages'],
    };
  }
  if (spanned >= 0.5 && f.substitutionRate >= options.editedRate && f.substitutions >= 5) {
    return {
      relation: 'paraphrase',
      score: clamp(0.5 + spanned * 0.3),
      signals: ['heavy_word_edits', 'aligned_passages'],
    };
  }
  // Sentences lifted from all over a much longer source: an extractive summary, not a truncation.
  if (lengthRatio <= 0.5 && f.passages >= 4 && f.exactA >= 0.4 && f.exactB < 0.4) {
    return { relation: 'summary', score: clamp(0.5 + f.exactA * 0.4), signals: ['condensed', 'extracted_sentences'] };
  }
  // A partial copy: the source's opening taken word for word, with other material around it. Unless
  // most of its sentences match the source's while far fewer of its words are the source's: then the
  // passages are what a rewrite kept, and the rest was reworded rather than cut (a partial copy's
  // unmatched sentences are absent or its own, so its matched share stays near its exact share).
  const copied = literal >= 0.55 || (f.quotesLede && f.exactA >= 0.3);
  const rewordedAround =
    f.sentencesMatchedA - f.exactA >= REWORDED_SHARE && f.sentenceSimilarity >= REWORDED_SIMILARITY;
  if (copied && rewordedAround) {
    return {
      relation: 'paraphrase',
      score: clamp(0.4 + f.sentencesMatchedA * 0.3 + f.sentenceSimilarity * 0.3),
      signals: ['sentence_alignment', 'aligned_passages'],
    };
  }
  if (copied) {
    const signals = ['aligned_passages'];
    if (f.exactB < 0.9) signals.push('truncation_or_omission');
    if (f.exactA < 0.9) signals.push('added_material');
    return { relation: 'near_verbatim', score: clamp(0.55 + literal * 0.4), signals };
  }
  const rewrite =
    f.sentencesA >= MIN_SENTENCES &&
    f.sentencesMatchedA >= 0.6 &&
    f.sentenceOrder >= 0.7 &&
    f.topicSimilarity >= REWRITE_MIN_TOPIC;
  if (rewrite && lengthRatio <= 0.7 && f.sentenceSimilarity >= 0.4) {
    return {
      relation: 'summary',
      score: clamp(0.45 + f.sentencesMatchedA * 0.4),
      signals: ['condensed', 'sentence_alignment'],
    };
  }
  // Much shorter, and most of its sentences found in the source with some of their wording: a condensed
  // rewrite (an LLM asked to rephrase a long article writes a few sentences). Short texts' sentence order
  // says little, and independent briefs of the same event share far fewer word runs with a report.
  const condensed =
    lengthRatio <= 0.6 &&
    f.sentencesA >= 3 &&
    f.sentencesMatchedA >= 0.5 &&
    f.sentenceSimilarity >= 0.33 &&
    f.topicSimilarity >= CONDENSED_MIN_TOPIC &&
    f.exactA >= 0.1;
  if (condensed) {
    return {
      relation: 'summary',
      score: clamp(0.4 + f.sentencesMatchedA * 0.3 + f.exactA * 0.3),
      signals: ['condensed', 'sentence_alignment'],
    };
  }
  // Either most sentences match closely, or nearly all match, loosely, in the source's order.
  const closeRewrite = f.sentenceSimilarity >= 0.45;
  const faithfulRewrite = f.sentencesMatchedA >= 0.75 && f.sentenceOrder >= 0.85 && f.sentenceSimilarity >= 0.38;
  if (rewrite && (closeRewrite || faithfulRewrite)) {
    return {
      relation: 'paraphrase',
      score: clamp(0.4 + f.sentencesMatchedA * 0.3 + f.sentenceSimilarity * 0.3),
      signals: ['sentence_alignment', 'same_order'],
    };
  }
  if (f.quotesLede) {
    return { relation: 'lede', score: clamp(0.5 + f.exactB), signals: ['lede_reuse'] };
  }
  if (f.storySimilarity >= options.sameStory) {
    return { relation: 'related', score: clamp(f.storySimilarity), signals: ['shared_rare_terms'] };
  }
  return { relation: 'unrelated', score: clamp(1 - f.storySimilarity), signals: [] };
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0, x)) * 1000) / 1000;
}
