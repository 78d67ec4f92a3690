import type { CandidateOptions } from '../core/candidates/index.js';
import type { ClassifyOptions, SpinLexicon } from '../core/classify/index.js';
import type { Issue } from '../errors/index.js';

export interface EngineOptions {
  candidates: Partial<CandidateOptions>;
  classify: ClassifyOptions;
  /** Most candidates compared in full with each new article. */
  comparisonsPerArticle: number;
  /** Articles per transaction. */
  batchSize: number;
  /** Prepared documents kept in memory for comparisons. */
  cacheSize: number;
  /** Worker threads for full comparisons (0: all on the calling thread). */
  workers: number;
  /**
   * Pairs in one batch from which the workers start: fewer are compared faster than workers start. A
   * full batch of new articles (`batchSize`) starts them too, however few its pairs.
   */
  parallelFrom: number;
  /**
   * Workers, once started, serve every later `add` until `close` (a server taking batch after batch),
   * instead of stopping when each `add` ends.
   */
  keepWorkers: boolean;
  /**
   * The share of each job's pairs the calling thread compares itself, while the workers compare the
   * rest, at first: it then follows how long the thread waits for the workers (`ShareBalance`).
   */
  threadShare: number;
  /** Check substitutions against WordNet (spun or rewritten); off, a swap rate alone decides. */
  thesaurus: boolean;
  /**
   * Milliseconds: an article older than the newest time seen minus this leaves the in-memory indexes,
   * so new articles are no longer compared with it; it stays in the store, its story and the report.
   * Absent, every article stays comparable.
   */
  window?: number;
  /** The clock that stamps when an article is added, in milliseconds since the epoch. */
  now: () => number;
  /**
   * A spinner's phrases learned from confirmed spun pairs (`storytrace lexicon`): a text holding phrases
   * of three distinct swaps, with no source in the corpus, is spun. Read as the stories of this run are
   * traced.
   */
  spinLexicon?: SpinLexicon;
  /**
   * Folder of a sentence model (ONNX graph and its tokenizer): sentences are aligned by meaning as well
   * as by shared words, which finds rewrites that keep few of their source's words.
   */
  sentenceModel?: string;
}

export interface AddOptions {
  /** Re-adding an id with a different text replaces the article instead of rejecting it. */
  replace: boolean;
  onProgress?: (done: number) => void;
  onIssue?: (issue: Issue) => void;
}

export interface AddSummary {
  added: number;
  unchanged: number;
  replaced: number;
  rejected: number;
  comparisons: number;
  stories: number;
}

export interface RemoveOptions {
  onIssue?: (issue: Issue) => void;
}

export interface RemoveSummary {
  removed: number;
  notFound: number;
  stories: number;
}
