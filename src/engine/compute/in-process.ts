import { type PairComparison, SentenceTermsMemo } from '../../core/classify/index.js';
import { intrinsicSigns } from './intrinsic.js';
import type { Compute, ComputeJob, JobResult, PairTask } from './jobs.js';
import { outcomeOf } from './outcome.js';

/** Compute jobs on the calling thread, with the engine's own documents and index: small batches, `explain`. */
export class InProcessCompute implements Compute {
  constructor(
    private readonly compare: (task: PairTask, sentences: SentenceTermsMemo) => PairComparison,
    private readonly weight: (stem: number) => number,
  ) {}

  async run(job: ComputeJob): Promise<JobResult> {
    const texts = new Map(job.documents.map((d) => [d.seq, d.text]));
    const text = (seq: number): string => {
      const found = texts.get(seq);
      if (found === undefined) throw new Error(`document ${seq} is missing from its job`);
      return found;
    };
    // The index does not change while a job runs: each text's sentence terms are made once in it.
    const sentences = new SentenceTermsMemo(this.weight);
    return {
      comparisons: job.pairs.map((task) => outcomeOf(this.compare(task, sentences))),
      intrinsic: job.intrinsic.map((seq) => intrinsicSigns(text(seq))),
    };
  }

  async close(): Promise<void> {}
}
