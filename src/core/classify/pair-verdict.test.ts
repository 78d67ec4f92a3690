import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairVerdict } from './pair-verdict.js';
import type { PairFeatures } from './types.js';

const base: PairFeatures = {
  wordsA: 300,
  wordsB: 300,
  coverageA: 0,
  coverageB: 0,
  exactA: 0,
  exactB: 0,
  substitutionRate: 0,
  substitutions: 0,
  passages: 0,
  sentencesA: 12,
  sentencesMatchedA: 0,
  sentencesMatchedB: 0,
  sentenceSimilarity: 0,
  sentenceOrder: 0,
  topicSimilarity: 0,
  storySimilarity: 0,
  wordingRarity: 0,
  quotesLede: false,
};

const copy = { coverageA: 1, coverageB: 1, exactA: 1, exactB: 1, quotesLede: true, topicSimilarity: 0.9 };
/** Half the words exact, many swaps, loosely aligned: a spinner's or a person's work. */
const looseSwaps = { ...copy, exactA: 0.5, exactB: 0.5, coverageA: 0.6, substitutionRate: 0.15, substitutions: 14 };

test('each rule fires on the features that define it', () => {
  const cases: [string, Partial<PairFeatures>, string][] = [
    ['same words throughout', copy, 'verbatim'],
    // truncated copy: all of A is in B, a third of B is missing
    ['truncated copy', { ...copy, exactB: 0.66, coverageB: 0.66 }, 'near_verbatim'],
    // boilerplate around a full copy: B entirely inside A
    ['boilerplate added', { ...copy, exactA: 0.6, coverageA: 0.6 }, 'near_verbatim'],
    // 15% of the aligned words swapped one for one
    [
      'synonym spin',
      { ...copy, exactA: 0.7, exactB: 0.7, coverageA: 0.95, substitutionRate: 0.15, substitutions: 30 },
      'spun',
    ],
    // many swaps, but a thesaurus explains (almost) none of them: a person rewording, not a spinner
    ['many swaps no thesaurus explains', { ...looseSwaps, thesaurusSwaps: 1 }, 'paraphrase'],
    ['many swaps a thesaurus explains', { ...looseSwaps, thesaurusSwaps: 4 }, 'spun'],
    // machine-translation round trip: aligned, but with many small edits
    [
      'heavy edits',
      { ...copy, exactA: 0.6, exactB: 0.6, coverageA: 0.85, substitutionRate: 0.09, substitutions: 15 },
      'paraphrase',
    ],
    [
      'sentence-by-sentence rewrite',
      {
        sentencesMatchedA: 0.9,
        sentencesMatchedB: 0.85,
        sentenceSimilarity: 0.6,
        sentenceOrder: 0.9,
        topicSimilarity: 0.6,
      },
      'paraphrase',
    ],
    [
      'condensed rewrite',
      {
        wordsA: 120,
        sentencesA: 5,
        sentencesMatchedA: 0.8,
        sentencesMatchedB: 0.4,
        sentenceSimilarity: 0.5,
        sentenceOrder: 1,
        topicSimilarity: 0.5,
      },
      'summary',
    ],
    // an LLM's few-sentence rephrasing of a long article: its sentences found loosely, out of order
    [
      'a few sentences condensed from a long source',
      {
        wordsA: 90,
        sentencesA: 4,
        sentencesMatchedA: 0.75,
        sentencesMatchedB: 0.2,
        sentenceSimilarity: 0.38,
        sentenceOrder: 0.5,
        topicSimilarity: 0.35,
        exactA: 0.2,
      },
      'summary',
    ],
    // the same, but with no run of the source's words: a brief written from the same facts
    [
      'a brief of the same event',
      {
        wordsA: 90,
        sentencesA: 4,
        sentencesMatchedA: 0.75,
        sentenceSimilarity: 0.38,
        sentenceOrder: 0.5,
        topicSimilarity: 0.35,
        storySimilarity: 0.35,
        exactA: 0.04,
      },
      'related',
    ],
    // a third of its words copied, but nearly every sentence matched: the rest was reworded, not cut
    [
      'a rewrite keeping some passages',
      {
        ...copy,
        exactA: 0.4,
        exactB: 0.4,
        coverageA: 0.5,
        sentencesMatchedA: 0.95,
        sentenceSimilarity: 0.6,
        sentenceOrder: 0.9,
      },
      'paraphrase',
    ],
    // the same share copied, the other sentences its own: a partial copy
    [
      'a partial copy with its own material',
      { ...copy, exactA: 0.4, exactB: 0.4, coverageA: 0.5, sentencesMatchedA: 0.45, sentenceSimilarity: 0.45 },
      'near_verbatim',
    ],
    ['quotes the opening only', { exactA: 0.1, exactB: 0.15, coverageA: 0.1, quotesLede: true }, 'lede'],
    [
      'same event, own words',
      { topicSimilarity: 0.4, storySimilarity: 0.3, sentencesMatchedA: 0.3, sentenceSimilarity: 0.25 },
      'related',
    ],
    ['same topic, another event', { topicSimilarity: 0.3, storySimilarity: 0.15 }, 'unrelated'],
    ['another topic', { topicSimilarity: 0.05, storySimilarity: 0.05 }, 'unrelated'],
    // a short text cannot show that it follows a source sentence by sentence
    [
      'too short to call a rewrite',
      {
        sentencesA: 2,
        sentencesMatchedA: 1,
        sentenceSimilarity: 0.6,
        sentenceOrder: 1,
        topicSimilarity: 0.5,
        storySimilarity: 0.5,
      },
      'related',
    ],
  ];
  for (const [name, features, expected] of cases) {
    assert.equal(pairVerdict({ ...base, ...features }).relation, expected, name);
  }
});

test('every verdict has a score in [0, 1] and derived verdicts name their signals', () => {
  const v = pairVerdict({ ...base, ...copy, exactB: 0.7 });
  assert.ok(v.score > 0 && v.score <= 1);
  assert.ok(v.signals.length > 0);
});
