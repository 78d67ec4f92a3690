/**
 * The k best items of a stream by value (higher first, then lower tie-break key), kept in a binary heap
 * over typed arrays whose root is the worst kept: most items are turned away by one comparison with
 * the root, and nothing is allocated per item.
 */
export class TopK {
  private readonly values: Float64Array;
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(readonly k: number) {
    this.values = new Float64Array(k);
    this.keys = new Float64Array(k);
    this.items = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  offer(value: number, key: number, item: number): void {
    const { values, keys } = this;
    if (this.size < this.k) {
      this.siftUp(this.size++, value, key, item);
      return;
    }
    const rootValue = values[0] ?? 0;
    if (this.k === 0 || value < rootValue || (value === rootValue && key >= (keys[0] ?? 0))) return;
    this.siftDown(value, key, item);
  }

  /** Items kept, best first; empties the heap. */
  drainBest(): number[] {
    const best = new Array<number>(this.size);
    while (this.size > 0) {
      best[this.size - 1] = this.items[0] ?? 0;
      const last = --this.size;
      if (last > 0) this.siftDown(this.values[last] ?? 0, this.keys[last] ?? 0, this.items[last] ?? 0);
    }
    return best;
  }

  /** Places an item at `i` (a new leaf) and moves it up past better parents. */
  private siftUp(i: number, value: number, key: number, item: number): void {
    const { values, keys, items } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const v = values[parent] ?? 0;
      if (value > v || (value === v && key < (keys[parent] ?? 0))) break;
      values[i] = v;
      keys[i] = keys[parent] ?? 0;
      items[i] = items[parent] ?? 0;
      i = parent;
    }
    values[i] = value;
    keys[i] = key;
    items[i] = item;
  }

  /** Replaces the root by an item and moves it down past worse children. */
  private siftDown(value: number, key: number, item: number): void {
    const { values, keys, items, size } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      let cv = values[child] ?? 0;
      let ck = keys[child] ?? 0;
      const right = child + 1;
      if (right < size) {
        const rv = values[right] ?? 0;
        const rk = keys[right] ?? 0;
        if (rv < cv || (rv === cv && rk > ck)) {
          child = right;
          cv = rv;
          ck = rk;
        }
      }
      // Stop when the item is no better than the worse child.
      if (value < cv || (value === cv && key > ck)) break;
      values[i] = cv;
      keys[i] = ck;
      items[i] = items[child] ?? 0;
      i = child;
    }
    values[i] = value;
    keys[i] = key;
    items[i] = item;
  }
}
