import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { Postings } from './postings.js';

function listOf(postings: Postings, key: number): number[] {
  const id = postings.id(key);
  const start = postings.start(id);
  return Array.from(postings.values.subarray(start, start + postings.count(id))).sort((x, y) => x - y);
}

test('postings agree with a Map of arrays through growth, moves and compaction (seeded property test)', () => {
  const random = mulberry32(11);
  const postings = new Postings();
  const model = new Map<number, number[]>();
  // Few hot keys (long lists that move) among many cold ones (table growth), full 32-bit range.
  const keyOf = () => (random() < 0.3 ? Math.floor(random() * 20) * 0x10001 : Math.floor(random() * 2 ** 32));
  for (let step = 0; step < 60000; step++) {
    const key = keyOf();
    const value = Math.floor(random() * 5000);
    const known = model.get(key);
    if (known === undefined) model.set(key, [value]);
    else known.push(value);
    assert.equal(postings.add(key, value), postings.id(key));
  }
  for (const [key, list] of model)
    assert.deepEqual(
      listOf(postings, key),
      [...list].sort((x, y) => x - y),
    );
  const { keys, ids } = postings.keyIds();
  assert.equal(keys.length, model.size);
  assert.deepEqual(
    Array.from(keys, (key) => postings.id(key)),
    Array.from(ids),
  );
  assert.equal(postings.id(0x12345), -1, 'a key never added has no id');
});
