import { resized, withRoom } from './growth.js';
import type { RescoredSet } from './rescored-set.js';
import type { TermLists } from './term-lists.js';
import type { TermTally } from './term-tally.js';

const NONE = -1;
/** The tail is merged into the base once it holds this many postings and a quarter of the base. */
const MIN_TAIL = 4096;

/**
 * The slots holding each term id, ascending. Most postings sit in a compact base of all lists back to
 * back, id after id (`offsets[id]` is where a list starts): 4 bytes a posting, no room left to grow.
 * Postings added since the base was built wait in a tail, chained per id newest first (8 bytes a
 * posting), and are merged into a new base once they come to a quarter of it: each posting is copied
 * about five times in all.
 */
export class TermPostings {
  private offsets = new Int32Array(1);
  private base = new Int32Array(0);
  private baseIds = 0;
  private tailHeads = new Int32Array(64).fill(NONE);
  /** Tail postings per id: the merge sizes lists without walking the chains twice. */
  private tailCounts = new Int32Array(64);
  private tailSlots = new Int32Array(64);
  private tailNext = new Int32Array(64);
  private tailCount = 0;
  /** One more than the largest id posted. */
  private ids = 0;

  /** Posts a slot under an id; slots come in ascending order (each document's after the one before). */
  add(id: number, slot: number): void {
    if (id >= this.ids) {
      this.ids = id + 1;
      if (this.ids > this.tailHeads.length) {
        const before = this.tailHeads.length;
        this.tailHeads = withRoom(this.tailHeads, this.ids);
        this.tailHeads.fill(NONE, before);
        this.tailCounts = resized(this.tailCounts, this.tailHeads.length);
      }
    }
    const p = this.tailCount++;
    if (p === this.tailSlots.length) {
      // Doubled: the tail is emptied at each merge, so its growth copies would add up to a base's worth.
      this.tailSlots = resized(this.tailSlots, 2 * p);
      this.tailNext = resized(this.tailNext, 2 * p);
    }
    this.tailSlots[p] = slot;
    this.tailNext[p] = this.tailHeads[id] ?? NONE;
    this.tailHeads[id] = p;
    this.tailCounts[id] = (this.tailCounts[id] ?? 0) + 1;
    if (this.tailCount >= MIN_TAIL && this.tailCount * 4 >= this.base.length) this.merge();
  }

  /** Credits every slot holding the id with `weight` in the tally. */
  credit(id: number, weight: number, tally: TermTally): void {
    if (id < this.baseIds) tally.add(this.base, this.offsets[id] ?? 0, this.offsets[id + 1] ?? 0, weight);
    tally.addChain(this.tailSlots, this.tailNext, this.tailHeads[id] ?? NONE, weight);
  }

  /**
   * Adds `weight` to the share of each rescored document holding the id, merging the list with the
   * set's slots (both ascending); a list much longer than the set is searched from each document in
   * turn by galloping, so the cost stays bounded by the set's size, whatever the term's frequency.
   */
  creditRescored(id: number, weight: number, set: RescoredSet): void {
    for (let p = this.tailHeads[id] ?? NONE; p !== NONE; p = this.tailNext[p] ?? NONE) {
      set.credit(this.tailSlots[p] ?? 0, weight);
    }
    if (id >= this.baseIds) return;
    const { base } = this;
    const { sortedSlots, sortedRanks, shared, count } = set;
    const end = this.offsets[id + 1] ?? 0;
    let at = this.offsets[id] ?? 0;
    const gallop = end - at > 4 * count;
    for (let j = 0; j < count && at < end; j++) {
      const slot = sortedSlots[j] ?? 0;
      if (gallop) {
        let step = 1;
        while (at + step < end && (base[at + step] ?? 0) < slot) step *= 2;
        let high = Math.min(end, at + step + 1);
        while (at < high) {
          const mid = (at + high) >>> 1;
          if ((base[mid] ?? 0) < slot) at = mid + 1;
          else high = mid;
        }
      } else {
        while (at < end && (base[at] ?? 0) < slot) at++;
      }
      if (at < end && base[at] === slot) {
        const rank = sortedRanks[j] ?? 0;
        shared[rank] = (shared[rank] ?? 0) + weight;
      }
    }
  }

  /** Posts again, from scratch, the lists of the first `count` slots (after a compaction renumbered them). */
  rebuild(lists: TermLists, count: number): void {
    this.offsets = new Int32Array(1);
    this.base = new Int32Array(0);
    this.baseIds = 0;
    this.tailHeads = new Int32Array(64).fill(NONE);
    this.tailCounts = new Int32Array(64);
    this.tailCount = 0;
    this.ids = 0;
    for (let slot = 0; slot < count; slot++) {
      const n = lists.read(slot);
      for (let i = 0; i < n; i++) this.add(lists.ids[i] ?? 0, slot);
    }
    this.merge();
  }

  /** Builds a new base from the old one and the tail, which empties. */
  private merge(): void {
    const { ids, base, offsets, baseIds, tailHeads, tailCounts, tailSlots, tailNext } = this;
    const merged = new Int32Array(base.length + this.tailCount);
    const mergedOffsets = new Int32Array(ids + 1);
    let end = 0;
    for (let id = 0; id < ids; id++) {
      if (id < baseIds) {
        const from = offsets[id] ?? 0;
        const to = offsets[id + 1] ?? 0;
        // Long lists (common terms, most postings) in one native copy; short ones item by item.
        if (to - from > 32) merged.set(base.subarray(from, to), end);
        else for (let i = from; i < to; i++) merged[end + i - from] = base[i] ?? 0;
        end += to - from;
      }
      // The tail chain runs newest first: its part of the list is filled from the back.
      end += tailCounts[id] ?? 0;
      let at = end;
      for (let p = tailHeads[id] ?? NONE; p !== NONE; p = tailNext[p] ?? NONE) merged[--at] = tailSlots[p] ?? 0;
      mergedOffsets[id + 1] = end;
    }
    this.base = merged;
    this.offsets = mergedOffsets;
    this.baseIds = ids;
    tailHeads.fill(NONE);
    tailCounts.fill(0);
    this.tailCount = 0;
    // The tail shrinks back: left at its largest it would hold a quarter of the base for nothing.
    const room = Math.max(64, Math.ceil(merged.length / 32));
    this.tailSlots = new Int32Array(room);
    this.tailNext = new Int32Array(room);
  }
}
