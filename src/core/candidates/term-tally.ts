import { withRoom } from './growth.js';

/**
 * The walked rare-term weight a query shares with each document, by slot, reused across queries: a
 * slot's weight is valid only when its stamp is the current query's. Kept apart from `QueryTally`
 * because most documents a query touches share only a term or two and nothing else: a first touch
 * here writes two numbers, not a whole record of evidence. 12 bytes a slot.
 */
export class TermTally {
  private stamps = new Int32Array(0);
  private weights = new Float64Array(0);
  private current = 0;
  /** The slots touched by the query, in the order first touched. */
  touched = new Int32Array(64);
  touchedCount = 0;

  /** Starts a query over slots numbered below `slots`. */
  begin(slots: number): void {
    if (slots > this.stamps.length) {
      this.stamps = withRoom(this.stamps, slots);
      this.weights = withRoom(this.weights, slots);
      this.touched = withRoom(this.touched, slots);
    }
    this.current++;
    this.touchedCount = 0;
  }

  /** One shared term's postings, `slots[start..end)`, each credited with the term's weight. */
  add(slots: Int32Array, start: number, end: number, weight: number): void {
    for (let i = start; i < end; i++) this.credit(slots[i] ?? 0, weight);
  }

  /** The same for postings chained through `next` from `head` (-1 ends a chain). */
  addChain(slots: Int32Array, next: Int32Array, head: number, weight: number): void {
    for (let p = head; p !== -1; p = next[p] ?? -1) this.credit(slots[p] ?? 0, weight);
  }

  private credit(slot: number, weight: number): void {
    if (this.stamps[slot] === this.current) {
      this.weights[slot] = (this.weights[slot] ?? 0) + weight;
    } else {
      this.stamps[slot] = this.current;
      this.weights[slot] = weight;
      this.touched[this.touchedCount++] = slot;
    }
  }

  /** IDF weight of the walked rare terms a slot shares with the query (0 when it shares none). */
  weight(slot: number): number {
    return this.stamps[slot] === this.current ? (this.weights[slot] ?? 0) : 0;
  }
}
