import { grownCapacity, homeCell, resized } from './growth.js';
import type { QueryTally } from './tally.js';

const NONE = -1;
/** A MinHash bin nothing was offered to: every bin of an empty text's signature, and no other. */
const EMPTY = 0xffffffff;

/**
 * Documents' MinHash signatures and the LSH bands over them. A signature is kept as the low 16 bits of
 * each value: two different values then agree by chance once in 65,536 bins, noise far below MinHash's
 * own, at half the memory. Two documents are band candidates when every value of a band agrees. Band
 * postings are chained per hash bucket through `next`, indexed by slot·bands + band, so no band key is
 * stored: a chain's entries are checked against the signatures themselves.
 */
export class SignatureBands {
  readonly rows: number;
  /** Each slot's signature, `length` values from slot·length. */
  private values = new Uint16Array(0);
  /** 1 for a slot whose text had no shingles: it agrees with nothing. */
  private empty = new Uint8Array(0);
  private next = new Int32Array(0);
  private heads = new Int32Array(64).fill(NONE);
  private bits = 6;
  private linked = 0;

  constructor(
    readonly length: number,
    readonly bands: number,
  ) {
    this.rows = Math.floor(length / bands);
  }

  /** The low 16 bits of a full signature into `into`; whether the text was empty. */
  shorten(signature: Uint32Array, into: Uint16Array): boolean {
    if (signature.length !== this.length) {
      throw new RangeError(`a signature of ${signature.length} values; this index holds ${this.length}`);
    }
    for (let i = 0; i < this.length; i++) into[i] = (signature[i] ?? 0) & 0xffff;
    return this.length === 0 || signature[0] === EMPTY;
  }

  /** Stores a slot's signature (the slot after every one stored) and posts its bands. */
  add(slot: number, signature: Uint32Array): void {
    if (slot >= this.empty.length) {
      const capacity = grownCapacity(this.empty.length, slot + 1);
      this.values = resized(this.values, capacity * this.length);
      this.empty = resized(this.empty, capacity);
      this.next = resized(this.next, capacity * this.bands);
    }
    const isEmpty = this.shorten(signature, this.values.subarray(slot * this.length, (slot + 1) * this.length));
    this.empty[slot] = isEmpty ? 1 : 0;
    if (!isEmpty) this.link(slot);
  }

  /** The slot's signature as a full one (its 16 bits kept): what a query with it would find. */
  signatureOf(slot: number): Uint32Array {
    const signature = new Uint32Array(this.length);
    if (this.empty[slot] === 1) return signature.fill(EMPTY);
    signature.set(this.values.subarray(slot * this.length, (slot + 1) * this.length));
    return signature;
  }

  /** Marks as selected in the tally every slot sharing a band with a (shortened) query signature. */
  selectBandHits(query: Uint16Array, queryEmpty: boolean, tally: QueryTally): void {
    if (queryEmpty) return;
    const { values, next, heads, rows, bands, length } = this;
    for (let band = 0; band < bands; band++) {
      const from = band * rows;
      for (
        let p = heads[homeCell(bandHash(query, from, rows, band), this.bits)] ?? NONE;
        p !== NONE;
        p = next[p] ?? NONE
      ) {
        const slot = Math.floor(p / bands);
        if (p - slot * bands !== band) continue;
        const at = slot * length + from;
        let r = 0;
        while (r < rows && values[at + r] === query[from + r]) r++;
        if (r === rows) tally.markSelected(slot);
      }
    }
  }

  /** Share of agreeing values: the MinHash estimate of the two texts' shingle Jaccard similarity. */
  jaccard(query: Uint16Array, queryEmpty: boolean, slot: number): number {
    if (queryEmpty || this.empty[slot] === 1) return 0;
    const { values, length } = this;
    const at = slot * length;
    let equal = 0;
    for (let i = 0; i < length; i++) if (values[at + i] === query[i]) equal++;
    return equal / length;
  }

  /** Keeps the slots renumbered (-1: dropped), in their new places, and posts their bands again. */
  renumber(renumbered: Int32Array, count: number): void {
    const { length } = this;
    renumbered.forEach((to, from) => {
      if (to === NONE) return;
      this.values.copyWithin(to * length, from * length, (from + 1) * length);
      this.empty[to] = this.empty[from] ?? 0;
    });
    this.values = this.values.slice(0, count * length);
    this.empty = this.empty.slice(0, count);
    this.next = new Int32Array(count * this.bands);
    this.heads = new Int32Array(64).fill(NONE);
    this.bits = 6;
    this.linked = 0;
    for (let slot = 0; slot < count; slot++) if (this.empty[slot] === 0) this.link(slot);
  }

  private link(slot: number): void {
    this.linked += this.bands;
    // Up to four postings a bucket: a step along a chain is cheap (its band number first rules most
    // out), and the heads cost 1 to 2 bytes a posting.
    if (this.linked > this.heads.length * 4) this.growHeads(slot);
    for (let band = 0; band < this.bands; band++) this.linkBand(slot, band);
  }

  private linkBand(slot: number, band: number): void {
    const p = slot * this.bands + band;
    const bucket = homeCell(bandHash(this.values, slot * this.length + band * this.rows, this.rows, band), this.bits);
    this.next[p] = this.heads[bucket] ?? NONE;
    this.heads[bucket] = p;
  }

  /** Doubles the buckets and chains the bands of the slots before `upTo` again, in slot order. */
  private growHeads(upTo: number): void {
    while (this.linked > this.heads.length * 4) this.heads = new Int32Array(this.heads.length * 2);
    this.heads.fill(NONE);
    this.bits = Math.log2(this.heads.length);
    for (let slot = 0; slot < upTo; slot++) {
      if (this.empty[slot] === 0) for (let band = 0; band < this.bands; band++) this.linkBand(slot, band);
    }
  }
}

/** Hash of one band's values (and its number, so equal values in two bands do not collide). */
function bandHash(values: Uint16Array, from: number, rows: number, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0; r < rows; r++) {
    h = Math.imul(h ^ (values[from + r] ?? 0), 0x85ebca6b);
    h ^= h >>> 15;
  }
  return h;
}
