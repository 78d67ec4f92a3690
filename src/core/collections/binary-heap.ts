/**
 * A binary heap: `pop` gives the element that comes first by `before` (a strict order; break every tie
 * in it for a result that does not depend on push order). The alignment's run queue is a copy of this
 * specialised for runs, as it sits on the hottest path.
 */
export class BinaryHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (x: T, y: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const { items, before } = this;
    let at = items.length;
    items.push(item);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] as T;
      if (!before(item, above)) break;
      items[at] = above;
      at = parent;
    }
    items[at] = item;
  }

  pop(): T | undefined {
    const { items, before } = this;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && before(items[right] as T, items[left] as T) ? right : left;
      const next = items[child] as T;
      if (!before(next, last)) break;
      items[at] = next;
      at = child;
    }
    items[at] = last;
    return top;
  }
}
