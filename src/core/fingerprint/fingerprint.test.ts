import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { mix32, tokenize } from '../text/index.js';
import {
  DEFAULT_FINGERPRINT_OPTIONS,
  distinctSorted,
  fingerprint,
  LEDE_BIT,
  minhashSignature,
  shingleAt,
  shingleHashes,
} from './index.js';

const random = mulberry32(99);
const vocabulary = Array.from({ length: 800 }, (_, i) => `v${i.toString(36)}q${Math.floor(random() * 1e5)}`);
const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]);

/** The samples as the definition reads: every distinct shingle whose mix falls in the lowest 1/modulus, lede-flagged by position. */
function bruteForceSamples(text: string): Map<number, number> {
  const { shingleSize, sampleModulus, ledeWords, seed } = DEFAULT_FINGERPRINT_OPTIONS;
  const tokens = tokenize(text);
  const width = Math.min(shingleSize, tokens.count);
  const samples = new Map<number, number>();
  shingleHashes(tokens, shingleSize).forEach((shingle, at) => {
    if (mix32(shingle ^ seed) >= Math.floor(2 ** 32 / sampleModulus)) return;
    const key = (shingle & ~LEDE_BIT) >>> 0;
    const lede = at + width <= ledeWords ? LEDE_BIT : 0;
    samples.set(key, (samples.get(key) ?? 0) | lede);
  });
  return samples;
}

test('the one-pass fingerprint equals the reference path: MinHash of distinct shingles, samples by definition (seeded texts)', () => {
  for (let trial = 0; trial < 60; trial++) {
    const text = words(1 + Math.floor(random() * 700)).join(' ');
    const tokens = tokenize(text);
    const print = fingerprint(tokens);
    const { signatureSize, seed, shingleSize } = DEFAULT_FINGERPRINT_OPTIONS;
    assert.deepEqual(
      print.signature,
      minhashSignature(distinctSorted(shingleHashes(tokens, shingleSize)), signatureSize, seed),
    );
    const expected = bruteForceSamples(text);
    assert.equal(print.samples.length, expected.size, 'one sample per key');
    for (const sample of print.samples) {
      assert.equal(expected.get((sample & ~LEDE_BIT) >>> 0), sample & LEDE_BIT, 'same key, same lede flag');
    }
  }
});

test('a passage keeps its samples wherever it sits, and only the first words are the lede', () => {
  const passage = words(120);
  const alone = fingerprint(tokenize(passage.join(' ')));
  const inside = fingerprint(tokenize([...words(300), ...passage, ...words(300)].join(' ')));
  const keys = new Set(Array.from(inside.samples, (s) => (s & ~LEDE_BIT) >>> 0));
  for (const sample of alone.samples) assert.ok(keys.has((sample & ~LEDE_BIT) >>> 0));
  assert.ok(
    alone.samples.some((s) => (s & LEDE_BIT) === 1),
    'the passage opens its own text',
  );
  assert.ok(alone.samples.some((s) => (s & LEDE_BIT) === 0));
  const ledeShingles = DEFAULT_FINGERPRINT_OPTIONS.ledeWords - DEFAULT_FINGERPRINT_OPTIONS.shingleSize + 1;
  const flagged = alone.samples.filter((s) => (s & LEDE_BIT) === 1).length;
  const ledeKeys = new Set(
    Array.from(
      shingleHashes(tokenize(passage.slice(0, DEFAULT_FINGERPRINT_OPTIONS.ledeWords).join(' ')), 3),
      (s) => (s & ~LEDE_BIT) >>> 0,
    ),
  );
  assert.ok(flagged <= ledeShingles);
  for (const sample of alone.samples) assert.equal(sample & LEDE_BIT, ledeKeys.has((sample & ~LEDE_BIT) >>> 0) ? 1 : 0);
});

test('shingles are order-sensitive and fold case; an empty text has an all-empty signature and no samples', () => {
  const hashes = tokenize('Alpha beta gamma').hashes;
  assert.equal(shingleAt(hashes, 0, 3), shingleAt(tokenize('ALPHA Beta gamma').hashes, 0, 3));
  assert.notEqual(shingleAt(hashes, 0, 3), shingleAt(tokenize('gamma beta alpha').hashes, 0, 3));
  const empty = fingerprint(tokenize(''));
  assert.equal(empty.samples.length, 0);
  assert.ok(empty.signature.every((x) => x === 0xffffffff));
});
