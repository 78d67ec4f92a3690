import { BinaryHeap } from '../collections/binary-heap.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair } from './types.js';

/** Articles numbered 0…n−1, and the groups they start in. */
export interface NumberedGroups {
  /** The group of each article (−1: not weighed); groups are numbered from 0 in the order of their first article. */
  groupOf: Int32Array;
  count: number;
  /** Each article's publication time, in milliseconds (NaN: unknown). */
  published: Float64Array;
}

/** Pairs of numbered articles, in the order their likeness is summed (`inSummingOrder`). */
export interface NumberedPairs {
  a: Int32Array;
  b: Int32Array;
  /** Cosine of the two texts' term vectors. */
  similarity: Float64Array;
  /** 1 for a `same` or `derived` link: one that can join the groups of its articles. */
  joinable: Uint8Array;
}

interface Candidate {
  likeness: number;
  g: number;
  h: number;
  versionG: number;
  versionH: number;
  order: number;
}

/**
 * Centroid linkage over a sparse graph: starting from `groups`, repeatedly merges the two groups whose
 * summed term vectors are most alike, as long as that likeness reaches `joinAt` and a `same` link joins
 * them. Term vectors are unit length, so the cosine of two sums follows from the pairs' cosines alone:
 * Σa·Σb = Σ cos(a, b), and |Σa|² = Σ cos(a, a′). A pair never compared counts as nothing alike.
 * Two settled groups (each `settledSize` articles or more) are two reports of two events unless they are
 * alike by `settledMargin` more: a follow-up (the bridge's reopening, the CEO's return) shares the
 * names of the first event and much of its vocabulary. So are two groups published weeks apart, unless
 * alike by a margin that grows with the gap (`apart`). Returns, for each starting group, the number of
 * the group it ends in (one of its starting groups).
 *
 * Numbered, with the sums in typed arrays: a busy store regroups a hundred thousand links at a batch.
 */
export function linkGroups(
  groups: NumberedGroups,
  pairs: NumberedPairs,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Int32Array {
  const { count, groupOf } = groups;
  const size = new Int32Array(count);
  const from = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const to = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  groupOf.forEach((g, i) => {
    if (g < 0) return;
    size[g] = (size[g] as number) + 1;
    const time = groups.published[i] as number;
    if (Number.isNaN(time)) return;
    from[g] = Math.min(from[g] as number, time);
    to[g] = Math.max(to[g] as number, time);
  });
  /** Σ over ordered pairs of a group's articles of their cosine, self-pairs included: |Σ vectors|². */
  const selfSum = Float64Array.from(size);
  /** Bumped on every merge: heap entries made before it are stale. */
  const version = new Int32Array(count);
  /** Where a group's first article comes: ties break by it, so the result ignores pair order. */
  const first = Int32Array.from({ length: count }, (_, g) => g);
  const into = Int32Array.from(first);
  const across = new AcrossSums(count, pairs.a.length);
  for (let p = 0; p < pairs.a.length; p++) {
    const g = groupOf[pairs.a[p] as number] as number;
    const h = groupOf[pairs.b[p] as number] as number;
    const similarity = pairs.similarity[p] as number;
    const counted = similarity >= options.countFrom ? similarity : 0;
    if (g < 0 || h < 0) continue;
    if (g === h) selfSum[g] = (selfSum[g] as number) + 2 * counted;
    else across.add(g, h, counted, pairs.joinable[p] === 1);
  }
  const apart = (g: number, h: number): number => {
    if (!Number.isFinite(from[g]) || !Number.isFinite(from[h])) return 0;
    const gap = Math.max(0, (from[h] as number) - (to[g] as number), (from[g] as number) - (to[h] as number)) / DAY;
    if (!(gap > options.apartDays)) return 0;
    return options.apartMargin * Math.log2(gap / options.apartDays);
  };
  const heap = new BinaryHeap<Candidate>(
    (x, y) => x.likeness > y.likeness || (x.likeness === y.likeness && x.order < y.order),
  );
  const consider = (g: number, h: number) => {
    const entry = across.entry(g, h);
    if (entry === undefined || !across.joinable(entry)) return;
    const settled = Math.min(size[g] as number, size[h] as number) >= options.settledSize;
    const likeness =
      across.sum(entry) / Math.sqrt((selfSum[g] as number) * (selfSum[h] as number)) -
      (settled ? options.settledMargin : 0) -
      apart(g, h);
    if (likeness < options.joinAt) return;
    const [low, high] = [
      Math.min(first[g] as number, first[h] as number),
      Math.max(first[g] as number, first[h] as number),
    ];
    heap.push({
      likeness,
      g,
      h,
      versionG: version[g] as number,
      versionH: version[h] as number,
      order: low * count + high,
    });
  };
  for (let g = 0; g < count; g++) for (const h of across.others(g)) if (g < h) consider(g, h);
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const { g: x, h: y } = top;
    if (version[x] !== top.versionG || version[y] !== top.versionH) continue;
    // y joins x: the sums across add up, and the pairs between them become pairs within.
    const between = across.entry(x, y);
    selfSum[x] =
      (selfSum[x] as number) + (selfSum[y] as number) + 2 * (between === undefined ? 0 : across.sum(between));
    size[x] = (size[x] as number) + (size[y] as number);
    first[x] = Math.min(first[x] as number, first[y] as number);
    from[x] = Math.min(from[x] as number, from[y] as number);
    to[x] = Math.max(to[x] as number, to[y] as number);
    across.merge(x, y);
    size[y] = 0;
    into[y] = x;
    version[y] = (version[y] as number) + 1;
    version[x] = (version[x] as number) + 1;
    for (const k of across.others(x)) consider(x, k);
  }
  for (let g = 0; g < count; g++) {
    let end = g;
    while (into[end] !== end) end = into[end] as number;
    into[g] = end;
  }
  return into;
}

const DAY = 86_400_000;

/**
 * The summed cosines between groups, each way: for each group, the groups it has a pair with, and for
 * each such entry its sum and whether a `same` link can join them (in pools, not an object an entry).
 */
class AcrossSums {
  private readonly entries: Map<number, number>[];
  private sums: Float64Array;
  private joins: Uint8Array;
  private used = 0;

  constructor(groups: number, pairs: number) {
    this.entries = Array.from({ length: groups }, () => new Map());
    this.sums = new Float64Array(2 * pairs + 16);
    this.joins = new Uint8Array(this.sums.length);
  }

  entry(g: number, h: number): number | undefined {
    return this.entries[g]?.get(h);
  }

  sum(entry: number): number {
    return this.sums[entry] as number;
  }

  joinable(entry: number): boolean {
    return this.joins[entry] === 1;
  }

  others(g: number): IterableIterator<number> {
    return (this.entries[g] as Map<number, number>).keys();
  }

  add(g: number, h: number, sum: number, joinable: boolean): void {
    this.addOneWay(g, h, sum, joinable);
    this.addOneWay(h, g, sum, joinable);
  }

  /** Group y joins x: y's sums across are added to x's, and y has none left. */
  merge(x: number, y: number): void {
    const ofY = this.entries[y] as Map<number, number>;
    (this.entries[x] as Map<number, number>).delete(y);
    // forEach, not for…of: an entries iterator makes an array for every entry, and a big group has thousands.
    ofY.forEach((entry, k) => {
      if (k === x) return;
      (this.entries[k] as Map<number, number>).delete(y);
      this.add(x, k, this.sums[entry] as number, this.joins[entry] === 1);
    });
    ofY.clear();
  }

  private addOneWay(g: number, h: number, sum: number, joinable: boolean): void {
    const entries = this.entries[g] as Map<number, number>;
    const known = entries.get(h);
    if (known !== undefined) {
      this.sums[known] = (this.sums[known] as number) + sum;
      if (joinable) this.joins[known] = 1;
      return;
    }
    if (this.used === this.sums.length) this.grow();
    entries.set(h, this.used);
    this.sums[this.used] = sum;
    this.joins[this.used] = joinable ? 1 : 0;
    this.used++;
  }

  private grow(): void {
    const sums = new Float64Array(this.sums.length * 2);
    sums.set(this.sums);
    const joins = new Uint8Array(sums.length);
    joins.set(this.joins);
    this.sums = sums;
    this.joins = joins;
  }
}

/**
 * The pairs of `count` numbered articles between `a[p]` and `b[p]`, with the similarity and joinability
 * of the pth, put in the order their likeness is summed, whatever order they come in.
 */
export function inSummingOrder(
  count: number,
  a: Int32Array,
  b: Int32Array,
  similarity: (p: number) => number,
  joinable: (p: number) => boolean,
): NumberedPairs {
  const order = summingOrder(count, a, b);
  const pairs: NumberedPairs = {
    a: new Int32Array(order.length),
    b: new Int32Array(order.length),
    similarity: new Float64Array(order.length),
    joinable: new Uint8Array(order.length),
  };
  order.forEach((p, q) => {
    pairs.a[q] = a[p] as number;
    pairs.b[q] = b[p] as number;
    pairs.similarity[q] = similarity(p);
    pairs.joinable[q] = joinable(p) ? 1 : 0;
  });
  return pairs;
}

/**
 * The order pairs are summed in: by their ends' numbers, smaller first; equal ends in the order given.
 * Articles are numbered in an order of their own (the engine's: the order they were added), not of the
 * walk that found their pairs, so a regrouping and a reload add the same bits. Two stable counting
 * sorts, as a busy store sums a hundred thousand.
 */
function summingOrder(count: number, a: Int32Array, b: Int32Array): Int32Array {
  const low = new Int32Array(a.length);
  const high = new Int32Array(a.length);
  for (let p = 0; p < a.length; p++) {
    low[p] = Math.min(a[p] as number, b[p] as number);
    high[p] = Math.max(a[p] as number, b[p] as number);
  }
  const pairs = new Int32Array(a.length);
  for (let p = 0; p < pairs.length; p++) pairs[p] = p;
  const byHigh = countingSort(pairs, high, count);
  return countingSort(byHigh, low, count);
}

/** `items` stably sorted by `key[item]`, keys being 0…range−1. */
function countingSort(items: Int32Array, key: Int32Array, range: number): Int32Array {
  const starts = new Int32Array(range + 1);
  for (const item of items) starts[(key[item] as number) + 1] = (starts[(key[item] as number) + 1] as number) + 1;
  for (let k = 0; k < range; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  const sorted = new Int32Array(items.length);
  for (const item of items) {
    const k = key[item] as number;
    sorted[starts[k] as number] = item;
    starts[k] = (starts[k] as number) + 1;
  }
  return sorted;
}

/**
 * `linkGroups` over articles named by id: `groups` are the starting groups, `pairs` the links between
 * their articles (a pair with an article in none counts for nothing). Returns the groups, each listing
 * its articles in the order of `groups`.
 */
export function centroidLinkage(
  groups: readonly (readonly string[])[],
  pairs: readonly LinkedPair[],
  published: (id: string) => number = () => Number.NaN,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[][] {
  const ids = groups.flat();
  const slot = new Map(ids.map((id, i) => [id, i]));
  const groupOf = Int32Array.from(groups.flatMap((group, g) => group.map(() => g)));
  const known = pairs.filter((p) => slot.has(p.a) && slot.has(p.b));
  const a = Int32Array.from(known, (p) => slot.get(p.a) as number);
  const b = Int32Array.from(known, (p) => slot.get(p.b) as number);
  const into = linkGroups(
    { groupOf, count: groups.length, published: Float64Array.from(ids, published) },
    inSummingOrder(
      ids.length,
      a,
      b,
      (p) => known[p]?.similarity ?? 0,
      (p) => known[p]?.link === 'same' || known[p]?.link === 'derived',
    ),
    options,
  );
  const merged = new Map<number, string[]>();
  groups.forEach((group, g) => {
    const end = into[g] as number;
    const members = merged.get(end);
    if (members === undefined) merged.set(end, [...group]);
    else members.push(...group);
  });
  return [...merged.values()];
}
