import { withRoom } from './growth.js';

/**
 * The documents a query rescores on every rare term they share (the best found by walked weight),
 * with the weight they share so far. Each one's rank is kept by slot, valid when its stamp is the
 * current query's, so a posting list can credit the ones it holds in a scan.
 */
export class RescoredSet {
  /** The documents' slots, best first by walked weight. */
  slots = new Int32Array(64);
  /** The rare-term weight each shares with the query. */
  shared = new Float64Array(64);
  count = 0;
  private stamps = new Int32Array(0);
  private ranks = new Int32Array(0);
  private current = 0;

  /** Starts a query over slots numbered below `slots`. */
  begin(slots: number): void {
    if (slots > this.stamps.length) {
      this.stamps = withRoom(this.stamps, slots);
      this.ranks = withRoom(this.ranks, slots);
    }
    this.current++;
    this.count = 0;
  }

  add(slot: number, walkedWeight: number): void {
    const rank = this.count++;
    if (rank === this.slots.length) {
      this.slots = withRoom(this.slots, rank + 1);
      this.shared = withRoom(this.shared, rank + 1);
    }
    this.slots[rank] = slot;
    this.shared[rank] = walkedWeight;
    this.stamps[slot] = this.current;
    this.ranks[slot] = rank;
  }

  /** A slot's rank in the set, or -1 when it is not rescored. */
  rankOf(slot: number): number {
    return this.stamps[slot] === this.current ? (this.ranks[slot] ?? -1) : -1;
  }
}
