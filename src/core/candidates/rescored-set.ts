import { withRoom } from './growth.js';

/**
 * The documents a query rescores on every rare term they share (the best found by walked weight),
 * with the weight they share so far. Once all are in, `seal` orders them by slot, so a posting list
 * (ascending slots too) credits the ones it holds by merging with them.
 */
export class RescoredSet {
  /** The documents' slots, best first by walked weight. */
  slots = new Int32Array(64);
  /** The rare-term weight each shares with the query. */
  shared = new Float64Array(64);
  count = 0;
  /** The slots in ascending order, and the rank of each. */
  sortedSlots = new Int32Array(64);
  sortedRanks = new Int32Array(64);

  clear(): void {
    this.count = 0;
  }

  add(slot: number, walkedWeight: number): void {
    const rank = this.count++;
    if (rank === this.slots.length) {
      this.slots = withRoom(this.slots, rank + 1);
      this.shared = withRoom(this.shared, rank + 1);
      this.sortedSlots = withRoom(this.sortedSlots, rank + 1);
      this.sortedRanks = withRoom(this.sortedRanks, rank + 1);
    }
    this.slots[rank] = slot;
    this.shared[rank] = walkedWeight;
  }

  /** Orders the slots (an insertion sort: a set holds a few dozen). */
  seal(): void {
    const { sortedSlots, sortedRanks } = this;
    for (let rank = 0; rank < this.count; rank++) {
      const slot = this.slots[rank] ?? 0;
      let at = rank;
      for (; at > 0 && (sortedSlots[at - 1] ?? 0) > slot; at--) {
        sortedSlots[at] = sortedSlots[at - 1] ?? 0;
        sortedRanks[at] = sortedRanks[at - 1] ?? 0;
      }
      sortedSlots[at] = slot;
      sortedRanks[at] = rank;
    }
  }

  /** Adds `weight` to the share of the document at `slot`, when it is in the set. */
  credit(slot: number, weight: number): void {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sortedSlots[mid] ?? 0) < slot) low = mid + 1;
      else high = mid;
    }
    if (low < this.count && this.sortedSlots[low] === slot) {
      const rank = this.sortedRanks[low] ?? 0;
      this.shared[rank] = (this.shared[rank] ?? 0) + weight;
    }
  }
}
