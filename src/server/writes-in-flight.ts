import { StorytraceError } from '../errors/index.js';

/**
 * The writes handed to the engine and not yet ended. Each starts at once: the engine takes them in the
 * order called, one reading and staging its articles while the batches of the one before it are still
 * written, and the embedded store keeps one writer. At most `limit` writes are in flight; more are
 * turned away (`BUSY`) rather than held in memory. `drained` settles once every write taken has ended.
 */
export class WritesInFlight {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly limit: number) {}

  run<T>(write: () => Promise<T>): Promise<T> {
    if (this.inFlight.size >= this.limit) {
      throw new StorytraceError('BUSY', `${this.inFlight.size} writes are already in flight`);
    }
    const result = write();
    // However it ends, a write leaves the count.
    const ended = result.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(ended);
    void ended.then(() => this.inFlight.delete(ended));
    return result;
  }

  get size(): number {
    return this.inFlight.size;
  }

  async drained(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
