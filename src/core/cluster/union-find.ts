/** Disjoint sets over string ids, with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  add(id: string): void {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
    }
  }

  find(id: string): string {
    this.add(id);
    let node = id;
    for (;;) {
      const parent = this.parent.get(node) ?? node;
      if (parent === node) return node;
      const grand = this.parent.get(parent) ?? parent;
      this.parent.set(node, grand);
      node = grand;
    }
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [big, small] = (this.size.get(ra) ?? 1) >= (this.size.get(rb) ?? 1) ? [ra, rb] : [rb, ra];
    this.parent.set(small, big);
    this.size.set(big, (this.size.get(big) ?? 1) + (this.size.get(small) ?? 1));
  }

  /** Sets of ids, each listed in the order ids were first added; sets ordered by their first member. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const group = byRoot.get(root);
      if (group === undefined) byRoot.set(root, [id]);
      else group.push(id);
    }
    return [...byRoot.values()];
  }
}

/** Disjoint sets over the numbers 0…n−1, with path halving and union by size. */
export class NumberedSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(i: number): number {
    const { parent } = this;
    let node = i;
    while (parent[node] !== node) {
      const grand = parent[parent[node] as number] as number;
      parent[node] = grand;
      node = grand;
    }
    return node;
  }

  union(i: number, j: number): void {
    const [ri, rj] = [this.find(i), this.find(j)];
    if (ri === rj) return;
    const [big, small] = (this.size[ri] as number) >= (this.size[rj] as number) ? [ri, rj] : [rj, ri];
    this.parent[small] = big;
    this.size[big] = (this.size[big] as number) + (this.size[small] as number);
  }

  /**
   * Numbers each set by where its first member comes: `numbers[i]` is the set of i, sets numbered
   * from 0 in order. Members for which `counted` is false get −1 and number no set.
   */
  number(counted: (i: number) => boolean = () => true): { numbers: Int32Array; count: number } {
    const numbers = new Int32Array(this.parent.length).fill(-1);
    const ofRoot = new Int32Array(this.parent.length).fill(-1);
    let count = 0;
    for (let i = 0; i < numbers.length; i++) {
      if (!counted(i)) continue;
      const root = this.find(i);
      if (ofRoot[root] === -1) ofRoot[root] = count++;
      numbers[i] = ofRoot[root] as number;
    }
    return { numbers, count };
  }
}
