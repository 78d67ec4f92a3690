import { BinaryHeap } from '../collections/binary-heap.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair } from './types.js';

/** A group being weighed: its articles, and its summed term vector's squared length. */
interface Group {
  ids: string[];
  /** Σ over ordered pairs of its articles of their cosine, self-pairs included: |Σ vectors|². */
  selfSum: number;
  /** Groups it has a pair with: summed cosines across, and whether a `same` link can join them. */
  across: Map<number, { sum: number; joinable: boolean }>;
  /** Bumped on every merge: heap entries made before it are stale. */
  version: number;
  /** Where its first article comes in the input: ties break by it, so the result ignores pair order. */
  first: number;
  /** Its earliest and latest publication times (+∞ and −∞ while none is known). */
  from: number;
  to: number;
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
 * alike by a margin that grows with the gap (`apart`).
 */
export function centroidLinkage(
  groups: readonly string[][],
  pairs: readonly LinkedPair[],
  published: (id: string) => number = () => Number.NaN,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[][] {
  const groupOf = new Map<string, number>();
  const state: Group[] = groups.map((ids, g) => {
    const times = ids.map(published).filter((t) => !Number.isNaN(t));
    for (const id of ids) groupOf.set(id, g);
    const from = times.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const to = times.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    return { ids: [...ids], selfSum: ids.length, across: new Map(), version: 0, first: g, from, to };
  });
  // Summed in one order whatever order the pairs come in: a regrouping and a reload add the same bits.
  const keyed = pairs.map((pair) => ({ pair, key: ends(pair) }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const canonical = keyed.map((k) => k.pair);
  for (const pair of canonical) {
    const g = groupOf.get(pair.a);
    const h = groupOf.get(pair.b);
    if (g === undefined || h === undefined || g === h) {
      if (g !== undefined && g === h) (state[g] as Group).selfSum += 2 * counted(pair, options);
      continue;
    }
    addAcross(state, g, h, counted(pair, options), pair.link === 'same' || pair.link === 'derived');
  }
  const heap = new BinaryHeap<Candidate>(
    (x, y) => x.likeness > y.likeness || (x.likeness === y.likeness && x.order < y.order),
  );
  const consider = (g: number, h: number) => {
    const [x, y] = [state[g] as Group, state[h] as Group];
    const link = x.across.get(h);
    if (link === undefined || !link.joinable) return;
    const settled = Math.min(x.ids.length, y.ids.length) >= options.settledSize;
    const likeness =
      link.sum / Math.sqrt(x.selfSum * y.selfSum) - (settled ? options.settledMargin : 0) - apart(x, y, options);
    if (likeness < options.joinAt) return;
    const order = Math.min(x.first, y.first) * state.length + Math.max(x.first, y.first);
    heap.push({ likeness, g, h, versionG: x.version, versionH: y.version, order });
  };
  for (let g = 0; g < state.length; g++) for (const h of (state[g] as Group).across.keys()) if (g < h) consider(g, h);
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const [x, y] = [state[top.g] as Group, state[top.h] as Group];
    if (x.version !== top.versionG || y.version !== top.versionH) continue;
    // y joins x: the sums across add up, and the pairs between them become pairs within.
    x.selfSum += y.selfSum + 2 * (x.across.get(top.h)?.sum ?? 0);
    for (const id of y.ids) x.ids.push(id);
    x.first = Math.min(x.first, y.first);
    x.from = Math.min(x.from, y.from);
    x.to = Math.max(x.to, y.to);
    x.across.delete(top.h);
    for (const [k, link] of y.across) {
      if (k === top.g) continue;
      const other = state[k] as Group;
      other.across.delete(top.h);
      addAcross(state, top.g, k, link.sum, link.joinable);
    }
    y.ids = [];
    y.across.clear();
    y.version++;
    x.version++;
    for (const k of x.across.keys()) consider(top.g, k);
  }
  return state.filter((g) => g.ids.length > 0).map((g) => g.ids);
}

const DAY = 86_400_000;

/** The likeness two groups lose for lying far apart in time (nothing where either has no time). */
function apart(x: Group, y: Group, options: ClusterOptions): number {
  if (!Number.isFinite(x.from) || !Number.isFinite(y.from)) return 0;
  const gap = Math.max(0, y.from - x.to, x.from - y.to) / DAY;
  if (!(gap > options.apartDays)) return 0;
  return options.apartMargin * Math.log2(gap / options.apartDays);
}

/** The pair's ends, smaller id first, as one key. */
function ends(pair: LinkedPair): string {
  return pair.a < pair.b ? `${pair.a}\u0000${pair.b}` : `${pair.b}\u0000${pair.a}`;
}

function counted(pair: LinkedPair, options: ClusterOptions): number {
  return pair.similarity >= options.countFrom ? pair.similarity : 0;
}

function addAcross(state: Group[], g: number, h: number, sum: number, joinable: boolean): void {
  for (const [from, to] of [
    [g, h],
    [h, g],
  ] as const) {
    const across = (state[from] as Group).across;
    const link = across.get(to);
    if (link === undefined) across.set(to, { sum, joinable });
    else {
      link.sum += sum;
      link.joinable ||= joinable;
    }
  }
}
