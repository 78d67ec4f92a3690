import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { estimateJaccard, minhashSignature } from './minhash.js';

function exactJaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

test('one-permutation MinHash estimates Jaccard within sampling error (property test, seeded)', () => {
  const random = mulberry32(42);
  let worst = 0;
  for (let trial = 0; trial < 200; trial++) {
    const size = 20 + Math.floor(random() * 600);
    const overlap = random();
    const a = new Set<number>();
    const b = new Set<number>();
    while (a.size < size) {
      const x = Math.floor(random() * 2 ** 32);
      a.add(x);
      if (random() < overlap) b.add(x);
    }
    while (b.size < size) b.add(Math.floor(random() * 2 ** 32));
    const estimate = estimateJaccard(
      minhashSignature(Uint32Array.from(a), 128, 7),
      minhashSignature(Uint32Array.from(b), 128, 7),
    );
    worst = Math.max(worst, Math.abs(estimate - exactJaccard(a, b)));
  }
  // 128 bins: standard error at most 0.044; 200 trials stay within ~4.5 sigma.
  assert.ok(worst < 0.2, `worst error ${worst}`);
});

test('identical sets agree everywhere, disjoint sets almost nowhere, empty sets never', () => {
  const a = Uint32Array.from({ length: 300 }, (_, i) => i * 7919);
  const b = Uint32Array.from({ length: 300 }, (_, i) => 1e9 + i * 104729);
  assert.equal(estimateJaccard(minhashSignature(a, 128, 1), minhashSignature(a, 128, 1)), 1);
  assert.ok(estimateJaccard(minhashSignature(a, 128, 1), minhashSignature(b, 128, 1)) < 0.05);
  assert.equal(
    estimateJaccard(minhashSignature(new Uint32Array(0), 128, 1), minhashSignature(new Uint32Array(0), 128, 1)),
    0,
  );
  assert.throws(() => minhashSignature(a, 100, 1), RangeError);
});
