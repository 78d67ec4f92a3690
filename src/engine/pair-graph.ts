import type { LinkedPair } from '../core/cluster/index.js';
import { type ComparedPair, pairKey } from '../core/provenance/index.js';
import { storyLink } from './links.js';

/** The informative pairs found so far, reachable from either article: the graph stories are cut from. */
export class PairGraph {
  private readonly pairs = new Map<string, ComparedPair>();
  private readonly keysByArticle = new Map<string, Set<string>>();

  remember(pair: ComparedPair): void {
    const k = pairKey(pair.a, pair.b);
    this.pairs.set(k, pair);
    for (const id of [pair.a, pair.b]) {
      const keys = this.keysByArticle.get(id);
      if (keys === undefined) this.keysByArticle.set(id, new Set([k]));
      else keys.add(k);
    }
  }

  /** Drops an article's pairs; returns them, to delete from the store. */
  forget(id: string): { a: string; b: string }[] {
    const removed: { a: string; b: string }[] = [];
    for (const k of this.keysByArticle.get(id) ?? []) {
      const pair = this.pairs.get(k);
      if (pair === undefined) continue;
      this.pairs.delete(k);
      this.keysByArticle.get(pair.a === id ? pair.b : pair.a)?.delete(k);
      removed.push({ a: pair.a, b: pair.b });
    }
    this.keysByArticle.delete(id);
    return removed;
  }

  /**
   * The articles linked, directly or not, to any seed, with the links among them: all that a regrouping
   * around the seeds can change, as no link leaves it.
   */
  closure(seeds: Iterable<string>): { ids: Set<string>; linked: LinkedPair[] } {
    const ids = new Set(seeds);
    const queue = [...ids];
    const linked: LinkedPair[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
      for (const k of this.keysByArticle.get(queue[i] as string) ?? []) {
        const pair = this.pairs.get(k);
        if (pair === undefined || seen.has(k)) continue;
        seen.add(k);
        linked.push({ a: pair.a, b: pair.b, ...storyLink(pair.comparison) });
        for (const id of [pair.a, pair.b]) {
          if (ids.has(id)) continue;
          ids.add(id);
          queue.push(id);
        }
      }
    }
    return { ids, linked };
  }

  /** Pairs with at least one article in the group. */
  touching(group: readonly string[]): ComparedPair[] {
    const keys = new Set(group.flatMap((id) => [...(this.keysByArticle.get(id) ?? [])]));
    return [...keys].flatMap((k) => this.pairs.get(k) ?? []);
  }
}
