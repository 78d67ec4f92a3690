import { LEDE_BIT } from '../fingerprint/index.js';
import type { DocumentSlots } from './document-slots.js';
import { grownCapacity, homeCell, resized, withRoom } from './growth.js';
import { KeyCounts } from './key-counts.js';

const NONE = -1;
/** A key found in this many live documents keeps its count in a table; rarer keys are counted on their chain. */
const COUNTED_FROM = 8;
/** Set on a bucket head whose chain holds a counted key: only those buckets look in the table. */
const HOLDS_COUNTED = 0x40000000;
/** log2 of the samples per block of `blockSlots`. */
const BLOCK_BITS = 5;

/**
 * Every document's content samples, slot after slot in one pool, and postings by sample key: the
 * samples of a hash bucket are chained, each pool entry a pair (sample, next), so a posting costs the
 * sample itself, a link and half a bucket head, no key is stored twice, and a step along a chain reads one
 * cache line. The slot of a chained sample is found from its block's first slot. Live document
 * frequencies are exact: counted on the chain, and kept up to date in a table once a key is found in
 * many documents (a stock phrase: its long chain is then never walked again just to learn that a query
 * skips it). A flag on the bucket head says when to look in that table.
 */
export class SampleIndex {
  /** Pairs (sample, next posting): samples are key | LEDE_BIT, slot by slot, each slot's in the order given. */
  private entries = new Int32Array(0);
  /** Where each slot's samples start; `starts[slot + 1]` is where they end. */
  private starts = new Int32Array(65);
  private ledeCounts = new Uint16Array(64);
  private heads = new Int32Array(64).fill(NONE);
  private bits = 6;
  /** The slot holding the first sample of each block of 2^BLOCK_BITS samples. */
  private blockSlots = new Int32Array(0);
  private readonly counted = new KeyCounts();
  /** Codes (slot·2 + LEDE_BIT) of the live postings of the key last collected. */
  found = new Int32Array(64);

  constructor(private readonly documents: DocumentSlots) {}

  /** Stores and posts the samples of the slot after every one stored. */
  add(slot: number, samples: Uint32Array): void {
    const start = this.starts[slot] ?? 0;
    const end = start + samples.length;
    if (slot >= this.ledeCounts.length) {
      const capacity = grownCapacity(this.ledeCounts.length, slot + 1);
      this.ledeCounts = resized(this.ledeCounts, capacity);
      this.starts = resized(this.starts, capacity + 1);
    }
    if (2 * end > this.entries.length) {
      const capacity = grownCapacity(this.entries.length / 2, end);
      this.entries = resized(this.entries, 2 * capacity);
      this.blockSlots = resized(this.blockSlots, (capacity >>> BLOCK_BITS) + 1);
    }
    this.starts[slot + 1] = end;
    let lede = 0;
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i] ?? 0;
      this.entries[2 * (start + i)] = sample;
      lede += sample & LEDE_BIT;
    }
    this.ledeCounts[slot] = lede;
    if (end > this.heads.length * 2) this.growHeads(start, end);
    for (let p = start; p < end; p++) this.post(p, slot);
  }

  count(slot: number): number {
    return (this.starts[slot + 1] ?? 0) - (this.starts[slot] ?? 0);
  }

  ledeCount(slot: number): number {
    return this.ledeCounts[slot] ?? 0;
  }

  samplesOf(slot: number): Uint32Array {
    const start = this.starts[slot] ?? 0;
    const samples = new Uint32Array(this.count(slot));
    for (let i = 0; i < samples.length; i++) samples[i] = this.entries[2 * (start + i)] ?? 0;
    return samples;
  }

  /**
   * The live frequency of a key, with the codes of its live postings in `found`; unless the key is
   * counted in more than `most` documents, which is then all it returns (its postings go unread).
   */
  collect(key: number, most: number): number {
    const { entries, blockSlots, starts, documents } = this;
    const bucket = homeCell(key, this.bits);
    const head = this.heads[bucket] ?? NONE;
    if (head !== NONE && (head & HOLDS_COUNTED) !== 0) {
      const counted = this.counted.get(key);
      if (counted > most) return counted;
    }
    const k = key | 0;
    let n = 0;
    for (let p = head === NONE ? NONE : head & ~HOLDS_COUNTED; p !== NONE; p = entries[2 * p + 1] ?? NONE) {
      const sample = entries[2 * p] ?? 0;
      if ((sample & ~LEDE_BIT) !== k) continue;
      let slot = blockSlots[p >>> BLOCK_BITS] ?? 0;
      while ((starts[slot + 1] ?? 0) <= p) slot++;
      if (!documents.isLive(slot)) continue;
      if (n === this.found.length) this.found = withRoom(this.found, n + 1);
      this.found[n++] = slot * 2 + (sample & LEDE_BIT);
    }
    if (n >= COUNTED_FROM && this.counted.get(key) === NONE) {
      this.counted.set(key, n);
      this.heads[bucket] = head | HOLDS_COUNTED;
    }
    return n;
  }

  /** Takes a removed slot's samples out of the counted frequencies (its postings go at the next compaction). */
  forget(slot: number): void {
    for (let p = this.starts[slot] ?? 0; p < (this.starts[slot + 1] ?? 0); p++) this.recount(p, -1);
  }

  /** Keeps the slots renumbered (-1: dropped), in their new places, and posts them again. */
  renumber(renumbered: Int32Array, count: number): void {
    const starts = new Int32Array(count + 1);
    let end = 0;
    renumbered.forEach((to, from) => {
      if (to === NONE) return;
      const start = this.starts[from] ?? 0;
      const length = (this.starts[from + 1] ?? 0) - start;
      this.entries.copyWithin(2 * end, 2 * start, 2 * (start + length));
      this.ledeCounts[to] = this.ledeCounts[from] ?? 0;
      end += length;
      starts[to + 1] = end;
    });
    this.starts = starts;
    this.entries = this.entries.slice(0, 2 * end);
    this.ledeCounts = this.ledeCounts.slice(0, count);
    this.blockSlots = new Int32Array((end >>> BLOCK_BITS) + 1);
    // Counts are learnt again as keys are met: keys no longer in any document drop out.
    this.counted.clear();
    this.heads = new Int32Array(64);
    this.growHeads(end, end);
  }

  /** Chains sample p (of `slot`) in its key's bucket, keeping the bucket's flag; counts it if its key is counted. */
  private post(p: number, slot: number): void {
    if ((p & ((1 << BLOCK_BITS) - 1)) === 0) this.blockSlots[p >>> BLOCK_BITS] = slot;
    const bucket = homeCell(keyOf(this.entries[2 * p] ?? 0), this.bits);
    const head = this.heads[bucket] ?? NONE;
    this.entries[2 * p + 1] = head === NONE ? NONE : head & ~HOLDS_COUNTED;
    this.heads[bucket] = head === NONE ? p : p | (head & HOLDS_COUNTED);
    if (head !== NONE && (head & HOLDS_COUNTED) !== 0) this.recount(p, 1);
  }

  private recount(p: number, delta: number): void {
    this.counted.adjust(keyOf(this.entries[2 * p] ?? 0), delta);
  }

  /**
   * Enough buckets for `needed` postings at two a bucket (chains stay short; the heads cost 2 bytes a
   * posting); the first `linked` chained again, in order, and the buckets of counted keys flagged again.
   */
  private growHeads(linked: number, needed: number): void {
    let size = this.heads.length;
    while (needed > size * 2) size *= 2;
    this.heads = new Int32Array(size).fill(NONE);
    this.bits = Math.log2(size);
    let slot = 0;
    for (let p = 0; p < linked; p++) {
      while ((this.starts[slot + 1] ?? 0) <= p) slot++;
      if ((p & ((1 << BLOCK_BITS) - 1)) === 0) this.blockSlots[p >>> BLOCK_BITS] = slot;
      const bucket = homeCell(keyOf(this.entries[2 * p] ?? 0), this.bits);
      this.entries[2 * p + 1] = this.heads[bucket] ?? NONE;
      this.heads[bucket] = p;
    }
    this.counted.forEachKey((key) => {
      const bucket = homeCell(key, this.bits);
      if (this.heads[bucket] !== NONE) this.heads[bucket] = (this.heads[bucket] ?? 0) | HOLDS_COUNTED;
    });
  }
}

function keyOf(sample: number): number {
  return (sample & ~LEDE_BIT) >>> 0;
}
