import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { distinctSorted, fingerprint, shingleHashes } from '../fingerprint/index.js';
import { stemHashes, tokenize } from '../text/index.js';
import { CandidateIndex } from './candidate-index.js';

const random = mulberry32(2026);
const vocabulary = Array.from(
  { length: 3000 },
  (_, i) => `w${i.toString(36)}x${Math.floor(random() * 1e6).toString(36)}`,
);
const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;

function mutate(words: string[], rate: number): string[] {
  return words.map((w) => (random() < rate ? pick() : w));
}

function documentOf(text: string) {
  const tokens = tokenize(text);
  const print = fingerprint(tokens);
  const terms = Uint32Array.from(new Set(stemHashes(text, tokens))).filter((x) => x !== 0);
  return { tokens, indexed: { signature: print.signature, samples: print.samples, terms } };
}

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  return both / (a.length + b.length - both);
}

test('LSH + containment lookup finds every pair with shingle Jaccard >= 0.5 that brute force finds', () => {
  const texts: string[] = [];
  for (let base = 0; base < 40; base++) {
    const words = Array.from({ length: 150 + Math.floor(random() * 300) }, pick);
    texts.push(words.join(' '));
    for (const rate of [0, 0.02, 0.05, 0.1, 0.2]) texts.push(mutate(words, rate).join(' '));
  }
  const docs = texts.map(documentOf);
  const shingles = docs.map((d) => distinctSorted(shingleHashes(d.tokens, 3)));
  const index = new CandidateIndex();
  let expected = 0;
  let found = 0;
  docs.forEach((doc, i) => {
    const hits = new Set(index.query(doc.indexed).map((c) => c.doc));
    for (let j = 0; j < i; j++) {
      if (exactJaccard(shingles[i] as Uint32Array, shingles[j] as Uint32Array) < 0.5) continue;
      expected++;
      if (hits.has(j)) found++;
    }
    index.add(i, doc.indexed);
  });
  assert.ok(expected > 100, `the oracle found ${expected} similar pairs`);
  assert.ok(found / expected >= 0.99, `recall ${found}/${expected}`);
});

test('a short lede inside a long page is found by containment both ways', () => {
  const lede = Array.from({ length: 50 }, pick);
  const page = [...Array.from({ length: 400 }, pick), ...lede, ...Array.from({ length: 400 }, pick)];
  const index = new CandidateIndex();
  index.add(1, documentOf(page.join(' ')).indexed);
  const [hit] = index.query(documentOf(lede.join(' ')).indexed);
  assert.equal(hit?.doc, 1);
  assert.ok((hit?.containment ?? 0) >= 0.5);
});

test('remove undoes add', () => {
  const index = new CandidateIndex();
  const doc = documentOf(Array.from({ length: 100 }, pick).join(' '));
  index.add(5, doc.indexed);
  assert.equal(index.query(doc.indexed)[0]?.doc, 5);
  index.remove(5);
  assert.equal(index.size, 0);
  assert.deepEqual(index.query(doc.indexed), []);
});
