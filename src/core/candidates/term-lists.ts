import { withRoom } from './growth.js';

/** A 16-bit gap of 0 never occurs (ids are distinct): it marks a gap too large, given in the next two. */
const ESCAPE = 0;

/**
 * Each slot's term ids, sorted, as 16-bit gaps in one pool: 2 bytes a term instead of 4 (gaps of a
 * document's ids are far below 65,536 until a corpus has millions of terms), and decoded without a
 * branch per term. Read back whole, in order, when a document is removed, its weight recomputed or
 * the index compacted; never searched.
 */
export class TermLists {
  private gaps = new Uint16Array(0);
  /** Where each slot's list starts; `starts[slot + 1]` is where it ends. */
  private starts = new Int32Array(65);
  /** Ids decoded by the last `read`. */
  ids = new Int32Array(256);

  /** Stores the distinct sorted ids of the slot after every one stored. */
  add(slot: number, sortedIds: Int32Array, count: number): void {
    const start = this.starts[slot] ?? 0;
    if (start + count * 3 > this.gaps.length) this.gaps = withRoom(this.gaps, start + count * 3);
    if (slot + 2 > this.starts.length) this.starts = withRoom(this.starts, slot + 2);
    this.starts[slot + 1] = encode(sortedIds, count, this.gaps, start);
  }

  /** Decodes a slot's ids into `ids`; returns their number. */
  read(slot: number): number {
    const start = this.starts[slot] ?? 0;
    const end = this.starts[slot + 1] ?? 0;
    if (end - start > this.ids.length) this.ids = withRoom(this.ids, end - start);
    return decode(this.gaps, start, end, this.ids);
  }

  /**
   * Keeps the slots renumbered (-1: dropped) in their new places, with their ids renumbered (every id of
   * a live slot has a new one) and sorted again, since new ids can reorder a list.
   */
  renumber(slots: Int32Array, count: number, ids: Int32Array): void {
    const { gaps, starts } = this;
    this.gaps = new Uint16Array(starts[slots.length] ?? 0);
    this.starts = new Int32Array(count + 1);
    slots.forEach((to, from) => {
      if (to === -1) return;
      const start = starts[from] ?? 0;
      const end = starts[from + 1] ?? 0;
      if (end - start > this.ids.length) this.ids = withRoom(this.ids, end - start);
      const n = decode(gaps, start, end, this.ids);
      for (let i = 0; i < n; i++) this.ids[i] = ids[this.ids[i] ?? 0] ?? 0;
      this.add(to, this.ids.subarray(0, n).sort(), n);
    });
    this.gaps = this.gaps.slice(0, this.starts[count] ?? 0);
  }
}

/** Writes the gaps of distinct sorted ids from `at`; returns where they end. */
function encode(sortedIds: Int32Array, count: number, gaps: Uint16Array, at: number): number {
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const id = sortedIds[i] ?? 0;
    const gap = id - previous;
    previous = id;
    if (gap < 0x10000) {
      gaps[at++] = gap;
    } else {
      gaps[at++] = ESCAPE;
      gaps[at++] = gap >>> 16;
      gaps[at++] = gap & 0xffff;
    }
  }
  return at;
}

/** Reads the ids encoded in `gaps[start..end)` into `into` (room for one a gap); returns their number. */
function decode(gaps: Uint16Array, start: number, end: number, into: Int32Array): number {
  let n = 0;
  let id = -1;
  for (let at = start; at < end; at++) {
    let gap = gaps[at] ?? 0;
    if (gap === ESCAPE) {
      gap = (gaps[at + 1] ?? 0) * 0x10000 + (gaps[at + 2] ?? 0);
      at += 2;
    }
    id += gap;
    into[n++] = id;
  }
  return n;
}
