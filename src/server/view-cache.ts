/**
 * Answers computed from the store (a story with its insights, the story list), kept until the next
 * write: reading a story's texts and comparing its versions costs far more than serving it again.
 * Bounded: the oldest answer goes first.
 */
export class ViewCache {
  private readonly views = new Map<string, Promise<unknown>>();

  constructor(private readonly capacity: number) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const known = this.views.get(key);
    if (known !== undefined) return known as Promise<T>;
    const computed = compute();
    this.views.set(key, computed);
    // A failure is not kept: the next request computes again.
    computed.catch(() => this.views.delete(key));
    if (this.views.size > this.capacity) {
      const oldest = this.views.keys().next().value;
      if (oldest !== undefined) this.views.delete(oldest);
    }
    return computed;
  }

  /** Every answer may have changed. */
  clear(): void {
    this.views.clear();
  }
}
