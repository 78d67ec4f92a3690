import type { SentenceStems } from './sentences.js';

/**
 * A text's sentences by content stem: an open-addressing table of its distinct stems, each with the
 * sentences that hold it, in order, in one flat list. Stems are 32-bit hashes, which a `Map` boxes
 * when they pass 2³⁰, and sentence alignment looks one up for every term of every text it compares with.
 */
export class StemPostings {
  /** The stem in each slot; 0 (no stem is 0: it marks a word without content) for a free one. */
  private readonly slots: Uint32Array;
  /** A slot's sentences are `sentences[starts[slot] .. starts[slot] + counts[slot])`. */
  private readonly starts: Int32Array;
  private readonly counts: Int32Array;
  readonly sentences: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor({ offsets, stems }: SentenceStems) {
    // At least twice as many slots as stems, so probes stay short.
    const bits = Math.max(3, Math.ceil(Math.log2(2 * stems.length + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Uint32Array(1 << bits);
    this.counts = new Int32Array(1 << bits);
    for (const stem of stems) {
      if (stem === 0) continue;
      const slot = this.claim(stem);
      this.counts[slot] = (this.counts[slot] as number) + 1;
    }
    this.starts = new Int32Array(1 << bits);
    let start = 0;
    for (let slot = 0; slot < this.starts.length; slot++) {
      this.starts[slot] = start;
      start += this.counts[slot] as number;
    }
    this.sentences = new Int32Array(stems.length);
    const filled = new Int32Array(1 << bits);
    for (let s = 0; s + 1 < offsets.length; s++) {
      for (let t = offsets[s] ?? 0; t < (offsets[s + 1] ?? 0); t++) {
        const slot = this.find(stems[t] ?? 0);
        if (slot === -1) continue;
        this.sentences[(this.starts[slot] as number) + (filled[slot] as number)] = s;
        filled[slot] = (filled[slot] as number) + 1;
      }
    }
  }

  /** The slot of a stem, or −1 when no sentence holds it. */
  find(stem: number): number {
    if (stem === 0) return -1;
    for (let slot = Math.imul(stem, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] as number;
      if (held === stem) return slot;
      if (held === 0) return -1;
    }
  }

  /** Where the slot's sentences start in `sentences`, and where they end. */
  from(slot: number): number {
    return this.starts[slot] as number;
  }

  to(slot: number): number {
    return (this.starts[slot] as number) + (this.counts[slot] as number);
  }

  private claim(stem: number): number {
    for (let slot = Math.imul(stem, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] as number;
      if (held === stem) return slot;
      if (held === 0) {
        this.slots[slot] = stem;
        return slot;
      }
    }
  }
}
