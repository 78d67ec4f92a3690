const NONE = -1;
const INITIAL_BITS = 12;

/**
 * key → list of small non-negative integers; the one posting-list layout of the candidate index, all
 * in typed arrays so a lookup costs a probe or two and no object is allocated per key or per posting.
 * - Each key gets a dense id on first sight, from an open-addressing table of (key, id) cell pairs.
 * - Each id's list is contiguous in one shared heap; a full list moves to the heap's end with twice
 *   its capacity, and the heap is compacted when more of it is abandoned than in use.
 * Readers walk `values` from `start(id)` for `count(id)` items; any change may move lists.
 */
export class Postings {
  private table = new Int32Array(2 << INITIAL_BITS).fill(NONE);
  /** 32 minus log2 of the number of cells: a key's home cell is the top bits of its Fibonacci hash. */
  private shift = 32 - INITIAL_BITS;
  private keys = 0;
  /** Per id, side by side so one look-up touches one cache line: start, count and capacity of its list. */
  private lists = new Int32Array(3 << INITIAL_BITS);
  private heap = new Int32Array(1 << (INITIAL_BITS + 2));
  private heapEnd = 0;
  private abandoned = 0;

  get values(): Int32Array {
    return this.heap;
  }

  /** The key's id, or -1 when it was never added. */
  id(key: number): number {
    return this.table[this.cell(key) + 1] ?? NONE;
  }

  start(id: number): number {
    return this.lists[3 * id] ?? 0;
  }

  /** Items in the id's list; 0 for -1. */
  count(id: number): number {
    return id === NONE ? 0 : (this.lists[3 * id + 1] ?? 0);
  }

  /** Each key and its id. */
  keyIds(): { keys: Uint32Array; ids: Int32Array } {
    const keys = new Uint32Array(this.keys);
    const ids = new Int32Array(this.keys);
    let n = 0;
    for (let at = 0; at < this.table.length; at += 2) {
      const id = this.table[at + 1] ?? NONE;
      if (id === NONE) continue;
      keys[n] = this.table[at] ?? 0;
      ids[n++] = id;
    }
    return { keys, ids };
  }

  /** Appends `value` to the key's list; returns the key's id. */
  add(key: number, value: number): number {
    const at = this.cell(key);
    let id = this.table[at + 1] ?? NONE;
    if (id === NONE) {
      id = this.newId();
      this.table[at] = key;
      this.table[at + 1] = id;
      if (this.keys * 2 > this.table.length >>> 1) this.growTable();
    }
    const count = this.lists[3 * id + 1] ?? 0;
    if (count === this.lists[3 * id + 2]) this.move(id, Math.max(1, count * 2));
    this.heap[(this.lists[3 * id] ?? 0) + count] = value;
    this.lists[3 * id + 1] = count + 1;
    return id;
  }

  /** Index of the key's cell pair, or of the empty pair where it would go (linear probing). */
  private cell(key: number): number {
    const mask = (this.table.length >>> 1) - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    const k = key | 0;
    while (this.table[2 * at + 1] !== NONE && this.table[2 * at] !== k) at = (at + 1) & mask;
    return 2 * at;
  }

  private newId(): number {
    const id = this.keys++;
    if (3 * id === this.lists.length) this.lists = grown(this.lists);
    return id;
  }

  private growTable(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(NONE);
    this.shift--;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === NONE) continue;
      const at = this.cell(old[i] ?? 0);
      this.table[at] = old[i] ?? 0;
      this.table[at + 1] = old[i + 1] ?? NONE;
    }
  }

  /** Gives the id's list a new home of `capacity` items at the heap's end. */
  private move(id: number, capacity: number): void {
    if (this.heapEnd + capacity > this.heap.length) this.makeRoom(capacity);
    const start = this.lists[3 * id] ?? 0;
    const count = this.lists[3 * id + 1] ?? 0;
    // Lists are short: a loop beats the call into copyWithin.
    for (let i = 0; i < count; i++) this.heap[this.heapEnd + i] = this.heap[start + i] ?? 0;
    this.abandoned += this.lists[3 * id + 2] ?? 0;
    this.lists[3 * id] = this.heapEnd;
    this.lists[3 * id + 2] = capacity;
    this.heapEnd += capacity;
  }

  /** Copies the live lists into a new heap at least twice their size (so this is rare), dropping what was abandoned. */
  private makeRoom(needed: number): void {
    const live = this.heapEnd - this.abandoned;
    let size = this.heap.length;
    while (live + needed > size / 2) size *= 2;
    const heap = new Int32Array(size);
    let end = 0;
    for (let id = 0; id < this.keys; id++) {
      const start = this.lists[3 * id] ?? 0;
      const count = this.lists[3 * id + 1] ?? 0;
      for (let i = 0; i < count; i++) heap[end + i] = this.heap[start + i] ?? 0;
      this.lists[3 * id] = end;
      end += this.lists[3 * id + 2] ?? 0;
    }
    this.heap = heap;
    this.heapEnd = end;
    this.abandoned = 0;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
