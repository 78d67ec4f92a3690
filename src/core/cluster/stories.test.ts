import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupStories } from './stories.js';

test('same-story links chain into one story; unlinked articles stay alone', () => {
  const groups = groupStories(
    ['a', 'b', 'c', 'd'],
    [
      { a: 'a', b: 'b', link: 'same', strength: 0.9, similarity: 0.9 },
      { a: 'b', b: 'c', link: 'same', strength: 0.5, similarity: 0.5 },
    ],
  );
  assert.deepEqual(groups, [['a', 'b', 'c'], ['d']]);
});

test('an aggregator quoting ledes of two stories joins only the one it quotes most', () => {
  const groups = groupStories(
    ['s1a', 's1b', 's2a', 'agg'],
    [
      { a: 's1a', b: 's1b', link: 'same', strength: 0.9, similarity: 0.9 },
      { a: 'agg', b: 's1a', link: 'lede', strength: 0.4, similarity: 0.4 },
      { a: 'agg', b: 's2a', link: 'lede', strength: 0.7, similarity: 0.7 },
    ],
  );
  assert.deepEqual(groups, [
    ['s1a', 's1b'],
    ['s2a', 'agg'],
  ]);
});

test('an aggregator quoting two stories equally strongly joins the smaller id, whatever the order of pairs', () => {
  const pairs = [
    { a: 'y1', b: 'y2', link: 'same' as const, strength: 0.9, similarity: 0.9 },
    { a: 'agg', b: 'y1', link: 'lede' as const, strength: 0.5, similarity: 0.5 },
    { a: 'x1', b: 'agg', link: 'lede' as const, strength: 0.5, similarity: 0.5 },
    { a: 'x1', b: 'x2', link: 'same' as const, strength: 0.9, similarity: 0.9 },
  ];
  for (const ordered of [pairs, [...pairs].reverse()]) {
    assert.deepEqual(groupStories(['agg', 'x1', 'x2', 'y1', 'y2'], ordered), [
      ['agg', 'x1', 'x2'],
      ['y1', 'y2'],
    ]);
  }
});

test('no articles, no stories', () => {
  assert.deepEqual(groupStories([], []), []);
});
