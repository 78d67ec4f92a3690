import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from './prng.js';

const draw = (seed: number, n: number) => {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => next());
};

test('the same seed gives the same sequence, another seed another one', () => {
  assert.deepEqual(draw(7, 50), draw(7, 50));
  assert.notDeepEqual(draw(7, 50), draw(8, 50));
});

test('draws lie in [0, 1) and spread evenly', () => {
  const values = draw(2024, 10_000);
  assert.ok(values.every((v) => v >= 0 && v < 1));
  // 10,000 uniform draws: each tenth of the interval gets 1,000 ± a few standard deviations (~30).
  for (let bucket = 0; bucket < 10; bucket++) {
    const count = values.filter((v) => Math.floor(v * 10) === bucket).length;
    assert.ok(Math.abs(count - 1000) < 150, `bucket ${bucket} has ${count}`);
  }
});
