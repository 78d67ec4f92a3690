import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { StemPostings } from './stem-postings.js';

test("postings list each stem's sentences in order, as a map of arrays does, for any 32-bit stem", () => {
  const random = mulberry32(5);
  for (let round = 0; round < 200; round++) {
    // Few distinct stems make long lists; many make a crowded table. Half of the stems pass 2³¹.
    const vocabulary = Array.from(
      { length: 1 + Math.floor(random() * 300) },
      () => 1 + Math.floor(random() * 0xfffffffe),
    );
    const offsets = [0];
    const stems: number[] = [];
    for (let s = 0; s < Math.floor(random() * 40); s++) {
      const sentence = new Set(
        Array.from(
          { length: Math.floor(random() * 12) },
          () => vocabulary[Math.floor(random() * vocabulary.length)] as number,
        ),
      );
      stems.push(...sentence);
      offsets.push(stems.length);
    }
    const expected = new Map<number, number[]>();
    for (let s = 0; s + 1 < offsets.length; s++) {
      for (let t = offsets[s] as number; t < (offsets[s + 1] as number); t++) {
        const stem = stems[t] as number;
        expected.set(stem, [...(expected.get(stem) ?? []), s]);
      }
    }
    const postings = new StemPostings({ offsets: Uint32Array.from(offsets), stems: Uint32Array.from(stems) });
    for (const stem of [...vocabulary, 1, 0xffffffff]) {
      const slot = postings.find(stem);
      const found =
        slot === -1 ? undefined : Array.from(postings.sentences.subarray(postings.from(slot), postings.to(slot)));
      assert.deepEqual(found, expected.get(stem), `round ${round}, stem ${stem}`);
    }
  }
});
