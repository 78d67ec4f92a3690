import type { Run } from './types.js';

/** Longest first; ties: earliest in A, then in B. */
function before(x: Run, y: Run): boolean {
  return x.length > y.length || (x.length === y.length && (x.i < y.i || (x.i === y.i && x.j < y.j)));
}

/** A binary heap of runs, longest first (the tiling's work list). */
export class RunQueue {
  private readonly heap: Run[] = [];

  constructor(runs: readonly Run[]) {
    for (const run of runs) this.push(run);
  }

  push(run: Run): void {
    const heap = this.heap;
    let at = heap.length;
    heap.push(run);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent] as Run;
      if (!before(run, above)) break;
      heap[at] = above;
      at = parent;
    }
    heap[at] = run;
  }

  pop(): Run | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as Run, heap[left] as Run) ? right : left;
      const next = heap[child] as Run;
      if (!before(next, last)) break;
      heap[at] = next;
      at = child;
    }
    heap[at] = last;
    return top;
  }
}
