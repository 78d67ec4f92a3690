import type { CandidateOptions } from '../../core/candidates/index.js';
import type { ClassifyOptions } from '../../core/classify/index.js';
import type { ComparisonOutcome, Compute, ComputeJob, JobDocument, JobResult } from './jobs.js';
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

/** Comparisons handed over in parts (`add`), in order, and their outcomes once all are made (`end`). */
export interface PairJob {
  add(part: Pick<ComputeJob, 'documents' | 'pairs'>): void;
  end(): Promise<ComparisonOutcome[]>;
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

  /** Runs a job where it pays (see the class). */
  run(work: Omit<ComputeJob, 'indexed' | 'unindexed'>): Promise<JobResult> {
    const { parallelFrom, batchSize } = this.options;
    // A feed of many small-news articles fills batches with few pairs each; its articles' signs and
    // pairs still add up to more than workers cost to start.
    const large = work.pairs.length >= parallelFrom || work.intrinsic.length >= batchSize;
    if (this.options.workers > 0 && large) this.startPool();
    return (this.pool ?? this.inProcess).run({ ...this.takeChanges(), ...work });
  }

  /**
   * Starts the workers now, not with the first job large enough, and resolves once they take jobs: a
   * server's first batch is then compared as fast as the next. Nothing to do without workers.
   */
  async start(): Promise<void> {
    if (this.options.workers === 0) return;
    await this.startPool().run({ ...this.takeChanges(), documents: [], pairs: [], intrinsic: [] });
  }

  private startPool(): WorkerPool {
    if (this.pool !== undefined) return this.pool;
    const { workers, candidates, classify, thesaurus, cacheSize, sentenceModel } = this.options;
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
    return this.pool;
  }

  /**
   * Once the workers have started, has them prepare these texts now (a batch's, while this thread
   * indexes it), not in the comparisons to come. A failure shows in those comparisons.
   */
  prepareAhead(documents: JobDocument[]): void {
    if (documents.length === 0) return;
    this.pool?.run({ ...this.takeChanges(), documents, pairs: [], intrinsic: [] }).catch(() => {});
  }

  /** The engine's thread waited `ms` for the comparisons of the last `pairJob` made `alone` (`ShareBalance`). */
  waited(ms: number): void {
    this.balance.waited(ms);
  }

  /**
   * A job of comparisons whose pairs come in parts, as they are chosen: with the workers started, each
   * part goes to them at once, so they compare while this thread chooses the next. When this thread
   * has nothing else in hand (`alone`: one add in flight; with more, it indexes and traces the others'
   * batches meanwhile), it keeps back a share of each part (`ShareBalance`) and compares those itself
   * once all have come (`end`), with the index as the parts found it. Without workers, the parts are
   * gathered and run as one job (which may start them).
   */
  pairJob(alone: boolean): PairJob {
    const pool = this.pool;
    if (pool === undefined) {
      const gathered: Pick<ComputeJob, 'documents' | 'pairs'> = { documents: [], pairs: [] };
      return {
        add: (part) => {
          gathered.documents.push(...part.documents);
          gathered.pairs.push(...part.pairs);
        },
        end: async () => (await this.run({ ...gathered, intrinsic: [] })).comparisons,
      };
    }
    const sent: Promise<JobResult>[] = [];
    const kept: Pick<ComputeJob, 'documents' | 'pairs'>[] = [];
    let firstSent = Number.NaN;
    let lastBack = Number.NaN;
    return {
      add: (part) => {
        const here = alone ? this.balance.pairsHere(part.pairs.length) : 0;
        const there = part.pairs.length - here;
        kept.push({ documents: part.documents, pairs: part.pairs.slice(there) });
        if (there === 0) {
          sent.push(Promise.resolve({ comparisons: [], intrinsic: [] }));
          return;
        }
        if (Number.isNaN(firstSent)) firstSent = performance.now();
        const job = {
          ...this.takeChanges(),
          documents: part.documents,
          pairs: part.pairs.slice(0, there),
          intrinsic: [],
        };
        sent.push(
          pool.run(job).then((result) => {
            lastBack = performance.now();
            return result;
          }),
        );
      },
      end: async () => {
        const started = performance.now();
        const ours = this.inProcess.run({
          indexed: [],
          unindexed: [],
          documents: kept.flatMap((part) => part.documents),
          pairs: kept.flatMap((part) => part.pairs),
          intrinsic: [],
        });
        const hereMs = performance.now() - started;
        const [theirs, { comparisons: local }] = await Promise.all([Promise.all(sent), ours]);
        const here = local.length;
        const there = theirs.reduce((n, result) => n + result.comparisons.length, 0);
        if (alone) this.balance.measured(here, hereMs, there, lastBack - firstSent);
        // Each part's pairs in order: those sent, then those kept.
        let next = 0;
        return theirs.flatMap((result, i) => {
          const keptHere = kept[i]?.pairs.length ?? 0;
          next += keptHere;
          return [...result.comparisons, ...local.slice(next - keptHere, next)];
        });
      },
    };
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
