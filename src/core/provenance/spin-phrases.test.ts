import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairComparison, SwapPhrase } from '../classify/index.js';
import { swappedPhrases } from './spin-phrases.js';
import type { ComparedPair } from './types.js';

const direction = {
  features: {} as PairComparison['ab']['features'],
  verdict: { relation: 'related' as const, score: 0.4, signals: [] },
};

/** A pair in which `a` has the given swaps against `b`. */
function pair(a: string, b: string, swaps: [string, string, number][]): ComparedPair {
  const phrases: SwapPhrase[] = swaps.map(([wording, usual, rarity], i) => ({
    wording,
    usual,
    start: i * 30,
    end: i * 30 + wording.length,
    rarity,
  }));
  return {
    a,
    b,
    comparison: {
      topic: 0.5,
      ab: { ...direction, swapPhrases: phrases },
      ba: direction,
      passages: [],
      sentencePairs: [],
      substitutions: [],
    },
  };
}

const SPINNER: [string, string, number][] = [
  ['synthetic intelligence', 'artificial intelligence', 2],
  ['machine studying', 'machine learning', 3],
  ['identical day', 'same day', 1],
];

test('swaps that two other reports confirm make a text spun', () => {
  const found = swappedPhrases('s', [pair('s', 'r1', SPINNER), pair('s', 'r2', SPINNER)]);
  assert.deepEqual(
    found.map((p) => p.wording),
    SPINNER.map(([w]) => w),
  );
});

test('a reporter’s own word choices are not enough', () => {
  // three swaps seen against one report only, and two swaps seen against two
  assert.deepEqual(swappedPhrases('s', [pair('s', 'r1', SPINNER)]), []);
  assert.deepEqual(
    swappedPhrases('s', [pair('s', 'r1', SPINNER.slice(0, 2)), pair('s', 'r2', SPINNER.slice(0, 2))]),
    [],
  );
  // two phrases of one swap ("Twitch chief", "chief Emmett") count once
  const oneSwap: [string, string, number][] = [
    ['Twitch chief', 'twitch boss', 1],
    ['chief Emmett', 'boss emmett', 1],
    ['reinstated Altman', 'restore altman', 1],
  ];
  assert.deepEqual(swappedPhrases('s', [pair('s', 'r1', oneSwap), pair('s', 'r2', oneSwap)]), []);
});

test('many swaps against a single report count, on the side with the rarer words', () => {
  const many: [string, string, number][] = [
    ['synthetic intelligence', 'artificial intelligence', 2],
    ['machine studying', 'machine learning', 3],
    ['identical day', 'same day', 1],
    ['clandestine nature', 'secret nature', 2],
    ['enterprise capitalists', 'venture capitalists', 1],
    ['favourite tales', 'favourite stories', 1],
  ];
  assert.equal(swappedPhrases('s', [pair('s', 'r1', many)]).length, 6);
  const mirrored = many.map(([w, u, r]): [string, string, number] => [u, w, -r]);
  assert.deepEqual(swappedPhrases('r1', [pair('r1', 's', mirrored)]), []);
});

test('phrases of a spin lexicon count as confirmed swaps', () => {
  const known: SwapPhrase[] = SPINNER.map(([wording, usual], i) => ({
    wording,
    usual,
    start: i * 40,
    end: i * 40 + wording.length,
    rarity: 0,
  }));
  assert.equal(swappedPhrases('s', [], known).length, 3);
  assert.deepEqual(swappedPhrases('s', [], known.slice(0, 2)), []);
  // two from the lexicon and one confirmed by two reports
  const third: [string, string, number][] = [['favourite tales', 'favourite stories', 1]];
  assert.equal(swappedPhrases('s', [pair('s', 'r1', third), pair('s', 'r2', third)], known.slice(0, 2)).length, 3);
});
