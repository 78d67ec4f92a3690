import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { centroidLinkage } from './centroid-linkage.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair } from './types.js';

const OPTIONS: ClusterOptions = { ...DEFAULT_CLUSTER_OPTIONS, countFrom: 0 };

function unitVectors(count: number, dimension: number, random: () => number): number[][] {
  return Array.from({ length: count }, () => {
    // Mostly one of three "events", with noise: non-negative, as term weights are.
    const event = Math.floor(random() * 3);
    const v = Array.from({ length: dimension }, (_, d) => (d % 3 === event ? 1 : 0) * random() + 0.3 * random());
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const dot = (x: readonly number[], y: readonly number[]) => x.reduce((sum, v, i) => sum + v * (y[i] ?? 0), 0);

/** The plain definition: summed vectors, every pair of groups weighed afresh at every step. */
function oracle(vectors: number[][], same: (i: number, j: number) => boolean, options: ClusterOptions): string[][] {
  let groups = vectors.map((_, i) => [i]);
  for (;;) {
    let best: { likeness: number; g: number; h: number } | undefined;
    for (let g = 0; g < groups.length; g++) {
      for (let h = g + 1; h < groups.length; h++) {
        const [x, y] = [groups[g] ?? [], groups[h] ?? []];
        if (!x.some((i) => y.some((j) => same(i, j)))) continue;
        const sum = (members: number[]) =>
          (vectors[0] ?? []).map((_, d) => members.reduce((s, i) => s + (vectors[i]?.[d] ?? 0), 0));
        const [sx, sy] = [sum(x), sum(y)];
        const settled = Math.min(x.length, y.length) >= options.settledSize ? options.settledMargin : 0;
        const likeness = dot(sx, sy) / Math.sqrt(dot(sx, sx) * dot(sy, sy)) - settled;
        if (likeness >= options.joinAt && (best === undefined || likeness > best.likeness)) best = { likeness, g, h };
      }
    }
    if (best === undefined) break;
    const { g, h } = best;
    groups = groups.flatMap((group, k) => (k === g ? [[...group, ...(groups[h] ?? [])]] : k === h ? [] : [group]));
  }
  return canonical(groups.map((group) => group.map(String)));
}

function canonical(groups: string[][]): string[][] {
  return groups.map((g) => [...g].sort((a, b) => Number(a) - Number(b))).sort((a, b) => Number(a[0]) - Number(b[0]));
}

describe('centroid linkage', () => {
  it('agrees with summing the vectors themselves (differential, 200 random sets)', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const vectors = unitVectors(4 + Math.floor(random() * 10), 9, random);
      const pairs: LinkedPair[] = [];
      const same = (i: number, j: number) => dot(vectors[i] ?? [], vectors[j] ?? []) >= 0.6;
      for (let i = 0; i < vectors.length; i++) {
        for (let j = i + 1; j < vectors.length; j++) {
          const similarity = dot(vectors[i] ?? [], vectors[j] ?? []);
          pairs.push({ a: String(i), b: String(j), link: same(i, j) ? 'same' : 'near', strength: 0, similarity });
        }
      }
      const singles = vectors.map((_, i) => [String(i)]);
      const options = { ...OPTIONS, joinAt: 0.5 + random() * 0.4 };
      assert.deepEqual(canonical(centroidLinkage(singles, pairs, undefined, options)), oracle(vectors, same, options));
    }
  });

  it('gives the same groups whatever the order of the pairs', () => {
    const random = mulberry32(11);
    const vectors = unitVectors(30, 9, random);
    const pairs: LinkedPair[] = [];
    for (let i = 0; i < vectors.length; i++) {
      for (let j = i + 1; j < vectors.length; j++) {
        const similarity = dot(vectors[i] ?? [], vectors[j] ?? []);
        if (similarity >= 0.3) pairs.push({ a: String(i), b: String(j), link: 'same', strength: 0, similarity });
      }
    }
    const singles = vectors.map((_, i) => [String(i)]);
    const expected = canonical(centroidLinkage(singles, pairs));
    for (let k = 0; k < 5; k++) {
      const shuffled = [...pairs].sort(() => random() - 0.5);
      assert.deepEqual(canonical(centroidLinkage(singles, shuffled)), expected);
    }
  });

  const link = (a: string, b: string, similarity: number, kind: LinkedPair['link'] = 'same'): LinkedPair => ({
    a,
    b,
    link: kind,
    strength: 0,
    similarity,
  });
  const triangle = (x: string, y: string, z: string) => [link(x, y, 0.9), link(y, z, 0.9), link(x, z, 0.9)];

  it('joins an article to the story it is like as a whole, not to one it is like in one pair', () => {
    // c is like b alone; the story {a, b} as a whole is less like it than the threshold.
    const groups = centroidLinkage([['a'], ['b'], ['c']], [link('a', 'b', 0.9), link('b', 'c', 0.3)]);
    assert.deepEqual(canonical(groups.map((g) => g.map((id) => String('abc'.indexOf(id))))), [['0', '1'], ['2']]);
  });

  it('keeps two settled stories apart unless they are alike by the margin more', () => {
    const stories = [...triangle('a1', 'a2', 'a3'), ...triangle('b1', 'b2', 'b3')];
    const across = (similarity: number) =>
      ['a1', 'a2', 'a3'].flatMap((a) => ['b1', 'b2', 'b3'].map((b) => link(a, b, similarity)));
    const singles = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => [id]);
    // Cosine of the two sums: 9s / (3 + 6 · 0.9) = 9s / 8.4, less the margin of 0.1.
    assert.equal(centroidLinkage(singles, [...stories, ...across(0.2)]).length, 2);
    assert.equal(centroidLinkage(singles, [...stories, ...across(0.3)]).length, 1);
  });

  it('needs a same link to join: likeness through near links alone joins nothing', () => {
    assert.equal(centroidLinkage([['a'], ['b']], [link('a', 'b', 0.9, 'near')]).length, 2);
    assert.equal(centroidLinkage([['a'], ['b']], [link('a', 'b', 0.9, 'same')]).length, 1);
  });

  it('asks more of stories published weeks apart, more the further apart', () => {
    const day = 86_400_000;
    const at = (days: Record<string, number>) => (id: string) => (days[id] ?? Number.NaN) * day;
    const pairs = [link('a', 'b', 0.27)];
    const joined = (days: Record<string, number>) => centroidLinkage([['a'], ['b']], pairs, at(days)).length === 1;
    assert.ok(joined({ a: 0, b: 6 }), 'within a week');
    assert.ok(joined({ a: 0 }), 'one date unknown');
    assert.ok(joined({ a: 0, b: 14 }), 'two weeks: a small margin');
    assert.ok(!joined({ a: 0, b: 60 }), 'two months');
  });

  it('starts from the groups given (articles that derive from one another) and never splits them', () => {
    assert.deepEqual(centroidLinkage([['a', 'b'], ['c']], []), [['a', 'b'], ['c']]);
  });
});
