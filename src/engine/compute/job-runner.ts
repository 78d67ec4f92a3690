import { type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, TopicMemo } from '../../core/candidates/index.js';
import {
  type ClassifyOptions,
  comparePair,
  type DocumentView,
  type Lexicon,
  TextShapes,
  WeightedTermsMemo,
} from '../../core/classify/index.js';
import { loadSentenceModel, type SentenceEncoder } from '../../semantic/index.js';
import { loadRelatedWordings } from '../../spin/index.js';
import { DocumentCache, documentView } from '../documents.js';
import { DocumentFrequencies } from './document-frequencies.js';
import { intrinsicSigns } from './intrinsic.js';
import type { ComputeJob, JobDocument, JobResult } from './jobs.js';
import { outcomeOf } from './outcome.js';
import { embedSentences } from './sentence-vectors.js';

/** What a worker is started with: the engine's options and the index's document frequencies then. */
export interface RunnerSetup {
  candidates: Partial<CandidateOptions>;
  classify: ClassifyOptions;
  thesaurus: boolean;
  cacheSize: number;
  frequencies: { terms: Uint32Array; counts: Int32Array; size: number };
  /** Folder of a sentence model to align sentences by meaning too (the engine has loaded it once). */
  sentenceModel?: string;
}

/** A text as a worker compares it: its view, and its terms as the candidate index keeps them. */
interface ComparedText {
  view: DocumentView;
  terms: Uint32Array;
}

/**
 * Runs compute jobs away from the engine: prepares the documents a job names (keeping the recent ones,
 * as candidates recur) and compares pairs with term weights from a replica of the index's statistics.
 */
export class JobRunner {
  private readonly frequencies: DocumentFrequencies;
  private readonly cache: DocumentCache<ComparedText>;
  private readonly candidateOptions: CandidateOptions;
  private readonly lexicon: Lexicon;
  private encoder: Promise<SentenceEncoder> | undefined;
  /**
   * Each text's weighted terms under the replica's weights, kept until they change: a batch's pairs come
   * in several jobs (`PairJob`), and its texts recur across them.
   */
  private terms: WeightedTermsMemo;
  private topics: TopicMemo;
  private readonly shapes = new TextShapes();

  constructor(private readonly setup: RunnerSetup) {
    this.frequencies = new DocumentFrequencies(setup.frequencies);
    this.cache = new DocumentCache(setup.cacheSize);
    this.candidateOptions = { ...DEFAULT_CANDIDATE_OPTIONS, ...setup.candidates };
    this.lexicon = {
      weight: (stem) => this.frequencies.idf(stem),
      ...(setup.thesaurus ? { related: loadRelatedWordings() } : {}),
    };
    this.terms = new WeightedTermsMemo(this.lexicon.weight, this.shapes);
    this.topics = new TopicMemo(this.frequencies, this.candidateOptions);
  }

  async run(job: ComputeJob): Promise<JobResult> {
    for (const terms of job.unindexed) this.frequencies.remove(terms);
    for (const terms of job.indexed) this.frequencies.add(terms);
    if (job.unindexed.length + job.indexed.length > 0) {
      this.terms = new WeightedTermsMemo(this.lexicon.weight, this.shapes);
      this.topics = new TopicMemo(this.frequencies, this.candidateOptions);
    }
    const documents = new Map(job.documents.map((d) => [d.seq, d]));
    this.cache.holdAtLeast(documents.size);
    const document = (seq: number): JobDocument => {
      const found = documents.get(seq);
      if (found === undefined) throw new Error(`document ${seq} is missing from its job`);
      return found;
    };
    const prepared = (seq: number): ComparedText =>
      this.cache.get(String(seq), () => {
        const { text, boilerplate } = document(seq);
        const view = documentView(text, boilerplate);
        return { view, terms: this.shapes.termCounts(view).stems };
      });
    // Every text the job brings, those of a job with no pairs too: they are compared in the jobs after it.
    for (const { seq } of job.documents) prepared(seq);
    const compared = job.pairs.map((p) => [prepared(p.a), prepared(p.b)] as const);
    const model = this.setup.sentenceModel;
    if (model !== undefined) {
      this.encoder ??= loadSentenceModel(model);
      await embedSentences(
        compared.flatMap((pair) => pair.map((text) => text.view)),
        await this.encoder,
      );
    }
    const sentences = this.terms;
    const compare = (a: ComparedText, b: ComparedText) => {
      const topic = this.topics.similarity(a.terms, b.terms);
      return outcomeOf(comparePair(a.view, b.view, this.lexicon, topic, this.setup.classify, sentences));
    };
    return {
      comparisons: compared.map(([a, b]) => compare(a, b)),
      intrinsic: job.intrinsic.map((task) => intrinsicSigns(task.text)),
    };
  }
}
