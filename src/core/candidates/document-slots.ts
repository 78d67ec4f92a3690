import { homeCell, MAX_LOAD, tableSize, withRoom } from './growth.js';

const NONE = -1;

/**
 * The caller's document numbers and the dense slots that hold their data, handed out in insertion
 * order (a compaction renumbers the live ones, keeping that order, so every posting list sorted by slot
 * stays sorted). Number → slot is an open-addressing table of slots whose keys are read back from
 * `docOfSlot`: 4 bytes a cell rather than a Map entry. A removed slot keeps its cell until the next
 * compaction; look-ups pass over it.
 */
export class DocumentSlots {
  /** The document number of each slot handed out. */
  docOfSlot = new Float64Array(64);
  /** Slots handed out: live ones and removed ones not yet compacted away. */
  count = 0;
  live = 0;
  private removed = new Uint8Array(64);
  private cells = new Int32Array(64).fill(NONE);
  private bits = 6;

  /** The live slot of a document, or -1. */
  slotOf(doc: number): number {
    const mask = this.cells.length - 1;
    for (let at = homeCell(hashOf(doc), this.bits); ; at = (at + 1) & mask) {
      const slot = this.cells[at] ?? NONE;
      if (slot === NONE) return NONE;
      if (this.docOfSlot[slot] === doc && this.removed[slot] === 0) return slot;
    }
  }

  isLive(slot: number): boolean {
    return this.removed[slot] === 0;
  }

  /** A new slot, after every slot handed out before, for a document not held. */
  assign(doc: number): number {
    const slot = this.count++;
    this.live++;
    if (this.count > this.docOfSlot.length) {
      this.docOfSlot = withRoom(this.docOfSlot, this.count);
      this.removed = withRoom(this.removed, this.count);
    }
    this.docOfSlot[slot] = doc;
    this.removed[slot] = 0;
    if (this.count > this.cells.length * MAX_LOAD) this.rehash();
    else this.place(slot);
    return slot;
  }

  release(slot: number): void {
    this.removed[slot] = 1;
    this.live--;
  }

  /**
   * Drops the removed slots and numbers the live ones 0, 1, ... in their order; returns the new slot of
   * each old one (-1 for a removed one).
   */
  renumber(): Int32Array {
    const renumbered = new Int32Array(this.count).fill(NONE);
    let next = 0;
    for (let slot = 0; slot < this.count; slot++) {
      if (this.removed[slot] === 1) continue;
      renumbered[slot] = next;
      this.docOfSlot[next] = this.docOfSlot[slot] ?? 0;
      this.removed[next++] = 0;
    }
    this.count = next;
    this.docOfSlot = this.docOfSlot.slice(0, Math.max(64, next));
    this.removed = this.removed.slice(0, Math.max(64, next));
    this.rehash();
    return renumbered;
  }

  private rehash(): void {
    const size = tableSize(this.count);
    this.bits = Math.log2(size);
    this.cells = new Int32Array(size).fill(NONE);
    for (let slot = 0; slot < this.count; slot++) this.place(slot);
  }

  private place(slot: number): void {
    const mask = this.cells.length - 1;
    let at = homeCell(hashOf(this.docOfSlot[slot] ?? 0), this.bits);
    while (this.cells[at] !== NONE) at = (at + 1) & mask;
    this.cells[at] = slot;
  }
}

/** 32 bits of a document number, whatever its size. */
function hashOf(doc: number): number {
  return (doc | 0) ^ Math.floor(doc / 0x100000000);
}
