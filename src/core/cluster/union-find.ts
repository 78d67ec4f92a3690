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
