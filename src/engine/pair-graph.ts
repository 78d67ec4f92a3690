import type { LinkedPair } from '../core/cluster/index.js';
import { type ComparedPair, pairKey } from '../core/provenance/index.js';
import type { PairRecord } from '../store/types.js';
import type { PairBearing } from './links.js';

/** A comparison as kept between traces: how it bears on stories and, while kept in memory, its JSON (as stored). */
export interface KeptPair extends PairBearing {
  a: string;
  b: string;
  /** Undefined once both articles have left the window: it is read back from the store when needed. */
  payload: string | undefined;
  /** The last `closure` that reached it. */
  walk?: number;
}

/** A kept pair with its articles' numbers. */
interface GraphPair extends KeptPair {
  seqA: number;
  seqB: number;
}

/** Reads the JSON of stored pairs (`Store.getPairs`). */
export type PairLoader = (pairs: readonly { a: string; b: string }[]) => Promise<PairRecord[]>;

/**
 * The informative pairs found so far, reachable from either article: the graph stories are cut from.
 * Comparisons stay in their stored JSON, a third of the memory of the objects, and are read again only
 * for the stories traced; the most recently read are kept read, as a busy story is traced at every batch.
 * The JSON of a pair between two articles the window has left is dropped (`shelve`): such a pair is
 * needed again only when a new article joins its story, and is then read back from the store. Its link
 * and strength stay, as regrouping reads them at every batch. Each article lists its pairs in the
 * order they were found (an array: most articles have one or two), and that order is the order of
 * the links and comparisons handed to regrouping and tracing.
 */
export class PairGraph {
  /** Each article's pairs, by the article's number (`seq`): regrouping walks them at every batch. */
  private readonly pairsBySeq: GraphPair[][] = [];
  private readonly read = new Map<KeptPair, ComparedPair>();
  /** Closures taken so far: each marks the pairs and articles it reaches with its number. */
  private walks = 0;
  /** By article number, the last closure that reached the article, and its place in that closure. */
  private reached = new Int32Array(0);
  private place = new Int32Array(0);

  /**
   * `seqOf`: the number of an article in the store (its `seq`, 0 for none), which orders a closure's
   * articles. It must know every article the graph holds pairs of, until the article is forgotten here.
   */
  constructor(
    private readonly load: PairLoader,
    private readonly seqOf: (id: string) => number,
    private readonly keptRead = 20_000,
  ) {}

  remember(found: KeptPair): void {
    // Kept in objects of one shape, whatever shape the pair came in: regrouping reads every kept pair
    // at every batch, and objects of many shapes make every read a slow one.
    const pair: GraphPair = {
      a: found.a,
      b: found.b,
      link: found.link,
      strength: found.strength,
      similarity: found.similarity,
      quoter: found.quoter,
      provenance: found.provenance,
      payload: found.payload,
      walk: 0,
      seqA: this.storeNumber(found.a),
      seqB: this.storeNumber(found.b),
    };
    // Compared by ids, not by key: a popular article has hundreds of pairs, and a key is a new string.
    const known = this.pairsOf(pair.a).find(
      (p) => (p.a === pair.a && p.b === pair.b) || (p.a === pair.b && p.b === pair.a),
    );
    if (known !== undefined) this.read.delete(known);
    for (const seq of [pair.seqA, pair.seqB]) {
      const pairs = this.pairsBySeq[seq];
      if (pairs === undefined) this.pairsBySeq[seq] = [pair];
      else if (known === undefined) pairs.push(pair);
      // A pair found again keeps its place.
      else pairs.splice(pairs.indexOf(known), 1, pair);
    }
  }

  /** Drops an article's pairs; returns them, to delete from the store. */
  forget(id: string): { a: string; b: string }[] {
    const seq = this.seqOf(id);
    const pairs = this.pairsBySeq[seq] ?? [];
    delete this.pairsBySeq[seq];
    for (const pair of pairs) {
      this.read.delete(pair);
      const other = pair.seqA === seq ? pair.seqB : pair.seqA;
      const left = this.pairsBySeq[other]?.filter((p) => p !== pair) ?? [];
      if (left.length > 0) this.pairsBySeq[other] = left;
      else delete this.pairsBySeq[other];
    }
    return pairs.map(({ a, b }) => ({ a, b }));
  }

  /**
   * The articles linked, directly or not, to any seed (`ids`, in the order they were added: by `seq`),
   * with the links among them: all that a regrouping around the seeds can change, as no link leaves it.
   * A `near` link joins no stories by itself, so it is not followed; it is handed over when both its
   * articles are reached. `ends` gives the places in `ids` of each link's articles: `a` of the pth at 2p,
   * `b` at 2p + 1 (regrouping numbers articles, and this walk has them numbered already).
   */
  closure(seeds: Iterable<string>): { ids: string[]; linked: LinkedPair[]; ends: Int32Array } {
    // A busy store's closure holds most of its pairs and articles: they are walked by number and
    // marked, not looked up by id or kept in sets, at every batch.
    const walk = ++this.walks;
    /** The numbers of the articles reached, in the order reached, and their ids. */
    const reached: number[] = [];
    const names: string[] = [];
    const reach = (seq: number, id: string): void => {
      if (seq >= this.reached.length) this.growTo(seq);
      if (this.reached[seq] === walk) return;
      this.reached[seq] = walk;
      reached.push(seq);
      names.push(id);
    };
    for (const seed of seeds) reach(this.storeNumber(seed), seed);
    const linked: GraphPair[] = [];
    const near: GraphPair[] = [];
    for (let i = 0; i < reached.length; i++) {
      for (const pair of this.pairsBySeq[reached[i] as number] ?? []) {
        if (pair.walk === walk) continue;
        pair.walk = walk;
        if (pair.link === 'near') {
          near.push(pair);
          continue;
        }
        linked.push(pair);
        reach(pair.seqA, pair.a);
        reach(pair.seqB, pair.b);
      }
    }
    for (const pair of near) {
      if (this.reached[pair.seqA] === walk && this.reached[pair.seqB] === walk) linked.push(pair);
    }
    Int32Array.from(reached)
      .sort()
      .forEach((seq, at) => {
        this.place[seq] = at;
      });
    const ids = new Array<string>(reached.length);
    reached.forEach((seq, i) => {
      ids[this.place[seq] as number] = names[i] as string;
    });
    const ends = new Int32Array(2 * linked.length);
    linked.forEach((pair, p) => {
      ends[2 * p] = this.place[pair.seqA] as number;
      ends[2 * p + 1] = this.place[pair.seqB] as number;
    });
    return { ids, linked, ends };
  }

  /**
   * Drops the JSON of the pairs of these articles whose other article is not `held` either, read or not
   * (it stays in the store).
   */
  shelve(ids: readonly string[], held: (id: string) => boolean): void {
    for (const id of ids) {
      for (const pair of this.pairsOf(id)) {
        if (held(pair.a) || held(pair.b)) continue;
        pair.payload = undefined;
        this.read.delete(pair);
      }
    }
  }

  /**
   * For each group, the pairs with at least one article in it that bear on provenance, or that `wanted`
   * asks for (given the group's number), their comparisons read back (tracing reads nothing else: the
   * others only joined the story). The JSON of shelved pairs is read from the store at once for all
   * groups. A pair only weighed for stories has no comparison to read: it is left out.
   */
  async touching(
    groups: readonly (readonly string[])[],
    wanted: (group: number, a: string, b: string) => boolean = () => false,
  ): Promise<ComparedPair[][]> {
    const pairsOfGroups = groups.map(
      (group, i) =>
        new Set(group.flatMap((id) => this.pairsOf(id).filter((pair) => pair.provenance || wanted(i, pair.a, pair.b)))),
    );
    const shelved = new Set<KeptPair>();
    for (const pairs of pairsOfGroups) {
      for (const pair of pairs) if (pair.payload === undefined && !this.read.has(pair)) shelved.add(pair);
    }
    const fetched = new Map<string, string>();
    if (shelved.size > 0) {
      for (const { a, b, payload } of await this.load([...shelved])) fetched.set(pairKey(a, b), payload);
    }
    const touching = pairsOfGroups.map((pairs) =>
      [...pairs].map((pair) => this.comparison(pair, fetched)).filter((pair) => !('likeness' in pair.comparison)),
    );
    // Trimmed only now: a shelved pair found read above must still be read when its group comes.
    for (const pair of this.read.keys()) {
      if (this.read.size <= this.keptRead) break;
      this.read.delete(pair);
    }
    return touching;
  }

  private pairsOf(id: string): GraphPair[] {
    return this.pairsBySeq[this.seqOf(id)] ?? [];
  }

  /** An article's number; articles are numbered from 1, and two articles never share one. */
  private storeNumber(id: string): number {
    const seq = this.seqOf(id);
    if (!(seq >= 1)) throw new Error(`the pair graph has no number for article ${JSON.stringify(id)}`);
    return seq;
  }

  private growTo(seq: number): void {
    const size = Math.max(2 * this.reached.length, seq + 1, 1024);
    const reached = new Int32Array(size);
    reached.set(this.reached);
    this.reached = reached;
    this.place = new Int32Array(size);
  }

  private comparison(pair: KeptPair, fetched: ReadonlyMap<string, string>): ComparedPair {
    const known = this.read.get(pair);
    if (known !== undefined) {
      this.read.delete(pair);
      this.read.set(pair, known);
      return known;
    }
    const payload = pair.payload ?? fetched.get(pairKey(pair.a, pair.b));
    if (payload === undefined) throw new Error(`the pair ${pair.a} ~ ${pair.b} is missing from the store`);
    const parsed = { a: pair.a, b: pair.b, comparison: JSON.parse(payload) };
    this.read.set(pair, parsed);
    return parsed;
  }
}
