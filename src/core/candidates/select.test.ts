import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { kthSmallest } from './select.js';

test('kthSmallest picks what sorting picks, duplicates and ends included (seeded property test)', () => {
  const random = mulberry32(5);
  for (let trial = 0; trial < 500; trial++) {
    const n = 1 + Math.floor(random() * 60);
    const values = Int32Array.from({ length: n }, () => Math.floor(random() * (trial % 2 === 0 ? 8 : 1000)));
    const sorted = Int32Array.from(values).sort();
    const k = 1 + Math.floor(random() * n);
    assert.equal(kthSmallest(Int32Array.from(values), n, k), sorted[k - 1]);
  }
  assert.equal(kthSmallest(new Int32Array([3, 1]), 2, 3), undefined);
});
