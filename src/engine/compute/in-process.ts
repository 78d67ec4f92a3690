import { type DocumentView, TextShapes, WeightedTermsMemo } from '../../core/classify/index.js';
import type { SentenceEncoder } from '../../semantic/index.js';
import { intrinsicSigns } from './intrinsic.js';
import type { ComparisonOutcome, Compute, ComputeJob, JobResult, PairTask } from './jobs.js';
import { embedSentences } from './sentence-vectors.js';

const PAIRS_EMBEDDED_AT_ONCE = 64;

/** A sentence model, and the engine's view of each document to give its embeddings to. */
export interface InProcessMeaning {
  encoder: SentenceEncoder;
  view: (seq: number) => DocumentView;
}

/** Compute jobs on the calling thread, with the engine's own documents and index: small batches, `explain`. */
export class InProcessCompute implements Compute {
  private readonly shapes = new TextShapes();

  constructor(
    private readonly compare: (task: PairTask, terms: WeightedTermsMemo) => ComparisonOutcome,
    private readonly weight: (stem: number) => number,
    private readonly meaning?: InProcessMeaning,
  ) {}

  async run(job: ComputeJob): Promise<JobResult> {
    // The index does not change while a job runs: each text's sentence terms are made once in it.
    const sentences = new WeightedTermsMemo(this.weight, this.shapes);
    const comparisons: ComparisonOutcome[] = [];
    // Embedded a share of pairs at a time: the engine's document cache, where the embeddings are kept,
    // holds a share but may not hold a whole batch's documents.
    for (let from = 0; from < job.pairs.length; from += PAIRS_EMBEDDED_AT_ONCE) {
      const share = job.pairs.slice(from, from + PAIRS_EMBEDDED_AT_ONCE);
      if (this.meaning !== undefined) {
        const { encoder, view } = this.meaning;
        await embedSentences(
          share.flatMap((p) => [view(p.a), view(p.b)]),
          encoder,
        );
      }
      for (const task of share) comparisons.push(this.compare(task, sentences));
    }
    return {
      comparisons,
      intrinsic: job.intrinsic.map((task) => intrinsicSigns(task.text)),
    };
  }

  async close(): Promise<void> {}
}
