import { Worker } from 'node:worker_threads';
import { StorytraceError } from '../../errors/index.js';
import type { RunnerSetup } from './job-runner.js';
import type { Compute, ComputeJob, JobResult } from './jobs.js';

interface Waiter {
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

type Reply = { result: JobResult } | { error: string };

/**
 * Compute jobs on worker threads: each job's pairs and intrinsic signs are cut into one contiguous
 * share per worker, with the documents that share needs (a job with no pairs, texts to prepare ahead,
 * is cut like its intrinsic texts); every worker gets the index changes, so all replicas stay in step.
 * Workers answer in order, so each keeps a queue of waiting jobs.
 */
export class WorkerPool implements Compute {
  private readonly queues: Waiter[][];
  private failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {
    this.queues = workers.map(() => []);
    workers.forEach((worker, i) => {
      worker.on('message', (reply: Reply) => this.settle(i, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`compute worker exited with code ${code}`));
      });
    });
  }

  static start(count: number, setup: RunnerSetup): WorkerPool {
    const script = new URL('./worker.js', import.meta.url);
    return new WorkerPool(Array.from({ length: count }, () => new Worker(script, { workerData: setup })));
  }

  async run(job: ComputeJob): Promise<JobResult> {
    const shares = this.workers.map((worker, i) => {
      const share = shareOf(job, i, this.workers.length);
      return new Promise<JobResult>((resolve, reject) => {
        if (this.failure !== undefined) return reject(this.failure);
        this.queues[i]?.push({ resolve, reject });
        worker.postMessage(share);
      });
    });
    const results = await Promise.all(shares);
    return {
      comparisons: results.flatMap((r) => r.comparisons),
      intrinsic: results.flatMap((r) => r.intrinsic),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(worker: number, reply: Reply): void {
    const waiter = this.queues[worker]?.shift();
    if (waiter === undefined) return;
    if ('result' in reply) waiter.resolve(reply.result);
    else waiter.reject(new StorytraceError('INTERNAL', `a compute worker failed: ${reply.error}`));
  }

  private fail(cause: Error): void {
    this.failure ??= new StorytraceError('INTERNAL', `a compute worker failed: ${cause.message}`);
    for (const queue of this.queues) for (const waiter of queue.splice(0)) waiter.reject(this.failure);
  }
}

/** The `i`th of `n` contiguous shares of a job's work, with the documents it reads. */
function shareOf(job: ComputeJob, i: number, n: number): ComputeJob {
  const slice = <T>(items: readonly T[]): T[] =>
    items.slice(Math.floor((items.length * i) / n), Math.floor((items.length * (i + 1)) / n));
  const pairs = slice(job.pairs);
  const intrinsic = slice(job.intrinsic);
  const needed = new Set(pairs.flatMap((p) => [p.a, p.b]));
  return {
    unindexed: job.unindexed,
    indexed: job.indexed,
    documents: job.pairs.length === 0 ? slice(job.documents) : job.documents.filter((d) => needed.has(d.seq)),
    pairs,
    intrinsic,
  };
}
