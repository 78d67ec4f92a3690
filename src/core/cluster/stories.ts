import { compareIds } from '../contract/order.js';
import { inSummingOrder, linkGroups, type NumberedPairs } from './centroid-linkage.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair } from './types.js';
import { NumberedSets } from './union-find.js';

/**
 * Groups articles into stories. Articles that derive from one another are one story from the start;
 * then stories are merged while their articles' summed term vectors are alike enough and a `same` link
 * joins them (`linkGroups`): a story is weighed as a whole, so an article joins the event most of
 * its reports describe, and a chain of pairwise likeness does not fuse two events. `published` gives an
 * article's publication time (NaN when unknown): stories far apart in time need more likeness. An article tied to
 * others only by quoting their ledes (an aggregator page stitching several stories) joins the story of
 * its strongest lede link instead (equal ones: the smaller id), so one aggregator never fuses unrelated
 * stories. A pair with an article outside `ids` counts for nothing. Stories list their articles in the
 * order of `ids`, and come in the order of their first.
 *
 * Articles are numbered by their place in `ids`, and everything is kept in typed arrays by number: a
 * busy store regroups tens of thousands of articles at a batch. Likeness is summed in the order of
 * those places, so `ids` in an order of their own (the engine's: the order added), not one that
 * depends on how they were found, give the same bits every time.
 */
export function groupStories(
  ids: readonly string[],
  pairs: readonly LinkedPair[],
  published: (id: string) => number = () => Number.NaN,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[][] {
  const slot = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) slot.set(ids[i] as string, i);
  const ends = new Int32Array(2 * pairs.length);
  pairs.forEach((pair, p) => {
    ends[2 * p] = slot.get(pair.a) ?? -1;
    ends[2 * p + 1] = slot.get(pair.b) ?? -1;
  });
  return groupLinked(ids, pairs, ends, published, options);
}

/**
 * `groupStories` with the pairs' articles numbered already: the pth pair's `a` is `ids[ends[2p]]` and
 * its `b` `ids[ends[2p + 1]]` (−1: not in `ids`, the pair counts for nothing).
 */
export function groupLinked(
  ids: readonly string[],
  pairs: readonly LinkedPair[],
  ends: Int32Array,
  published: (id: string) => number = () => Number.NaN,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[][] {
  const links = numbered(pairs, ends);
  const { a, b, kind } = links;
  const derived = new Uint8Array(ids.length);
  const joined = new Uint8Array(ids.length);
  const quoted = new Int32Array(ids.length);
  for (let p = 0; p < links.count; p++) {
    const [x, y, k] = [a[p] as number, b[p] as number, kind[p] as number];
    if (k === DERIVED) derived[x] = derived[y] = 1;
    if (k === DERIVED || k === SAME) joined[x] = joined[y] = 1;
    if (k === LEDE) {
      const quoter = links.quoterIsB[p] === 1 ? y : x;
      quoted[quoter] = (quoted[quoter] as number) + 1;
    }
  }
  // A page quoting several ledes (a briefing, an aggregator) shares words with every story it quotes:
  // it is not weighed with them, it joins one by its ledes. So does an article with no other link.
  const routed = (i: number) => derived[i] === 0 && ((quoted[i] as number) >= 2 || joined[i] === 0);
  const families = new NumberedSets(ids.length);
  for (let p = 0; p < links.count; p++) if (kind[p] === DERIVED) families.union(a[p] as number, b[p] as number);
  const { numbers: groupOf, count } = families.number((i) => !routed(i));
  const into = linkGroups(
    { groupOf, count, published: Float64Array.from(ids, published) },
    weighedPairs(ids.length, links, routed),
    options,
  );
  const sets = new NumberedSets(ids.length);
  /** The first article of each final group, which its others join. */
  const head = new Int32Array(count).fill(-1);
  groupOf.forEach((g, i) => {
    if (g < 0) return;
    const end = into[g] as number;
    if (head[end] === -1) head[end] = i;
    else sets.union(head[end] as number, i);
  });
  const lede = new Int32Array(ids.length).fill(-1);
  const ledeStrength = new Float64Array(ids.length);
  for (let p = 0; p < links.count; p++) {
    if (kind[p] !== LEDE) continue;
    const strength = links.strength[p] as number;
    for (const [self, other] of [
      [a[p] as number, b[p] as number],
      [b[p] as number, a[p] as number],
    ] as const) {
      if (!routed(self)) continue;
      const known = lede[self] as number;
      const stronger =
        known === -1 ||
        strength > (ledeStrength[self] as number) ||
        (strength === ledeStrength[self] && compareIds(ids[other] as string, ids[known] as string) < 0);
      if (!stronger) continue;
      lede[self] = other;
      ledeStrength[self] = strength;
    }
  }
  lede.forEach((other, self) => {
    if (other >= 0) sets.union(self, other);
  });
  const { numbers, count: stories } = sets.number();
  const grouped = Array.from({ length: stories }, (): string[] => []);
  numbers.forEach((s, i) => {
    grouped[s]?.push(ids[i] as string);
  });
  return grouped;
}

const [SAME, DERIVED, LEDE, OTHER] = [0, 1, 2, 3];

/** The pairs between the articles, their ends numbered by their place in `ids`, in typed arrays. */
interface NumberedLinks {
  count: number;
  a: Int32Array;
  b: Int32Array;
  kind: Uint8Array;
  strength: Float64Array;
  similarity: Float64Array;
  quoterIsB: Uint8Array;
}

function numbered(pairs: readonly LinkedPair[], ends: Int32Array): NumberedLinks {
  const links: NumberedLinks = {
    count: 0,
    a: new Int32Array(pairs.length),
    b: new Int32Array(pairs.length),
    kind: new Uint8Array(pairs.length),
    strength: new Float64Array(pairs.length),
    similarity: new Float64Array(pairs.length),
    quoterIsB: new Uint8Array(pairs.length),
  };
  pairs.forEach((pair, i) => {
    const [a, b] = [ends[2 * i] as number, ends[2 * i + 1] as number];
    if (a < 0 || b < 0) return;
    const p = links.count++;
    links.a[p] = a;
    links.b[p] = b;
    links.kind[p] =
      pair.link === 'same' ? SAME : pair.link === 'derived' ? DERIVED : pair.link === 'lede' ? LEDE : OTHER;
    links.strength[p] = pair.strength;
    links.similarity[p] = pair.similarity;
    links.quoterIsB[p] = pair.quoter === 'b' ? 1 : 0;
  });
  return links;
}

/** The links between weighed articles, in the order their likeness is summed. */
function weighedPairs(count: number, links: NumberedLinks, routed: (i: number) => boolean): NumberedPairs {
  const kept: number[] = [];
  for (let p = 0; p < links.count; p++)
    if (!routed(links.a[p] as number) && !routed(links.b[p] as number)) kept.push(p);
  const a = new Int32Array(kept.length);
  const b = new Int32Array(kept.length);
  kept.forEach((p, i) => {
    a[i] = links.a[p] as number;
    b[i] = links.b[p] as number;
  });
  const at = (i: number) => kept[i] as number;
  return inSummingOrder(
    count,
    a,
    b,
    (i) => links.similarity[at(i)] as number,
    (i) => links.kind[at(i)] === SAME || links.kind[at(i)] === DERIVED,
  );
}
