import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { sortIds } from './sort-ids.js';

test('sortIds sorts as the typed-array sort does, for every number of passes (seeded property test)', () => {
  const random = mulberry32(8);
  for (const limit of [1, 2, 200, 256, 257, 65_536, 70_000, 1 << 24, 2 ** 31 - 1]) {
    for (let trial = 0; trial < 40; trial++) {
      const n = Math.floor(random() * 300);
      const values = Int32Array.from({ length: n + 5 }, () => Math.floor(random() * limit));
      const expected = Int32Array.from(values.subarray(0, n)).sort();
      sortIds(values, n, limit, new Int32Array(n));
      assert.deepEqual(values.subarray(0, n), expected, `limit ${limit}, ${n} values`);
    }
  }
});
