import { compareIds } from '../contract/order.js';
import type { LinkedPair } from './types.js';
import { UnionFind } from './union-find.js';

/**
 * Groups articles into stories: connected components of same-story links. An article tied to others
 * only by quoting their ledes (an aggregator page stitching several stories) joins the story of its
 * strongest lede link instead (equal ones: the smaller id), so one aggregator never fuses unrelated stories.
 */
export function groupStories(ids: readonly string[], pairs: readonly LinkedPair[]): string[][] {
  const sets = new UnionFind();
  for (const id of ids) sets.add(id);
  const sameDegree = new Map<string, number>();
  for (const p of pairs) {
    if (p.link !== 'same') continue;
    sets.union(p.a, p.b);
    sameDegree.set(p.a, (sameDegree.get(p.a) ?? 0) + 1);
    sameDegree.set(p.b, (sameDegree.get(p.b) ?? 0) + 1);
  }
  const bestLede = new Map<string, LinkedPair>();
  for (const p of pairs) {
    if (p.link !== 'lede') continue;
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      if ((sameDegree.get(self) ?? 0) > 0) continue;
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
