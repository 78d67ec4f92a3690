export { ComputeDispatcher } from './dispatcher.js';
export { InProcessCompute } from './in-process.js';
export { intrinsicSigns } from './intrinsic.js';
export type {
  ComparisonOutcome,
  Compute,
  ComputeJob,
  IntrinsicSigns,
  JobDocument,
  JobResult,
  PairTask,
} from './jobs.js';
export { likenessOutcome, outcomeOf } from './outcome.js';
export { embedSentences } from './sentence-vectors.js';
export { WorkerPool } from './worker-pool.js';
