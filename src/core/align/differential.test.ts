import assert from 'node:assert/strict';
import { test } from 'node:test';
import { referenceAlign } from '../../../test/align-oracle.js';
import { mulberry32 } from '../../spin/prng.js';
import { tokenize } from '../text/index.js';
import type { TokenizedText } from '../text/types.js';
import { align } from './index.js';
import { findRuns } from './runs.js';
import { tileRuns } from './tiles.js';
import { DEFAULT_ALIGN_OPTIONS } from './types.js';

/*
 * The fast aligner against full dynamic programming (test/align-oracle.ts) on seeded random and
 * mutated pairs. "Agree" means identical results, not close ones: the same tiles (word offsets both
 * ways and lengths), the same passages with the same matched counts and substitutions, and the same
 * evidence. That holds whenever the seed index sees every occurrence, so the generator checks that no
 * word pair occurs more than maxSeedPositions times in B (past that cap the fast path bounds its work on
 * purpose and may miss runs).
 */

const options = DEFAULT_ALIGN_OPTIONS;
const STOP = ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'for'];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Words drawn from `vocabulary` content words and the stopwords, a third of them stopwords. */
function randomWords(random: Random, length: number, vocabulary: number): string[] {
  return Array.from({ length }, () => (random() < 0.33 ? pick(random, STOP) : `w${Math.floor(random() * vocabulary)}`));
}

interface Mutation {
  substitute: number;
  insert: number;
  remove: number;
  moves: number;
  repeats: number;
}

/** A copy of `source` with words swapped, inserted and removed, blocks moved and blocks repeated. */
function mutate(random: Random, source: readonly string[], rates: Mutation, vocabulary: number): string[] {
  const novel = () => (random() < 0.5 ? `x${Math.floor(random() * 1000)}` : `w${Math.floor(random() * vocabulary)}`);
  let words: string[] = [];
  for (const word of source) {
    if (random() < rates.insert) words.push(novel());
    if (random() < rates.remove) continue;
    words.push(random() < rates.substitute ? novel() : word);
  }
  const block = () => {
    const length = Math.min(words.length, 3 + Math.floor(random() * 30));
    const from = Math.floor(random() * (words.length - length + 1));
    return { from, length };
  };
  for (let k = 0; k < rates.moves; k++) {
    const { from, length } = block();
    const moved = words.splice(from, length);
    const to = Math.floor(random() * (words.length + 1));
    words = [...words.slice(0, to), ...moved, ...words.slice(to)];
  }
  for (let k = 0; k < rates.repeats; k++) {
    const { from, length } = block();
    const to = Math.floor(random() * (words.length + 1));
    words = [...words.slice(0, to), ...words.slice(from, from + length), ...words.slice(to)];
  }
  return words;
}

function seedIndexSeesAll(b: TokenizedText): boolean {
  const counts = new Map<string, number>();
  for (let j = 0; j + 1 < b.count; j++) {
    const key = `${b.hashes[j]}:${b.hashes[j + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].every((count) => count <= options.maxSeedPositions);
}

function assertAgrees(a: TokenizedText, b: TokenizedText, label: string): number {
  assert.ok(seedIndexSeesAll(b), `${label}: a word pair repeats past the seed cap`);
  const reference = referenceAlign(a, b, options);
  assert.deepEqual(tileRuns(findRuns(a, b, options), a, b, options), reference.tiles, `${label}: tiles`);
  const fast = align(a, b, options);
  const words = (passages: typeof fast.passages) =>
    passages.map(({ aStart, aEnd, bStart, bEnd, matched, substitutions }) => ({
      aStart,
      aEnd,
      bStart,
      bEnd,
      matched,
      substitutions,
    }));
  assert.deepEqual(words(fast.passages), reference.passages, `${label}: passages`);
  assert.deepEqual(words(fast.evidence), reference.evidence, `${label}: evidence`);
  return reference.tiles.length;
}

test('the fast aligner agrees exactly with dynamic programming on random pairs', () => {
  const random = mulberry32(20240611);
  let tiles = 0;
  for (let round = 0; round < 100; round++) {
    // Small vocabularies make many short chance runs and ties; larger ones make few.
    const vocabulary = pick(random, [4, 8, 20, 60]);
    const a = randomWords(random, 10 + Math.floor(random() * 200), vocabulary);
    const b = randomWords(random, 10 + Math.floor(random() * 200), vocabulary);
    tiles += assertAgrees(tokenize(a.join(' ')), tokenize(b.join(' ')), `random #${round}`);
  }
  assert.ok(tiles > 800, `only ${tiles} tiles: the cases say little`);
});

test('the fast aligner agrees exactly with dynamic programming on mutated copies', () => {
  const random = mulberry32(7);
  let tiles = 0;
  for (let round = 0; round < 80; round++) {
    const vocabulary = pick(random, [30, 100, 400]);
    const source = randomWords(random, 30 + Math.floor(random() * 220), vocabulary);
    const light = round % 2 === 0;
    const copy = mutate(
      random,
      source,
      {
        substitute: light ? 0.05 : 0.3,
        insert: light ? 0.02 : 0.1,
        remove: light ? 0.02 : 0.1,
        moves: Math.floor(random() * 3),
        repeats: Math.floor(random() * 2),
      },
      vocabulary,
    );
    const noise = randomWords(random, Math.floor(random() * 80), vocabulary);
    const article = random() < 0.5 ? [...noise, ...copy] : [...copy, ...noise];
    tiles += assertAgrees(tokenize(article.join(' ')), tokenize(source.join(' ')), `mutated #${round}`);
  }
  assert.ok(tiles > 800, `only ${tiles} tiles: the cases say little`);
});
