import { homeCell, MAX_LOAD, tableSize } from './growth.js';

const FREE = -1;

/** A count per 32-bit key in open addressing (for the few keys worth counting); no removal but `clear`. */
export class KeyCounts {
  private keys = new Uint32Array(64);
  private counts = new Int32Array(64).fill(FREE);
  private bits = 6;
  private size = 0;

  /** The key's count, or -1 when it is not counted. */
  get(key: number): number {
    return this.counts[this.cell(key)] ?? FREE;
  }

  set(key: number, count: number): void {
    let at = this.cell(key);
    if (this.counts[at] === FREE) {
      if (this.size + 1 > this.counts.length * MAX_LOAD) {
        this.grow(this.size + 1);
        at = this.cell(key);
      }
      this.size++;
      this.keys[at] = key;
    }
    this.counts[at] = count;
  }

  /** Adds `delta` to a counted key's count; does nothing for a key not counted. */
  adjust(key: number, delta: number): void {
    const at = this.cell(key);
    if (this.counts[at] !== FREE) this.counts[at] = (this.counts[at] ?? 0) + delta;
  }

  forEachKey(visit: (key: number) => void): void {
    for (let at = 0; at < this.counts.length; at++) if (this.counts[at] !== FREE) visit(this.keys[at] ?? 0);
  }

  clear(): void {
    this.keys = new Uint32Array(64);
    this.counts = new Int32Array(64).fill(FREE);
    this.bits = 6;
    this.size = 0;
  }

  private cell(key: number): number {
    const mask = this.counts.length - 1;
    let at = homeCell(key, this.bits);
    while (this.counts[at] !== FREE && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private grow(items: number): void {
    const { keys, counts } = this;
    const size = tableSize(items);
    this.keys = new Uint32Array(size);
    this.counts = new Int32Array(size).fill(FREE);
    this.bits = Math.log2(size);
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === FREE) continue;
      const at = this.cell(keys[i] ?? 0);
      this.keys[at] = keys[i] ?? 0;
      this.counts[at] = counts[i] ?? 0;
    }
  }
}
