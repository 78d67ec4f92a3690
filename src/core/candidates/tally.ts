// Per-slot fields, side by side in one cache line: a first touch and the visits after it stay there.
const STAMP = 0;
const SELECTED = 1;
const SHARED = 2;
const SHARED_LEDE = 3;
const SHARED_QUERY_LEDE = 4;
const TERM_WEIGHT = 5;
const TERM_SCORE = 6;
const STRIDE = 8;

/**
 * What one query found for each indexed document, by slot, in one typed array reused across queries:
 * a slot's fields are valid only when its stamp is the current query's, so nothing is cleared between
 * queries and only the slots touched are visited afterwards. The adders take a range of a postings
 * heap, so the per-posting loops run here, over local arrays.
 */
export class QueryTally {
  private cells = new Float64Array(0);
  private current = 0;
  touched = new Int32Array(0);
  touchedCount = 0;

  /** Starts a query over slots numbered below `slots`. */
  begin(slots: number): void {
    if (slots * STRIDE > this.cells.length) {
      const size = Math.max(slots, (this.cells.length / STRIDE) * 2, 64);
      const cells = new Float64Array(size * STRIDE);
      cells.set(this.cells);
      this.cells = cells;
      this.touched = new Int32Array(size);
    }
    this.current++;
    this.touchedCount = 0;
  }

  /** Band hits: `slots[start..end)` share a band key with the query. */
  select(slots: Int32Array, start: number, end: number): void {
    for (let i = start; i < end; i++) this.markSelected(slots[i] ?? 0);
  }

  /**
   * One query sample's postings: codes are slot·2 plus the LEDE_BIT of the slot's own sample.
   * `ledeEvidence` is 0 for a sample too common to tell a quoted lede from a stock phrase.
   */
  addSample(codes: Int32Array, start: number, end: number, inQueryLede: number, ledeEvidence: number): void {
    const { cells, current } = this;
    for (let i = start; i < end; i++) {
      const code = codes[i] ?? 0;
      const at = (code >>> 1) * STRIDE;
      if (cells[at + STAMP] !== current) this.open(code >>> 1);
      cells[at + SHARED] = (cells[at + SHARED] ?? 0) + 1;
      cells[at + SHARED_LEDE] = (cells[at + SHARED_LEDE] ?? 0) + (code & ledeEvidence);
      cells[at + SHARED_QUERY_LEDE] = (cells[at + SHARED_QUERY_LEDE] ?? 0) + (inQueryLede & ledeEvidence);
    }
  }

  /** One shared term's postings, each slot credited with its weight. */
  addTerm(slots: Int32Array, start: number, end: number, weight: number): void {
    const { cells, current } = this;
    for (let i = start; i < end; i++) {
      const slot = slots[i] ?? 0;
      const at = slot * STRIDE;
      if (cells[at + STAMP] !== current) this.open(slot);
      cells[at + TERM_WEIGHT] = (cells[at + TERM_WEIGHT] ?? 0) + weight;
    }
  }

  /** A candidate by itself: it shares an LSH band with the query, or is a best term match. */
  markSelected(slot: number): void {
    if (this.cells[slot * STRIDE + STAMP] !== this.current) this.open(slot);
    this.cells[slot * STRIDE + SELECTED] = 1;
  }

  isSelected(slot: number): boolean {
    return this.cells[slot * STRIDE + SELECTED] === 1;
  }

  /** Samples shared with the query. */
  shared(slot: number): number {
    return this.cells[slot * STRIDE + SHARED] ?? 0;
  }

  /** The slot's lede samples among them. */
  sharedLede(slot: number): number {
    return this.cells[slot * STRIDE + SHARED_LEDE] ?? 0;
  }

  /** The query's lede samples among them. */
  sharedQueryLede(slot: number): number {
    return this.cells[slot * STRIDE + SHARED_QUERY_LEDE] ?? 0;
  }

  /** IDF weight of the rare terms shared with the query. */
  termWeight(slot: number): number {
    return this.cells[slot * STRIDE + TERM_WEIGHT] ?? 0;
  }

  /** Normalised term score, when the slot was scored (0 otherwise). */
  termScore(slot: number): number {
    return this.cells[slot * STRIDE + TERM_SCORE] ?? 0;
  }

  setTermScore(slot: number, score: number): void {
    this.cells[slot * STRIDE + TERM_SCORE] = score;
  }

  /** Makes a slot's fields current, zeroed, and lists it as touched. */
  private open(slot: number): void {
    const { cells } = this;
    const at = slot * STRIDE;
    cells[at + STAMP] = this.current;
    cells[at + SELECTED] = 0;
    cells[at + SHARED] = 0;
    cells[at + SHARED_LEDE] = 0;
    cells[at + SHARED_QUERY_LEDE] = 0;
    cells[at + TERM_WEIGHT] = 0;
    cells[at + TERM_SCORE] = 0;
    this.touched[this.touchedCount++] = slot;
  }
}
