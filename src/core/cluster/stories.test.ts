import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { centroidLinkage } from './centroid-linkage.js';
import { groupStories } from './stories.js';
import type { LinkedPair } from './types.js';
import { UnionFind } from './union-find.js';

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

/**
 * The plain definition over ids, with the string-keyed linkage: derived families, articles routed by
 * their ledes, centroid linkage of the rest, then each routed article to its strongest lede.
 */
function groupByIds(ids: readonly string[], pairs: readonly LinkedPair[], published: (id: string) => number) {
  const derived = new Set(pairs.filter((p) => p.link === 'derived').flatMap((p) => [p.a, p.b]));
  const joined = new Set(pairs.filter((p) => p.link === 'derived' || p.link === 'same').flatMap((p) => [p.a, p.b]));
  const quoted = new Map<string, number>();
  for (const p of pairs.filter((q) => q.link === 'lede')) {
    const quoter = p.quoter === 'b' ? p.b : p.a;
    quoted.set(quoter, (quoted.get(quoter) ?? 0) + 1);
  }
  const routed = (id: string) => !derived.has(id) && ((quoted.get(id) ?? 0) >= 2 || !joined.has(id));
  const families = new UnionFind();
  for (const id of ids) if (!routed(id)) families.add(id);
  for (const p of pairs) if (p.link === 'derived') families.union(p.a, p.b);
  const weighed = pairs.filter((p) => !routed(p.a) && !routed(p.b));
  const sets = new UnionFind();
  for (const id of ids) sets.add(id);
  for (const story of centroidLinkage(families.groups(), weighed, published)) {
    for (const id of story) sets.union(story[0] as string, id);
  }
  for (const id of ids.filter(routed)) {
    const ledes = pairs
      .filter((p) => p.link === 'lede' && (p.a === id || p.b === id))
      .map((p) => ({ other: p.a === id ? p.b : p.a, strength: p.strength }))
      .sort((x, y) => y.strength - x.strength || (x.other < y.other ? -1 : 1));
    if (ledes[0] !== undefined) sets.union(id, ledes[0].other);
  }
  return sets.groups();
}

test('numbered grouping gives the groups of the plain definition (differential, 300 random graphs)', () => {
  const random = mulberry32(23);
  const kinds: LinkedPair['link'][] = ['same', 'same', 'same', 'near', 'derived', 'lede'];
  for (let round = 0; round < 300; round++) {
    const ids = Array.from({ length: 3 + Math.floor(random() * 25) }, (_, i) => `d${(i * 7919) % 1000}`);
    const pairs: LinkedPair[] = [];
    for (let k = Math.floor(random() * ids.length * 2); k > 0; k--) {
      const [a, b] = [
        ids[Math.floor(random() * ids.length)] as string,
        ids[Math.floor(random() * ids.length)] as string,
      ];
      if (a === b || pairs.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))) continue;
      const link = kinds[Math.floor(random() * kinds.length)] as LinkedPair['link'];
      const similarity = Math.round(random() * 10) / 10;
      // Strengths on a coarse grid, so that equal ledes (ties broken by id) come up.
      const strength = Math.round(random() * 4) / 4;
      pairs.push({
        a,
        b,
        link,
        strength,
        similarity,
        ...(link === 'lede' && random() < 0.5 ? { quoter: 'b' as const } : {}),
      });
    }
    const days = new Map(ids.map((id) => [id, random() < 0.3 ? Number.NaN : Math.floor(random() * 60) * 86_400_000]));
    const published = (id: string) => days.get(id) ?? Number.NaN;
    assert.deepEqual(groupStories(ids, pairs, published), groupByIds(ids, pairs, published), `round ${round}`);
  }
});
