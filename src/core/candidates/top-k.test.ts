import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { TopK } from './top-k.js';

test('TopK keeps what sorting everything keeps: best value first, ties by lower key (seeded property test)', () => {
  const random = mulberry32(5);
  for (let trial = 0; trial < 300; trial++) {
    const k = Math.floor(random() * 12);
    const top = new TopK(k);
    const offered: { value: number; key: number; item: number }[] = [];
    const n = Math.floor(random() * 80);
    for (let item = 0; item < n; item++) {
      // Few distinct values, so ties are common.
      const value = Math.floor(random() * 6);
      const key = Math.floor(random() * 1000) * 100 + item;
      offered.push({ value, key, item });
      top.offer(value, key, item);
    }
    const expected = offered
      .sort((x, y) => y.value - x.value || x.key - y.key)
      .slice(0, k)
      .map((o) => o.item);
    assert.deepEqual(top.drainBest(), expected);
  }
});
