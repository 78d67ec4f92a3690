import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairFeatures } from '../classify/index.js';
import { traceStory } from './trace.js';
import type { ComparedPair, StoryMember } from './types.js';

const member = (id: string, seq: number, extra: Partial<StoryMember> = {}): StoryMember => ({
  id,
  seq,
  headline: id,
  snippetPage: false,
  ...extra,
});

test('with nothing reused, reports are independent, a machine rewrite derives from a source outside', () => {
  const style = { phrases: ['turn of events', 'testament to', 'underscores'], density: 2.4, condensed: false };
  const { story, verdicts } = traceStory(
    's1',
    [member('a', 1), member('b', 2, { machineStyle: style }), member('c', 3, { snippetPage: true })],
    [],
  );
  const by = new Map(verdicts.map((v) => [v.id, v]));
  assert.equal(by.get('a')?.relation, 'independent');
  assert.equal(by.get('b')?.relation, 'paraphrase');
  assert.equal(by.get('b')?.source, null);
  assert.deepEqual(by.get('b')?.evidence.stylePhrases, style.phrases);
  assert.ok(by.get('b')?.signals.includes('machine_rewrite_style'));
  assert.equal(by.get('c')?.relation, 'aggregate');
  assert.deepEqual(story.articles, ['a', 'b', 'c']);
  assert.equal(story.original, 'a');
});

test('a condensed machine rewrite is a summary', () => {
  const style = { phrases: ['turn of events', 'testament to', 'underscores'], density: 3, condensed: true };
  const { verdicts } = traceStory('s1', [member('a', 1, { machineStyle: style })], []);
  assert.equal(verdicts[0]?.relation, 'summary');
});

const features: PairFeatures = {
  wordsA: 200,
  wordsB: 200,
  coverageA: 0.9,
  coverageB: 0.9,
  exactA: 0.9,
  exactB: 0.9,
  substitutionRate: 0,
  substitutions: 0,
  passages: 1,
  sentencesA: 10,
  sentencesMatchedA: 0.9,
  sentencesMatchedB: 0.9,
  sentenceSimilarity: 0.9,
  sentenceOrder: 1,
  topicSimilarity: 0.9,
  storySimilarity: 0.9,
  wordingRarity: 0,
  quotesLede: false,
};

/** `copy` read as a near-verbatim copy of `source`, and not the other way. */
function copied(copy: string, source: string): ComparedPair {
  return {
    a: copy,
    b: source,
    comparison: {
      topic: 0.9,
      ab: { features, verdict: { relation: 'near_verbatim', score: 0.9, signals: ['aligned_passages'] } },
      ba: { features, verdict: { relation: 'related', score: 0.9, signals: [] } },
      passages: [{ start: 0, end: 100, sourceStart: 0, sourceEnd: 100 }],
      sentencePairs: [],
      substitutions: [],
    },
  };
}

test('each verdict names its text’s language, and a copy in another language is cross-lingual', () => {
  const { verdicts } = traceStory(
    's1',
    [member('en', 1, { language: 'eng' }), member('es', 2, { language: 'spa' }), member('de', 3)],
    [copied('es', 'en')],
  );
  const by = new Map(verdicts.map((v) => [v.id, v]));
  assert.equal(by.get('en')?.language, 'eng');
  assert.equal(by.get('es')?.source, 'en');
  assert.ok(by.get('es')?.signals.includes('cross_lingual'));
  assert.ok(!by.get('en')?.signals.includes('cross_lingual'));
  assert.equal(by.get('de')?.language, undefined);
});

test('a copy that could be either text’s source, with no dates to tell, is at most 0.7 sure, and so is its original', () => {
  const twins = copied('b', 'a');
  const bothWays: ComparedPair = {
    ...twins,
    comparison: { ...twins.comparison, ba: twins.comparison.ab },
  };
  const undated = new Map(
    traceStory('s1', [member('a', 1), member('b', 2)], [bothWays]).verdicts.map((v) => [v.id, v]),
  );
  const derived = [...undated.values()].find((v) => v.source !== null);
  const original = [...undated.values()].find((v) => v.relation === 'original');
  assert.ok(derived && original);
  assert.ok(derived.confidence <= 0.7 && original.confidence <= 0.7);

  // Dates settle it: the later text is the copy, as sure as its reading.
  const dated = traceStory(
    's1',
    [member('a', 1, { published: Date.UTC(2026, 0, 1) }), member('b', 2, { published: Date.UTC(2026, 0, 2) })],
    [bothWays],
  );
  const copy = dated.verdicts.find((v) => v.id === 'b');
  assert.equal(copy?.source, 'a');
  assert.equal(copy?.confidence, 0.9);
});

test('with nothing reused, an independent report is 0.8 sure', () => {
  const { verdicts } = traceStory('s1', [member('a', 1), member('b', 2)], []);
  assert.deepEqual(
    verdicts.map((v) => [v.relation, v.confidence]),
    [
      ['independent', 0.8],
      ['independent', 0.8],
    ],
  );
});
