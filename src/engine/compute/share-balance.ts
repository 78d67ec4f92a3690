/**
 * How many of a job's pairs the engine's thread compares itself while the workers compare the rest,
 * for a batch with nothing else for the thread to do meanwhile (`ComputeDispatcher.pairJob`: a
 * request of a server's one client). A share pays only while the thread would otherwise wait for the
 * workers, so it follows the waits: after a job the thread waited for, it grows by the pairs that wait
 * could have compared (at the two sides' measured rates); after one it did not wait for, it halves. It
 * settles where both sides end together. The share only decides where a comparison is made:
 * comparisons are pure, so results are the same whatever it is.
 */
export class ShareBalance {
  /** Milliseconds a pair takes on this thread and on the workers (equal until measured). */
  private here = 1;
  private there = 1;
  /** Pairs in the last job measured. */
  private pairs = 0;
  private share: number;

  constructor(share = 0) {
    this.share = Math.min(MOST_HERE, Math.max(0, share));
  }

  /** The pairs of a job of `pairs` to compare on this thread. */
  pairsHere(pairs: number): number {
    return Math.round(this.share * pairs);
  }

  /** A job was compared: `here` pairs in `hereMs` on this thread, the others in `thereMs` on the workers. */
  measured(here: number, hereMs: number, there: number, thereMs: number): void {
    // A batch with no pairs says nothing of their rates.
    if (here + there === 0) return;
    if (here > 0) this.here = hereMs / here;
    if (there > 0) this.there = thereMs / there;
    this.pairs = here + there;
  }

  /** The thread then waited `ms` for the workers' results. */
  waited(ms: number): void {
    if (this.pairs === 0) return;
    const change = ms >= WAIT_FLOOR_MS ? ms / (this.here + this.there) / this.pairs : -this.share / 2;
    this.share = Math.min(MOST_HERE, Math.max(0, this.share + change));
  }
}

/** A wait shorter than this is the event loop's turn, not idleness. */
const WAIT_FLOOR_MS = 2;
/**
 * This thread compares its share at one go, and answers no request meanwhile: the workers keep at
 * least a quarter of a job, which bounds that stall.
 */
const MOST_HERE = 0.75;
