import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { RescoredSet } from './rescored-set.js';
import { TermLists } from './term-lists.js';
import { TermPostings } from './term-postings.js';
import { TermTally } from './term-tally.js';

test('term postings agree with a model through merges and rebuilds; rescoring credits exactly the holders (seeded)', () => {
  const random = mulberry32(23);
  const postings = new TermPostings();
  const lists = new TermLists();
  const model: number[][] = [];
  const slots = 3000;
  for (let slot = 0; slot < slots; slot++) {
    // Zipf-like ids: a few long lists (scanned), many short ones; escapes in the gap lists past 65,535.
    const ids = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(200_000 ** random()))),
    ];
    ids.sort((x, y) => x - y);
    lists.add(slot, Int32Array.from(ids), ids.length);
    for (const id of ids) {
      postings.add(id, slot);
      const holders = model[id] ?? [];
      holders.push(slot);
      model[id] = holders;
    }
  }
  const check = (label: string) => {
    const tally = new TermTally();
    const set = new RescoredSet();
    for (let trial = 0; trial < 200; trial++) {
      const id = Math.floor(200_000 ** random());
      const holders = model[id] ?? [];
      tally.begin(slots);
      postings.credit(id, 1, tally);
      assert.deepEqual(
        Array.from(tally.touched.subarray(0, tally.touchedCount)).sort((x, y) => x - y),
        holders,
        label,
      );
      set.clear();
      // Now and then more documents than a long list's quarter: both the merge and the gallop run.
      const size = random() < 0.2 ? 1 + Math.floor(random() * 400) : 1 + Math.floor(random() * 30);
      const chosen = Array.from({ length: size }, () => Math.floor(random() * slots));
      for (const slot of new Set(chosen)) set.add(slot, 0);
      set.seal();
      postings.creditRescored(id, 1, set);
      for (let rank = 0; rank < set.count; rank++) {
        const held = holders.includes(set.slots[rank] ?? -1) ? 1 : 0;
        assert.equal(set.shared[rank], held, `${label}: id ${id}, slot ${set.slots[rank]}`);
      }
    }
  };
  check('after adds');
  for (let slot = 0; slot < slots; slot += 97) {
    const n = lists.read(slot);
    const ids = Array.from(lists.ids.subarray(0, n));
    assert.deepEqual(
      ids,
      model.flatMap((holders, id) => (holders.includes(slot) ? [id] : [])),
    );
  }
  postings.rebuild(lists, slots);
  check('after a rebuild');
});
