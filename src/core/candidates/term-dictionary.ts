import { homeCell, MAX_LOAD, tableSize, withRoom } from './growth.js';

const NONE = -1;

/**
 * Every indexed term (a content-stem hash) with a dense id and its live document frequency. Ids come
 * from an open-addressing table whose cells hold a term and its id side by side, so a look-up reads
 * one cache line; `keys` gives a term back from its id. About 20 bytes a term in all.
 */
export class TermDictionary {
  /** The term of each id. */
  private keys = new Uint32Array(64);
  /** Live documents holding each id's term. */
  frequencies = new Int32Array(64);
  /** Ids given out: terms met since the last compaction, some perhaps in no live document now. */
  size = 0;
  /** Pairs of (term, id) cells; an id of -1 marks a free pair. */
  private cells = new Int32Array(128).fill(NONE);
  private bits = 6;

  /** The term's id, or -1 when it was never indexed. */
  id(term: number): number {
    return this.cells[this.cell(term) + 1] ?? NONE;
  }

  /** The term's id, given now if it has none. */
  idOrNew(term: number): number {
    let at = this.cell(term);
    const known = this.cells[at + 1] ?? NONE;
    if (known !== NONE) return known;
    if (this.size + 1 > (this.cells.length / 2) * MAX_LOAD) {
      this.rehash(this.size + 1);
      at = this.cell(term);
    }
    const id = this.size++;
    if (this.size > this.keys.length) {
      this.keys = withRoom(this.keys, this.size);
      this.frequencies = withRoom(this.frequencies, this.size);
    }
    this.keys[id] = term;
    this.frequencies[id] = 0;
    this.cells[at] = term;
    this.cells[at + 1] = id;
    return id;
  }

  keyOf(id: number): number {
    return this.keys[id] ?? 0;
  }

  /** Live document frequency of a term (0 for one never indexed). */
  frequency(term: number): number {
    const id = this.id(term);
    return id === NONE ? 0 : (this.frequencies[id] ?? 0);
  }

  /**
   * Drops the terms in no live document and numbers the others 0, 1, ... in their order; returns the
   * new id of each old one (-1 for a dropped one).
   */
  renumber(): Int32Array {
    const renumbered = new Int32Array(this.size).fill(NONE);
    let next = 0;
    for (let id = 0; id < this.size; id++) {
      if ((this.frequencies[id] ?? 0) <= 0) continue;
      renumbered[id] = next;
      this.keys[next] = this.keys[id] ?? 0;
      this.frequencies[next++] = this.frequencies[id] ?? 0;
    }
    this.size = next;
    this.keys = this.keys.slice(0, Math.max(64, next));
    this.frequencies = this.frequencies.slice(0, Math.max(64, next));
    this.rehash(next);
    return renumbered;
  }

  /** Index of the term's cell pair, or of the free pair where it would go (linear probing). */
  private cell(term: number): number {
    const { cells } = this;
    const mask = (cells.length >>> 1) - 1;
    const key = term | 0;
    let at = homeCell(term, this.bits);
    while (cells[2 * at + 1] !== NONE && cells[2 * at] !== key) at = (at + 1) & mask;
    return 2 * at;
  }

  private rehash(items: number): void {
    const size = tableSize(items);
    this.cells = new Int32Array(2 * size).fill(NONE);
    this.bits = Math.log2(size);
    for (let id = 0; id < this.size; id++) {
      const at = this.cell(this.keys[id] ?? 0);
      this.cells[at] = this.keys[id] ?? 0;
      this.cells[at + 1] = id;
    }
  }
}
