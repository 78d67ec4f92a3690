import type { CandidateOptions } from '../../core/candidates/index.js';
import type { ClassifyOptions } from '../../core/classify/index.js';
import type { Compute, ComputeJob, JobResult } from './jobs.js';
import { ShareBalance } from './share-balance.js';
import { WorkerPool } from './worker-pool.js';

export interface DispatchOptions {
  candidates: Partial<CandidateOptions>;
  workers: number;
  /** Pairs in one job from which the workers start. */
  parallelFrom: number;
  /** The share of a job's pairs the calling thread compares at first (`ShareBalance`). */
  threadShare: number;
  /** Articles in a full batch: a job with that many new articles starts the workers too. */
  batchSize: number;
  classify: ClassifyOptions;
  thesaurus: boolean;
  cacheSize: number;
  sentenceModel?: string;
}

/** The candidate index as the workers' replicas need it at the moment they start. */
export type FrequencySnapshot = () => { terms: Uint32Array; counts: Int32Array; size: number };

/**
 * Sends each job to the calling thread or to workers: the workers start with the first job large
 * enough to repay starting them (pairs or new articles) and serve every job after it, until `close`. It
 * gathers the candidate index's changes between jobs, which every job carries so the workers' term
 * statistics stay in step.
 */
export class ComputeDispatcher {
  private changes: Pick<ComputeJob, 'indexed' | 'unindexed'> = { indexed: [], unindexed: [] };
  private pool: WorkerPool | undefined;
  private readonly balance: ShareBalance;

  constructor(
    private readonly options: DispatchOptions,
    private readonly inProcess: Compute,
    private readonly snapshot: FrequencySnapshot,
  ) {
    this.balance = new ShareBalance(options.threadShare);
  }

  indexed(terms: Uint32Array): void {
    this.changes.indexed.push(terms);
  }

  unindexed(terms: Uint32Array): void {
    this.changes.unindexed.push(terms);
  }

  /**
   * Runs a job where it pays (see the class). `alone`: the engine's thread has nothing else in hand (one
   * add at a time), so it may compare a share of the pairs itself (`ShareBalance`); with several adds in
   * flight it has the others' indexing and tracing to do while the workers compare.
   */
  run(work: Omit<ComputeJob, 'indexed' | 'unindexed'>, alone = false): Promise<JobResult> {
    const { workers, parallelFrom, batchSize, candidates, classify, thesaurus, cacheSize, sentenceModel } =
      this.options;
    // A feed of many small-news articles fills batches with few pairs each; its articles' signs and
    // pairs still add up to more than workers cost to start.
    const large = work.pairs.length >= parallelFrom || work.intrinsic.length >= batchSize;
    if (this.pool === undefined && workers > 0 && large) {
      // The replicas start from the index as it is now, changes so far included.
      const frequencies = this.snapshot();
      this.pool = WorkerPool.start(workers, {
        candidates,
        classify,
        thesaurus,
        cacheSize,
        frequencies,
        ...(sentenceModel === undefined ? {} : { sentenceModel }),
      });
      this.takeChanges();
    }
    const job = { ...this.takeChanges(), ...work };
    if (this.pool === undefined) return this.inProcess.run(job);
    return alone ? this.shared(this.pool, job) : this.pool.run(job);
  }

  /** The engine's thread waited `ms` for the results of the last job run `alone`: see `ShareBalance`. */
  waited(ms: number): void {
    this.balance.waited(ms);
  }

  /**
   * A job on the workers, less the share of its pairs this thread compares at once, with the index as
   * the job found it.
   */
  private async shared(pool: WorkerPool, job: ComputeJob): Promise<JobResult> {
    const here = this.balance.pairsHere(job.pairs.length);
    const there = job.pairs.length - here;
    const started = performance.now();
    let thereMs = 0;
    const remote = pool.run({ ...job, pairs: job.pairs.slice(0, there) }).then((result) => {
      thereMs = performance.now() - started;
      return result;
    });
    const local =
      here === 0
        ? Promise.resolve({ comparisons: [], intrinsic: [] })
        : this.inProcess.run({
            indexed: [],
            unindexed: [],
            documents: job.documents,
            pairs: job.pairs.slice(there),
            intrinsic: [],
          });
    const hereMs = performance.now() - started;
    const [theirs, ours] = await Promise.all([remote, local]);
    this.balance.measured(here, hereMs, there, thereMs);
    return { comparisons: [...theirs.comparisons, ...ours.comparisons], intrinsic: theirs.intrinsic };
  }

  async close(): Promise<void> {
    // Let go of at once: a job run while the workers stop starts new ones.
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  private takeChanges(): Pick<ComputeJob, 'indexed' | 'unindexed'> {
    const changes = this.changes;
    this.changes = { indexed: [], unindexed: [] };
    return changes;
  }
}
