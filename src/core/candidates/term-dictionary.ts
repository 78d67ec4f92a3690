import { homeCell, MAX_LOAD, tableSize, withRoom } from './growth.js';

const NONE = -1;

/**
 * Every indexed term (a content-stem hash) with a dense id and its live document frequency. Ids are
 * cells of an open-addressing table of ids, keyed by `keys[id]`: about 14 bytes a term in all.
 */
export class TermDictionary {
  /** The term of each id. */
  private keys = new Uint32Array(64);
  /** Live documents holding each id's term. */
  frequencies = new Int32Array(64);
  /** Ids given out: terms met since the last compaction, some perhaps in no live document now. */
  size = 0;
  private cells = new Int32Array(64).fill(NONE);
  private bits = 6;

  /** The term's id, or -1 when it was never indexed. */
  id(term: number): number {
    return this.cells[this.cell(term)] ?? NONE;
  }

  /** The term's id, given now if it has none. */
  idOrNew(term: number): number {
    let at = this.cell(term);
    const known = this.cells[at] ?? NONE;
    if (known !== NONE) return known;
    if (this.size + 1 > this.cells.length * MAX_LOAD) {
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
    this.cells[at] = id;
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

  private cell(term: number): number {
    const mask = this.cells.length - 1;
    let at = homeCell(term, this.bits);
    for (;;) {
      const id = this.cells[at] ?? NONE;
      if (id === NONE || this.keys[id] === term) return at;
      at = (at + 1) & mask;
    }
  }

  private rehash(items: number): void {
    const size = tableSize(items);
    this.cells = new Int32Array(size).fill(NONE);
    this.bits = Math.log2(size);
    for (let id = 0; id < this.size; id++) this.cells[this.cell(this.keys[id] ?? 0)] = id;
  }
}
