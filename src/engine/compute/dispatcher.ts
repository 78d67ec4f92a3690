import type { CandidateOptions } from '../../core/candidates/index.js';
import type { ClassifyOptions } from '../../core/classify/index.js';
import type { Compute, ComputeJob, JobResult } from './jobs.js';
import { WorkerPool } from './worker-pool.js';

export interface DispatchOptions {
  candidates: Partial<CandidateOptions>;
  workers: number;
  /** Pairs in one job from which the workers start. */
  parallelFrom: number;
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

  constructor(
    private readonly options: DispatchOptions,
    private readonly inProcess: Compute,
    private readonly snapshot: FrequencySnapshot,
  ) {}

  indexed(terms: Uint32Array): void {
    this.changes.indexed.push(terms);
  }

  unindexed(terms: Uint32Array): void {
    this.changes.unindexed.push(terms);
  }

  run(work: Omit<ComputeJob, 'indexed' | 'unindexed'>): Promise<JobResult> {
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
    return (this.pool ?? this.inProcess).run({ ...this.takeChanges(), ...work });
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
