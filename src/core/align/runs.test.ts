import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { tokenize } from '../text/index.js';
import type { TokenizedText } from '../text/types.js';
import { findRuns } from './runs.js';
import { type AlignOptions, DEFAULT_ALIGN_OPTIONS, type Run } from './types.js';

/** The plain definition: each word pair of B listed at its first `maxSeedPositions` places, by string. */
function plainRuns(a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const places = new Map<string, number[]>();
  for (let j = 0; j + 1 < b.count; j++) {
    const key = `${b.hashes[j]} ${b.hashes[j + 1]}`;
    const list = places.get(key) ?? [];
    if (list.length < options.maxSeedPositions) list.push(j);
    places.set(key, list);
  }
  const runs: Run[] = [];
  for (let i = 0; i + 1 < a.count; i++) {
    for (const j of places.get(`${a.hashes[i]} ${a.hashes[i + 1]}`) ?? []) {
      if (i > 0 && j > 0 && a.hashes[i - 1] === b.hashes[j - 1]) continue;
      let length = 2;
      while (i + length < a.count && j + length < b.count && a.hashes[i + length] === b.hashes[j + length]) length++;
      const stopwordsOnly = Array.from(a.stop.subarray(i, i + length)).every((s) => s === 1);
      if (length < options.minRun || (length <= options.minRun && stopwordsOnly)) continue;
      runs.push({ i, j, length });
    }
  }
  return runs;
}

const WORDS = ['the', 'of', 'and', 'port', 'bridge', 'mayor', 'said', 'steel', 'vote', 'council'];

function randomText(random: () => number, length: number, vocabulary: number): string {
  return Array.from({ length }, () => WORDS[Math.floor(random() * vocabulary)]).join(' ');
}

test('runs are those of the plain seed lists, the seed cap included, whatever sizes came before', () => {
  const random = mulberry32(99);
  let runs = 0;
  let capped = 0;
  for (let round = 0; round < 300; round++) {
    // Long texts and short ones in turn, so the reused table shrinks its use and grows again.
    const length = round % 3 === 0 ? 1 + Math.floor(random() * 3000) : Math.floor(random() * 40);
    const vocabulary = 2 + Math.floor(random() * (WORDS.length - 1));
    const a = tokenize(randomText(random, Math.floor(random() * 300), vocabulary));
    const b = tokenize(randomText(random, length, vocabulary));
    const options = { ...DEFAULT_ALIGN_OPTIONS, maxSeedPositions: random() < 0.5 ? 3 : 64, minRun: 2 + (round % 3) };
    const expected = plainRuns(a, b, options);
    assert.deepEqual(findRuns(a, b, options), expected, `round ${round}`);
    runs += expected.length;
    if (plainRuns(a, b, { ...options, maxSeedPositions: 1e9 }).length > expected.length) capped++;
  }
  assert.ok(runs > 5000 && capped > 30, `only ${runs} runs and ${capped} capped cases: the cases say little`);
});

test('texts of no word pair seed nothing', () => {
  const none = tokenize('');
  const one = tokenize('bridge');
  const two = tokenize('bridge closed');
  assert.deepEqual(findRuns(none, two, DEFAULT_ALIGN_OPTIONS), []);
  assert.deepEqual(findRuns(two, one, DEFAULT_ALIGN_OPTIONS), []);
  assert.deepEqual(findRuns(two, two, DEFAULT_ALIGN_OPTIONS), [{ i: 0, j: 0, length: 2 }]);
});
