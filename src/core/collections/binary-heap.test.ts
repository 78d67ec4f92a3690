import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BinaryHeap } from './binary-heap.js';

test('pops in the order of `before`, whatever the push order', () => {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % 50;
  };
  for (let round = 0; round < 20; round++) {
    const values = Array.from({ length: round * 7 }, next);
    const heap = new BinaryHeap<number>((x, y) => x > y);
    for (const v of values) heap.push(v);
    assert.equal(heap.size, values.length);
    const popped: number[] = [];
    for (let v = heap.pop(); v !== undefined; v = heap.pop()) popped.push(v);
    assert.deepEqual(
      popped,
      [...values].sort((x, y) => y - x),
    );
  }
});

test('an empty heap pops nothing', () => {
  assert.equal(new BinaryHeap<number>((x, y) => x < y).pop(), undefined);
});
