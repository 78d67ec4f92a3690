import { LEDE_BIT } from '../fingerprint/index.js';
import type { DocumentSlots } from './document-slots.js';
import { grownCapacity, homeCell, resized, withRoom } from './growth.js';
import { KeyCounts } from './key-counts.js';

const NONE = -1;
/** A key found in this many live documents keeps its count in a table; rarer keys are counted on their chain. */
const COUNTED_FROM = 8;
/** log2 of the samples per block of `blockSlots`. */
const BLOCK_BITS = 5;

/**
 * Every document's content samples, slot after slot in one pool, and postings by sample key: the
 * samples of a hash bucket are chained through `next`, so a posting costs the sample itself, a link
 * and a bucket head, and no key is stored twice. The slot of a chained sample is found from its
 * block's first slot. Live document frequencies are exact: counted on the chain, and kept up to date in
 * a table once a key is found in many documents (a stock phrase: its long chain is then never walked
 * again just to learn that a query skips it).
 */
export class SampleIndex {
  /** Samples (key | LEDE_BIT), slot by slot, each slot's in the order given. */
  private samples = new Uint32Array(0);
  /** Where each slot's samples start; `starts[slot + 1]` is where they end. */
  private starts = new Int32Array(65);
  private ledeCounts = new Uint16Array(64);
  private next = new Int32Array(0);
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
    if (end > this.samples.length) {
      const capacity = grownCapacity(this.samples.length, end);
      this.samples = resized(this.samples, capacity);
      this.next = resized(this.next, capacity);
      this.blockSlots = resized(this.blockSlots, (capacity >>> BLOCK_BITS) + 1);
    }
    this.starts[slot + 1] = end;
    this.samples.set(samples, start);
    let lede = 0;
    for (let i = 0; i < samples.length; i++) lede += (samples[i] ?? 0) & LEDE_BIT;
    this.ledeCounts[slot] = lede;
    if (end > this.heads.length) this.growHeads(end);
    else for (let p = start; p < end; p++) this.post(p, slot);
    for (let i = 0; i < samples.length; i++) this.counted.adjust(keyOf(samples[i] ?? 0), 1);
  }

  count(slot: number): number {
    return (this.starts[slot + 1] ?? 0) - (this.starts[slot] ?? 0);
  }

  ledeCount(slot: number): number {
    return this.ledeCounts[slot] ?? 0;
  }

  samplesOf(slot: number): Uint32Array {
    return this.samples.slice(this.starts[slot] ?? 0, this.starts[slot + 1] ?? 0);
  }

  /** The live documents holding a key when it is counted in the table; -1 when it must be collected. */
  countedFrequency(key: number): number {
    return this.counted.get(key);
  }

  /** Fills `found` with the codes of the key's live postings; returns their number (its frequency). */
  collect(key: number): number {
    let n = 0;
    for (let p = this.heads[homeCell(key, this.bits)] ?? NONE; p !== NONE; p = this.next[p] ?? NONE) {
      const sample = this.samples[p] ?? 0;
      if ((sample & ~LEDE_BIT) >>> 0 !== key) continue;
      const slot = this.slotOf(p);
      if (!this.documents.isLive(slot)) continue;
      if (n === this.found.length) this.found = withRoom(this.found, n + 1);
      this.found[n++] = slot * 2 + (sample & LEDE_BIT);
    }
    if (n >= COUNTED_FROM && this.counted.get(key) === NONE) this.counted.set(key, n);
    return n;
  }

  /** Takes a removed slot's samples out of the counted frequencies (its postings go at the next compaction). */
  forget(slot: number): void {
    for (let p = this.starts[slot] ?? 0; p < (this.starts[slot + 1] ?? 0); p++) {
      this.counted.adjust(keyOf(this.samples[p] ?? 0), -1);
    }
  }

  /** Keeps the slots renumbered (-1: dropped), in their new places, and posts them again. */
  renumber(renumbered: Int32Array, count: number): void {
    const starts = new Int32Array(count + 1);
    let end = 0;
    renumbered.forEach((to, from) => {
      if (to === NONE) return;
      const start = this.starts[from] ?? 0;
      const length = (this.starts[from + 1] ?? 0) - start;
      this.samples.copyWithin(end, start, start + length);
      this.ledeCounts[to] = this.ledeCounts[from] ?? 0;
      end += length;
      starts[to + 1] = end;
    });
    this.starts = starts;
    this.samples = this.samples.slice(0, end);
    this.ledeCounts = this.ledeCounts.slice(0, count);
    this.next = new Int32Array(end);
    this.blockSlots = new Int32Array((end >>> BLOCK_BITS) + 1);
    this.heads = new Int32Array(64);
    this.growHeads(end);
    // Counts are learnt again as keys are met: keys no longer in any document drop out.
    this.counted.clear();
  }

  /** The slot whose samples include position p. */
  private slotOf(p: number): number {
    let slot = this.blockSlots[p >>> BLOCK_BITS] ?? 0;
    while ((this.starts[slot + 1] ?? 0) <= p) slot++;
    return slot;
  }

  /** Chains sample p (of `slot`) in its key's bucket. */
  private post(p: number, slot: number): void {
    if ((p & ((1 << BLOCK_BITS) - 1)) === 0) this.blockSlots[p >>> BLOCK_BITS] = slot;
    const bucket = homeCell(keyOf(this.samples[p] ?? 0), this.bits);
    this.next[p] = this.heads[bucket] ?? NONE;
    this.heads[bucket] = p;
  }

  /** Enough buckets for `postings` at one a bucket; every stored sample chained again, in order. */
  private growHeads(postings: number): void {
    let size = this.heads.length;
    while (postings > size) size *= 2;
    this.heads = new Int32Array(size).fill(NONE);
    this.bits = Math.log2(size);
    let slot = 0;
    for (let p = 0; p < postings; p++) {
      while ((this.starts[slot + 1] ?? 0) <= p) slot++;
      this.post(p, slot);
    }
  }
}

function keyOf(sample: number): number {
  return (sample & ~LEDE_BIT) >>> 0;
}
