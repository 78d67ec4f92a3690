import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { DocumentSlots } from './document-slots.js';
import { SampleIndex } from './sample-index.js';

test('sample postings and live frequencies agree with a model through adds, removals and compaction (seeded)', () => {
  const random = mulberry32(17);
  const documents = new DocumentSlots();
  const index = new SampleIndex(documents);
  // A few stock keys (in many documents: counted in the table) among many rare ones.
  const stock = Array.from({ length: 5 }, (_, i) => (i + 1) * 0x2000);
  const keyOf = () =>
    random() < 0.3 ? (stock[Math.floor(random() * stock.length)] ?? 0) : Math.floor(random() * 2 ** 31) * 2;
  const model = new Map<number, Uint32Array>();
  let nextDoc = 0;
  const compactIfDue = () => {
    if (documents.count - documents.live <= documents.live) return;
    const renumbered = documents.renumber();
    index.renumber(renumbered, documents.count);
  };
  for (let step = 0; step < 3000; step++) {
    if (model.size > 0 && random() < 0.35) {
      const docs = [...model.keys()];
      const doc = docs[Math.floor(random() * docs.length)] ?? 0;
      const slot = documents.slotOf(doc);
      index.forget(slot);
      documents.release(slot);
      model.delete(doc);
      compactIfDue();
      continue;
    }
    const keys = new Set(Array.from({ length: Math.floor(random() * 12) }, keyOf));
    const samples = Uint32Array.from(keys, (key) => key | (random() < 0.3 ? 1 : 0));
    const doc = nextDoc++;
    index.add(documents.assign(doc), samples);
    model.set(doc, samples);
    if (step % 50 !== 0) continue;
    for (const key of [...stock, ...Array.from(keys)]) {
      const expected = [...model].flatMap(([d, s]) =>
        Array.from(s)
          .filter((x) => (x & ~1) >>> 0 === key)
          .map((x) => documents.slotOf(d) * 2 + (x & 1)),
      );
      assert.equal(index.collect(key, Number.POSITIVE_INFINITY), expected.length, `frequency of ${key}`);
      assert.deepEqual(
        Array.from(index.found.subarray(0, expected.length)).sort((x, y) => x - y),
        expected.sort((x, y) => x - y),
      );
      if (expected.length > 2) assert.equal(index.collect(key, 2), expected.length, 'a counted key past the bound');
    }
  }
  for (const [doc, samples] of model) assert.deepEqual(index.samplesOf(documents.slotOf(doc)), samples);
});
