import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { stemHashes, tokenize } from '../text/index.js';
import { termCosine, termCounts, termVector } from './term-vector.js';
import { WeightedTermsMemo } from './weighted-terms-memo.js';

const weight = (stem: number) => 1 + (stem % 11) / 4;

/** The definition, over a map: each distinct non-zero stem weighs (1 + ln tf) · idf, scaled to unit length. */
function plainVector(stems: Uint32Array): Map<number, number> {
  const tf = new Map<number, number>();
  for (const stem of stems) if (stem !== 0) tf.set(stem, (tf.get(stem) ?? 0) + 1);
  const weights = new Map([...tf].map(([stem, n]) => [stem, (1 + Math.log(n)) * weight(stem)]));
  const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
  return new Map([...weights].map(([stem, w]) => [stem, norm > 0 ? w / norm : 0]));
}

test('counted terms: distinct non-zero stems ascending, with their counts', () => {
  const counted = termCounts(Uint32Array.of(7, 0, 3, 7, 9, 3, 7, 0));
  assert.deepEqual([...counted.stems], [3, 7, 9]);
  assert.deepEqual([...counted.counts], [2, 3, 1]);
  assert.deepEqual(termCounts(new Uint32Array(0)), { stems: new Uint32Array(0), counts: new Uint32Array(0) });
});

test('term vectors of random texts follow the definition, and their cosine is the sum of products', () => {
  const next = mulberry32(17);
  const random = (n: number) => Math.floor(next() * n);
  for (let trial = 0; trial < 200; trial++) {
    const [x, y] = [0, 1].map(() => Uint32Array.from({ length: random(40) }, () => random(25)));
    const [vx, vy] = [
      termVector(termCounts(x as Uint32Array), weight),
      termVector(termCounts(y as Uint32Array), weight),
    ];
    const [px, py] = [plainVector(x as Uint32Array), plainVector(y as Uint32Array)];
    assert.deepEqual(
      [...vx.stems],
      [...px.keys()].sort((a, b) => a - b),
    );
    vx.stems.forEach((stem, k) => {
      assert.ok(Math.abs((vx.weights[k] ?? 0) - (px.get(stem) ?? 0)) < 1e-12);
    });
    const expected = [...px].reduce((sum, [stem, w]) => sum + w * (py.get(stem) ?? 0), 0);
    assert.ok(Math.abs(termCosine(vx, vy) - expected) < 1e-12);
  }
});

test('a text weighed from its counted terms alone has the very vector of its view', () => {
  const text = 'The harbour bridge opens in March; the harbour authority said the bridge cost 40 million.';
  const tokens = tokenize(text, []);
  const stems = stemHashes(text, tokens);
  const memo = new WeightedTermsMemo(weight);
  const counted = termCounts(stems);
  assert.deepEqual(memo.counted(counted), memo.vector({ text, tokens, stems, sentences: [] }));
  assert.equal(memo.counted(counted), memo.counted(counted));
});
