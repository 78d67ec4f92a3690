import { compareIds } from '../contract/order.js';
import { centroidLinkage } from './centroid-linkage.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair } from './types.js';
import { UnionFind } from './union-find.js';

/**
 * Groups articles into stories. Articles that derive from one another are one story from the start;
 * then stories are merged while their articles' summed term vectors are alike enough and a `same` link
 * joins them (`centroidLinkage`): a story is weighed as a whole, so an article joins the event most of
 * its reports describe, and a chain of pairwise likeness does not fuse two events. `published` gives an
 * article's publication time (NaN when unknown): stories far apart in time need more likeness. An article tied to
 * others only by quoting their ledes (an aggregator page stitching several stories) joins the story of
 * its strongest lede link instead (equal ones: the smaller id), so one aggregator never fuses unrelated
 * stories. Stories list their articles in the order of `ids`, and come in the order of their first.
 */
export function groupStories(
  ids: readonly string[],
  pairs: readonly LinkedPair[],
  published: (id: string) => number = () => Number.NaN,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[][] {
  const derived = new Set<string>();
  const joined = new Set<string>();
  const quoted = new Map<string, number>();
  for (const p of pairs) {
    if (p.link === 'derived') for (const id of [p.a, p.b]) derived.add(id);
    if (p.link === 'derived' || p.link === 'same') for (const id of [p.a, p.b]) joined.add(id);
    if (p.link === 'lede') {
      const quoter = p.quoter === 'b' ? p.b : p.a;
      quoted.set(quoter, (quoted.get(quoter) ?? 0) + 1);
    }
  }
  // A page quoting several ledes (a briefing, an aggregator) shares words with every story it quotes:
  // it is not weighed with them, it joins one by its ledes. So does an article with no other link.
  const routed = (id: string) => !derived.has(id) && ((quoted.get(id) ?? 0) >= 2 || !joined.has(id));
  const families = new UnionFind();
  for (const id of ids) if (!routed(id)) families.add(id);
  for (const p of pairs) if (p.link === 'derived') families.union(p.a, p.b);
  const weighed = pairs.filter((p) => !routed(p.a) && !routed(p.b));
  const sets = new UnionFind();
  for (const id of ids) sets.add(id);
  for (const story of centroidLinkage(families.groups(), weighed, published, options)) {
    for (const id of story) sets.union(story[0] as string, id);
  }
  const bestLede = new Map<string, LinkedPair>();
  for (const p of pairs) {
    if (p.link !== 'lede') continue;
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      if (!routed(self)) continue;
      const known = bestLede.get(self);
      const stronger =
        known === undefined ||
        p.strength > known.strength ||
        (p.strength === known.strength && compareIds(other, known.b) < 0);
      if (stronger) bestLede.set(self, { ...p, a: self, b: other });
    }
  }
  for (const [self, p] of bestLede) sets.union(self, p.b);
  return sets.groups();
}
