/** key → list of document numbers; the one posting-list layout of the candidate index. */
export class Postings {
  private readonly lists = new Map<number, number[]>();

  add(key: number, doc: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [doc]);
    else list.push(doc);
  }

  remove(key: number, doc: number): void {
    const list = this.lists.get(key);
    if (list === undefined) return;
    const at = list.indexOf(doc);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.lists.delete(key);
  }

  get(key: number): readonly number[] {
    return this.lists.get(key) ?? EMPTY;
  }

  get size(): number {
    return this.lists.size;
  }
}

const EMPTY: readonly number[] = [];
