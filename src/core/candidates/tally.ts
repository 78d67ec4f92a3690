import { withRoom } from './growth.js';

/**
 * What one query found for each document, by slot, in typed arrays reused across queries: a slot's
 * fields are valid only when its stamp is the current query's, so nothing is cleared between queries
 * and only the slots touched are visited afterwards (25 bytes a slot). Shared rare-term weight is
 * tallied apart, in `TermTally`; a slot's term score lands here once it is scored.
 */
export class QueryTally {
  private stamps = new Int32Array(0);
  private current = 0;
  /** The slots touched by the query, in the order first touched. */
  touched = new Int32Array(64);
  touchedCount = 0;
  private selected = new Uint8Array(0);
  private sharedSamples = new Int32Array(0);
  private sharedLedeSamples = new Int32Array(0);
  private sharedQueryLedeSamples = new Int32Array(0);
  private termScores = new Float64Array(0);

  /** Starts a query over slots numbered below `slots`. */
  begin(slots: number): void {
    if (slots > this.stamps.length) {
      this.stamps = withRoom(this.stamps, slots);
      this.selected = withRoom(this.selected, slots);
      this.sharedSamples = withRoom(this.sharedSamples, slots);
      this.sharedLedeSamples = withRoom(this.sharedLedeSamples, slots);
      this.sharedQueryLedeSamples = withRoom(this.sharedQueryLedeSamples, slots);
      this.termScores = withRoom(this.termScores, slots);
      this.touched = withRoom(this.touched, slots);
    }
    this.current++;
    this.touchedCount = 0;
  }

  /**
   * One query sample's postings: codes are slot·2 plus the LEDE_BIT of the slot's own sample.
   * `ledeEvidence` is 0 for a sample too common to tell a quoted lede from a stock phrase.
   */
  addSample(codes: Int32Array, count: number, inQueryLede: number, ledeEvidence: number): void {
    const { sharedSamples, sharedLedeSamples, sharedQueryLedeSamples } = this;
    for (let i = 0; i < count; i++) {
      const code = codes[i] ?? 0;
      const slot = code >>> 1;
      if (this.stamps[slot] !== this.current) this.open(slot);
      sharedSamples[slot] = (sharedSamples[slot] ?? 0) + 1;
      sharedLedeSamples[slot] = (sharedLedeSamples[slot] ?? 0) + (code & ledeEvidence);
      sharedQueryLedeSamples[slot] = (sharedQueryLedeSamples[slot] ?? 0) + (inQueryLede & ledeEvidence);
    }
  }

  /** A candidate by itself: it shares an LSH band with the query, or is a best term match. */
  markSelected(slot: number): void {
    if (this.stamps[slot] !== this.current) this.open(slot);
    this.selected[slot] = 1;
  }

  isSelected(slot: number): boolean {
    return this.selected[slot] === 1;
  }

  /** Samples shared with the query. */
  shared(slot: number): number {
    return this.sharedSamples[slot] ?? 0;
  }

  /** The slot's lede samples among them. */
  sharedLede(slot: number): number {
    return this.sharedLedeSamples[slot] ?? 0;
  }

  /** The query's lede samples among them. */
  sharedQueryLede(slot: number): number {
    return this.sharedQueryLedeSamples[slot] ?? 0;
  }

  /** Normalised term score, when the slot was scored (0 otherwise). */
  termScore(slot: number): number {
    return this.termScores[slot] ?? 0;
  }

  setTermScore(slot: number, score: number): void {
    if (this.stamps[slot] !== this.current) this.open(slot);
    this.termScores[slot] = score;
  }

  /** Makes a slot's fields current, zeroed, and lists it as touched. */
  private open(slot: number): void {
    this.stamps[slot] = this.current;
    this.selected[slot] = 0;
    this.sharedSamples[slot] = 0;
    this.sharedLedeSamples[slot] = 0;
    this.sharedQueryLedeSamples[slot] = 0;
    this.termScores[slot] = 0;
    this.touched[this.touchedCount++] = slot;
  }
}
