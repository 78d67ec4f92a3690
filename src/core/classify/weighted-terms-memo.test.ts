import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences, stemHashes, tokenize } from '../text/index.js';
import { comparePair, type DocumentView, type Lexicon } from './compare.js';
import { TextShapes, WeightedTermsMemo } from './weighted-terms-memo.js';

const TEXTS = [
  'The city council approved the new harbour bridge on Monday. Work starts in March and costs 40 million. The mayor said the vote ends a decade of delay.',
  'The city council approved the new harbour bridge on Monday. Work begins in March and costs 40 million. The mayor stated the vote ends ten years of delay.',
  'On Monday councillors gave the harbour bridge the go-ahead. The 40 million project breaks ground in March, ending a decade of delay, the mayor said.',
  'A late frost damaged apple orchards across the valley. Growers expect a smaller harvest and higher prices this autumn.',
];

function view(text: string): DocumentView {
  const tokens = tokenize(text, []);
  return { text, tokens, stems: stemHashes(text, tokens), sentences: splitSentences(text) };
}

const lexicon: Lexicon = { weight: (stem) => 1 + (stem % 7) / 3 };

test('comparisons sharing one memo equal comparisons each made afresh', () => {
  const views = TEXTS.map(view);
  const memo = new WeightedTermsMemo(lexicon.weight);
  for (const a of views) {
    for (const b of views) {
      if (a === b) continue;
      assert.deepEqual(comparePair(a, b, lexicon, 0.5, undefined, memo), comparePair(a, b, lexicon, 0.5));
    }
  }
});

test('a memo makes each text’s sentence terms once', () => {
  const [first] = TEXTS.map(view);
  const memo = new WeightedTermsMemo(lexicon.weight);
  assert.ok(first);
  assert.equal(memo.sentences(first), memo.sentences(first));
  assert.equal(memo.sentences(first).totals.length, 3);
});

test('memos of two weightings that share the text shapes weigh each text as memos of their own do', () => {
  const views = TEXTS.map(view);
  const shapes = new TextShapes();
  const heavier = (stem: number) => 2 + (stem % 5);
  for (const weight of [lexicon.weight, heavier]) {
    const shared = new WeightedTermsMemo(weight, shapes);
    const own = new WeightedTermsMemo(weight);
    for (const v of views) {
      assert.deepEqual(shared.sentences(v), own.sentences(v));
      assert.deepEqual(shared.vector(v), own.vector(v));
    }
  }
  const [first] = views;
  assert.ok(first);
  assert.equal(shapes.sentenceStems(first), shapes.sentenceStems(first));
  assert.equal(shapes.termCounts(first), shapes.termCounts(first));
});
