import type { StoryMember } from '../../core/provenance/index.js';
import type { Span } from '../../core/text/index.js';
import type { PairBearing } from '../links.js';

/** What a text shows by itself (page shape, machine style, language), read at every trace of its story. */
export type IntrinsicSigns = Pick<
  StoryMember,
  'snippetPage' | 'machineStyle' | 'language' | 'lexiconPhrases' | 'attribution'
>;

/** A stored article as the compute stage needs it: its number, text and boilerplate spans. */
export interface JobDocument {
  seq: number;
  text: string;
  boilerplate: readonly Span[];
}

/** A text to read the intrinsic signs of, with its article's number. */
export interface IntrinsicTask {
  seq: number;
  text: string;
}

/** Two articles to compare in full, by number. */
export interface PairTask {
  a: number;
  b: number;
}

/**
 * The CPU-bound work of one batch: full comparisons and intrinsic signs. It carries the changes to
 * the candidate index since the previous job (terms of documents indexed and unindexed), so a worker
 * reads term weights from a replica that matches the index at the time the job was made.
 */
export interface ComputeJob {
  unindexed: Uint32Array[];
  indexed: Uint32Array[];
  /** The texts the pairs name; with no pairs, texts to prepare ahead of the comparisons to come. */
  documents: JobDocument[];
  pairs: PairTask[];
  /** The texts whose intrinsic signs are wanted (they need no boilerplate: a batch's are read before it is indexed). */
  intrinsic: IntrinsicTask[];
}

/** A comparison as the engine keeps it: how it bears on stories and, when it does, its JSON. */
export interface ComparisonOutcome extends PairBearing {
  /** The comparison's JSON, as stored; '' for a pair with no link, which is not kept. */
  payload: string;
}

export interface JobResult {
  /** One per pair task, in order. */
  comparisons: ComparisonOutcome[];
  /** One per `intrinsic` text, in order. */
  intrinsic: IntrinsicSigns[];
}

/** Runs compute jobs; results come in the order jobs were submitted. */
export interface Compute {
  run(job: ComputeJob): Promise<JobResult>;
  close(): Promise<void>;
}
