import { StorytraceError } from '../errors/index.js';

/**
 * Runs writes one at a time, in the order they came: the embedded store has one writer, and the
 * engine's batches must not interleave. At most `limit` writes wait; more are turned away (`BUSY`)
 * rather than held in memory. `drained` settles once every write taken has finished.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly limit: number) {}

  run<T>(write: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.limit) {
      throw new StorytraceError('BUSY', `${this.waiting} writes are already queued`);
    }
    this.waiting++;
    const result = this.tail.then(write).finally(() => {
      this.waiting--;
    });
    // The next write waits for this one to end, however it ends.
    this.tail = result.catch(() => undefined);
    return result;
  }

  get size(): number {
    return this.waiting;
  }

  async drained(): Promise<void> {
    await this.tail;
  }
}
