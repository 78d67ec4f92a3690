import type { LinkedPair } from '../core/cluster/index.js';
import { type ComparedPair, pairKey } from '../core/provenance/index.js';
import type { PairBearing } from './links.js';

/** A comparison as kept between traces: its JSON (as stored) and how it bears on stories. */
export interface KeptPair extends PairBearing {
  a: string;
  b: string;
  payload: string;
}

/**
 * The informative pairs found so far, reachable from either article: the graph stories are cut from.
 * Comparisons stay in their stored JSON, a third of the memory of the objects, and are read again only
 * for the stories traced; the most recently read are kept read, as a busy story is traced at every batch.
 */
export class PairGraph {
  private readonly pairs = new Map<string, KeptPair>();
  private readonly keysByArticle = new Map<string, Set<string>>();
  private readonly read = new Map<string, ComparedPair>();

  constructor(private readonly keptRead = 20_000) {}

  remember(pair: KeptPair): void {
    const k = pairKey(pair.a, pair.b);
    this.pairs.set(k, pair);
    this.read.delete(k);
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
      this.read.delete(k);
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
        linked.push({ a: pair.a, b: pair.b, link: pair.link, strength: pair.strength });
        for (const id of [pair.a, pair.b]) {
          if (ids.has(id)) continue;
          ids.add(id);
          queue.push(id);
        }
      }
    }
    return { ids, linked };
  }

  /**
   * Pairs with at least one article in the group that bear on provenance, their comparisons read back
   * (tracing reads nothing else: the others only joined the story).
   */
  touching(group: readonly string[]): ComparedPair[] {
    const keys = new Set(group.flatMap((id) => [...(this.keysByArticle.get(id) ?? [])]));
    return [...keys].flatMap((k) => {
      const known = this.read.get(k);
      if (known !== undefined) {
        this.read.delete(k);
        this.read.set(k, known);
        return [known];
      }
      const pair = this.pairs.get(k);
      if (pair === undefined || !pair.provenance) return [];
      const parsed = { a: pair.a, b: pair.b, comparison: JSON.parse(pair.payload) };
      this.read.set(k, parsed);
      if (this.read.size > this.keptRead) this.read.delete(this.read.keys().next().value as string);
      return [parsed];
    });
  }
}
