import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { BoilerplateIndex } from '../core/boilerplate/index.js';
import { type Candidate, CandidateIndex, type IndexedDocument } from '../core/candidates/index.js';
import {
  comparePair,
  DEFAULT_CLASSIFY_OPTIONS,
  type DocumentView,
  type Lexicon,
  lexiconPhrases,
  type PairComparison,
  type SpinLexicon,
  type TermCounts,
  termCosine,
  WeightedTermsMemo,
} from '../core/classify/index.js';
import type { Article, ArticleVerdict, Report, StorySummary } from '../core/contract/index.js';
import { CONTRACT_VERSION, compareIds } from '../core/contract/index.js';
import { pairKey } from '../core/provenance/index.js';
import type { Span } from '../core/text/index.js';
import { issue, StorytraceError } from '../errors/index.js';
import type { IngestItem } from '../ingest/index.js';
import { loadSentenceModel, type SentenceEncoder } from '../semantic/index.js';
import { loadRelatedWordings } from '../spin/index.js';
import type { PairRecord, Store, StoredArticle } from '../store/types.js';
import { ArticleRegistry } from './article-registry.js';
import {
  type ComparisonOutcome,
  ComputeDispatcher,
  type ComputeJob,
  embedSentences,
  InProcessCompute,
  type IntrinsicSigns,
  intrinsicSigns,
  type JobDocument,
  type JobResult,
  likenessOutcome,
  outcomeOf,
} from './compute/index.js';
import { DocumentCache, type PreparedDocument, prepareDocument } from './documents.js';
import { type Likeness, storedLink } from './links.js';
import { PairGraph } from './pair-graph.js';
import { byStoryNumber, StoryTracer } from './story-tracer.js';
import type { AddOptions, AddSummary, EngineOptions, RemoveOptions, RemoveSummary } from './types.js';
import { ArticleWindow } from './window.js';

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  candidates: {},
  classify: DEFAULT_CLASSIFY_OPTIONS,
  comparisonsPerArticle: 12,
  batchSize: 2000,
  cacheSize: 4000,
  thesaurus: true,
  workers: Math.max(0, Math.min(availableParallelism() - 1, 7)),
  parallelFrom: 2000,
  keepWorkers: false,
  threadShare: 0,
  now: Date.now,
};

const NO_SPANS: readonly Span[] = Object.freeze([]);
/** Articles whose pairs are chosen before they go to be compared (a part of a `PairJob`). */
const ARTICLES_A_PART = 125;
const settled = () => undefined;

interface ChosenPair {
  a: StoredArticle;
  b: StoredArticle;
  /** Only weighed for stories: nothing shared to align, too little rare vocabulary for a rewrite. */
  light: boolean;
}

/** A batch indexed and being compared, waiting to be traced and written. */
interface StagedBatch {
  batch: StoredArticle[];
  replacing: string[];
  removedPairs: { a: string; b: string }[];
  pairs: ChosenPair[];
  results: Promise<JobResult>;
  /** Staged with nothing else for this thread to do while it is compared: see `ComputeDispatcher.pairJob`. */
  alone: boolean;
}

/**
 * The incremental pipeline over a store: each new article is fingerprinted, looked up among the
 * articles already known, compared in full with its best candidates, and the stories it touches are
 * traced again. Articles and pairs already analysed are never compared again.
 */
export class Engine {
  private readonly registry: ArticleRegistry;
  private readonly graph: PairGraph;
  private readonly tracer: StoryTracer;
  private readonly index: CandidateIndex;
  private readonly boilerplate = new BoilerplateIndex();
  private readonly cache: DocumentCache<PreparedDocument>;
  private readonly boilerplateSpans = new Map<string, readonly Span[]>();
  /** The counted terms of each indexed article, by number: a pair weighed only for stories reads nothing else. */
  private readonly indexedTerms = new Map<number, TermCounts>();
  /** Where comparisons run: this thread, or the workers of the add in progress. */
  private readonly compute: ComputeDispatcher;
  private readonly lexicon: Lexicon;
  private readonly window: ArticleWindow;
  private nextSeq = 1;
  /** Adds and removes take turns reading and staging their input, in the order called. */
  private turn: Promise<void> = Promise.resolve();
  /**
   * The last batch written or being written: each batch is written after the one staged before it,
   * across calls, so an add reads and stages while the batches of the one before it are still written.
   */
  private writing: Promise<void> = Promise.resolve();
  /** Adds called and not yet ended: the last to end stops the workers (without `keepWorkers`). */
  private adding = 0;

  private constructor(
    private readonly store: Store,
    private readonly options: EngineOptions,
    private readonly encoder: SentenceEncoder | undefined,
  ) {
    const lexicon = options.spinLexicon;
    this.registry = new ArticleRegistry(store, (text) => withLexicon(intrinsicSigns(text), text, lexicon));
    this.graph = new PairGraph(
      (pairs) => store.getPairs(pairs),
      (id) => this.registry.seqOf(id),
    );
    this.tracer = new StoryTracer(this.registry, this.graph, store);
    this.index = new CandidateIndex(options.candidates);
    this.cache = new DocumentCache(options.cacheSize);
    this.window = new ArticleWindow(options.window);
    const inProcess = new InProcessCompute(
      (task, terms) => outcomeOf(this.compare(this.comparable(task.a), this.comparable(task.b), terms)),
      (stem) => this.index.idf(stem),
      encoder === undefined ? undefined : { encoder, view: (seq) => this.viewBySeq(seq) },
    );
    this.compute = new ComputeDispatcher(options, inProcess, () => ({
      ...this.index.documentFrequencies(),
      size: this.index.size,
    }));
    // WordNet is read on the first comparison, not when a store opens for a read-only command.
    this.lexicon = {
      weight: (stem) => this.index.idf(stem),
      ...(options.thesaurus ? { related: (a: string, b: string) => loadRelatedWordings()(a, b) } : {}),
    };
  }

  static async open(store: Store, options: Partial<EngineOptions> = {}): Promise<Engine> {
    const settled = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    // Loaded here, so that a folder that is not a model fails before any article is read.
    const encoder = settled.sentenceModel === undefined ? undefined : await loadSentenceModel(settled.sentenceModel);
    const engine = new Engine(store, settled, encoder);
    await engine.load();
    return engine;
  }

  private async load(): Promise<void> {
    const stored: StoredArticle[] = [];
    for await (const article of this.store.listArticles()) {
      this.registry.add(article, false);
      stored.push(article);
      this.nextSeq = Math.max(this.nextSeq, article.seq + 1);
    }
    this.indexInWindow(stored);
    // The texts outside the window leave memory at once; so does the JSON of a pair between two of them.
    this.release();
    for await (const record of this.store.listPairs()) {
      const stored: PairComparison | Likeness = JSON.parse(record.payload);
      const held = this.registry.whole(record.a) !== undefined || this.registry.whole(record.b) !== undefined;
      const bearing = storedLink(stored, this.options.classify.sameStory);
      this.graph.remember({ ...record, payload: held ? record.payload : undefined, ...bearing });
    }
    await this.tracer.load();
  }

  /**
   * Adds articles in batches, each one committed whole. Calls may overlap (a server taking one request
   * while the one before it is written): they are taken in the order called, each cut into its own
   * batches as if it ran alone, so the stores they leave are the same.
   */
  async add(items: AsyncIterable<IngestItem>, options: AddOptions): Promise<AddSummary> {
    const summary: AddSummary = { added: 0, unchanged: 0, replaced: 0, rejected: 0, comparisons: 0, stories: 0 };
    this.adding++;
    const endTurn = await this.takeTurn();
    // One batch is compared (on workers) while the one before it is traced and written, the last of the
    // call before this one included; that call's failure is its caller's, not this one's.
    let writing: Promise<void> = this.writing.catch(settled);
    let stories: Promise<number> | undefined;
    const submit = async (batch: StoredArticle[], replacing: string[], last = false): Promise<void> => {
      // Forgetting an article must see every pair found for it so far.
      if (replacing.length > 0) await writing;
      if (batch.length === 0 && replacing.length === 0) return;
      // Until its last batch, an add has the next to read and stage while the workers compare; after it,
      // with no other add in flight, this thread has nothing else in hand.
      const staged = this.stage(batch, replacing, last && this.adding === 1);
      // A sentence model answers asynchronously: the batch's comparisons, which read the index as it is,
      // must end before the next batch changes it (without a model they end within `stage`).
      if (this.encoder !== undefined) await staged.results.then(settled, settled);
      summary.added += batch.length;
      summary.comparisons += staged.pairs.length;
      const previous = writing;
      writing = previous.then(() => this.finish(staged));
      this.writing = writing;
      // Awaited at the next submit or at the end; until then a failure must not count as unhandled.
      writing.catch(() => {});
      await previous;
    };
    let batch: StoredArticle[] = [];
    /** The batch being filled, by id. */
    let pending = new Map<string, StoredArticle>();
    let done = 0;
    try {
      for await (const item of items) {
        done++;
        if (!item.ok) {
          summary.rejected++;
          for (const problem of item.issues) options.onIssue?.(problem);
          continue;
        }
        const { article, location } = item.value;
        const hash = sha256(article.text);
        const known = this.registry.has(article.id) ? await this.registry.read(article.id) : pending.get(article.id);
        if (known !== undefined && known.hash === hash) {
          summary.unchanged++;
          continue;
        }
        if (known !== undefined && !options.replace) {
          summary.rejected++;
          options.onIssue?.(
            issue('INPUT_DUPLICATE_ID', `id already used for a different text (use --replace to replace it)`, {
              ...location,
              record: article.id,
            }),
          );
          continue;
        }
        if (known !== undefined) {
          if (pending.get(article.id) === known) {
            summary.rejected++;
            options.onIssue?.(
              issue('INPUT_DUPLICATE_ID', 'id appears twice in one batch', { ...location, record: article.id }),
            );
            continue;
          }
          summary.replaced++;
          await submit(batch, [article.id]);
          batch = [];
          pending = new Map();
        }
        const stored = { ...article, seq: this.nextSeq++, hash, added: new Date(this.options.now()).toISOString() };
        batch.push(stored);
        pending.set(stored.id, stored);
        if (batch.length >= this.options.batchSize) {
          await submit(batch, []);
          batch = [];
          pending = new Map();
        }
        options.onProgress?.(done);
      }
      await submit(batch, [], true);
    } finally {
      // Counted once this call's last batch is written, before a later call's batch can change it.
      stories = writing.then(() => this.tracer.size);
      stories.catch(() => {});
      endTurn();
      // Whatever stopped the input, the batch in flight is written (or fails) before the store can close.
      await writing.catch(() => {});
      if (--this.adding === 0 && !this.options.keepWorkers) await this.compute.close();
    }
    await writing;
    options.onProgress?.(done);
    summary.stories = await stories;
    return summary;
  }

  /** Waits for the turns taken before this one; the function returned ends it. */
  private async takeTurn(): Promise<() => void> {
    const before = this.turn;
    let end: () => void = settled;
    this.turn = new Promise<void>((resolve) => {
      end = resolve;
    });
    await before;
    return end;
  }

  /**
   * The first half of a batch, on this thread: `replacing` ids are forgotten, the batch is indexed
   * whole (boilerplate, candidates, IDF) and its pairs are chosen; their comparison starts, on workers
   * when the batch is large. The signs its texts show by themselves need nothing else: they are read
   * first, on the workers once started, while this thread indexes the batch and chooses its pairs.
   * `alone`: this thread has nothing else to do while the batch is compared (`ComputeDispatcher.pairJob`).
   */
  private stage(batch: StoredArticle[], replacing: string[], alone: boolean): StagedBatch {
    const removedPairs = replacing.flatMap((id) => this.forget(id));
    for (const article of batch) this.registry.add(article, true);
    const signs = this.compute.run({
      documents: [],
      pairs: [],
      intrinsic: batch.map(({ seq, text }) => ({ seq, text })),
    });
    this.indexInWindow(batch);
    const job = this.compute.pairJob(alone);
    const chosen = new Set<string>();
    const pairs: ChosenPair[] = [];
    // A pair only weighed for stories is weighed here and now, from the index; the others are compared
    // in full, where the compute stage runs, and their outcomes take their places (`aligned`) later.
    const outcomes: ComparisonOutcome[] = [];
    const aligned: number[] = [];
    const terms = new WeightedTermsMemo((stem) => this.index.idf(stem));
    // Handed over in parts, so the workers compare the first while this thread chooses the next.
    for (let from = 0; from < batch.length; from += ARTICLES_A_PART) {
      const full: ChosenPair[] = [];
      for (const pair of this.pairsToCompare(batch.slice(from, from + ARTICLES_A_PART), chosen)) {
        if (pair.light) outcomes[pairs.length] = this.likeness(pair.a, pair.b, terms);
        else {
          aligned.push(pairs.length);
          full.push(pair);
        }
        pairs.push(pair);
      }
      job.add(this.jobPart(full));
    }
    const results = Promise.all([signs, job.end()]).then(([read, compared]) => {
      compared.forEach((outcome, i) => {
        outcomes[aligned[i] as number] = outcome;
      });
      return { comparisons: outcomes, intrinsic: read.intrinsic };
    });
    // Awaited by `finish`; a failure seen first elsewhere must not also count as unhandled here.
    results.catch(() => {});
    return { batch, replacing, removedPairs, pairs, results, alone };
  }

  /**
   * The second half of a batch: its comparisons kept, its stories traced again, all committed at once.
   * Then the texts of the articles the window has left, now in the store, leave memory.
   */
  private async finish(staged: StagedBatch): Promise<void> {
    const { batch, replacing, removedPairs, pairs } = staged;
    const asked = performance.now();
    const { comparisons, intrinsic } = await staged.results;
    if (staged.alone) this.compute.waited(performance.now() - asked);
    batch.forEach((article, i) => {
      const signs = intrinsic[i];
      this.registry.settle(article.id, signs && withLexicon(signs, article.text, this.options.spinLexicon));
    });
    const newPairs: PairRecord[] = [];
    comparisons.forEach((outcome, i) => {
      const task = pairs[i];
      if (task === undefined || outcome.link === 'none') return;
      const pair = { a: task.a.id, b: task.b.id, ...outcome };
      this.graph.remember(pair);
      newPairs.push({ a: pair.a, b: pair.b, payload: pair.payload });
    });
    const { verdicts, stories, removedStories } = await this.tracer.retrace(
      new Set([...batch.map((a) => a.id), ...replacing]),
    );
    await this.store.commit({
      articles: batch,
      pairs: newPairs,
      removedPairs,
      verdicts,
      stories,
      removedStories,
      removedArticles: replacing,
      meta: this.tracer.meta(),
    });
    this.release();
  }

  /**
   * Lets go of the texts of the articles the window has left, once committed, with what was kept
   * to compare them (an article outside the window on arrival was prepared without being indexed).
   */
  private release(): void {
    const released = this.registry.release();
    for (const id of released) {
      this.boilerplateSpans.delete(id);
      this.cache.delete(id);
    }
    this.graph.shelve(released, (id) => this.registry.whole(id) !== undefined);
  }

  /**
   * Removes articles as if they had never been added: their pairs go, and the stories they were in are
   * regrouped and traced again (a story may split or vanish), all in one transaction. An unknown id is
   * reported as NOT_FOUND and the others are still removed.
   */
  async remove(ids: readonly string[], options: RemoveOptions = {}): Promise<RemoveSummary> {
    const endTurn = await this.takeTurn();
    try {
      // Forgetting an article must see every pair found for it so far.
      await this.writing.catch(settled);
      const distinct = [...new Set(ids)];
      const known = distinct.filter((id) => this.registry.has(id));
      for (const id of distinct.filter((id) => !this.registry.has(id))) {
        options.onIssue?.(issue('NOT_FOUND', 'no such article in the store', { record: id }));
      }
      if (known.length > 0) await this.finish(this.stage([], known, true));
      return { removed: known.length, notFound: distinct.length - known.length, stories: this.tracer.size };
    } finally {
      endTurn();
    }
  }

  /**
   * Indexes the articles inside the time window (all of them without one), after evicting those the
   * window has left behind. The articles outside it are to leave memory once committed.
   */
  private indexInWindow(articles: readonly StoredArticle[]): void {
    const { admitted, expired } = this.window.admit(articles);
    for (const id of expired) {
      this.evict(id);
      this.registry.leave(id);
    }
    const inside = new Set(admitted);
    for (const article of articles) if (!inside.has(article)) this.registry.leave(article.id);
    // Each article's boilerplate as the index stands with the whole batch in it, fixed from now on.
    this.boilerplate.addAll(admitted).forEach((spans, i) => {
      const article = admitted[i];
      if (article !== undefined) this.boilerplateSpans.set(article.id, spans.length === 0 ? NO_SPANS : spans);
    });
    // The workers prepare the batch's texts, which most of its pairs name, while this thread indexes it.
    this.compute.prepareAhead(admitted.map((article) => this.jobDocument(article)));
    for (const article of admitted) {
      const { indexed, terms } = this.prepare(article);
      this.index.add(article.seq, indexed);
      this.indexedTerms.set(article.seq, terms);
      this.compute.indexed(indexed.terms);
    }
  }

  /**
   * Each of these new articles with its best candidates among all articles known, the rest of its
   * batch included, each pair once (`chosen`: the keys of the batch's pairs so far) and read in id order.
   * The whole batch is indexed first, so within a batch neither the pairs compared nor the corpus
   * statistics they are read with depend on input order.
   */
  private pairsToCompare(articles: readonly StoredArticle[], chosen: Set<string>): ChosenPair[] {
    const pairs: ChosenPair[] = [];
    for (const article of articles) {
      for (const { other, light } of this.bestCandidates(article)) {
        const k = pairKey(article.id, other.id);
        if (chosen.has(k)) continue;
        chosen.add(k);
        const [a, b] = article.id < other.id ? [article, other] : [other, article];
        pairs.push({ a, b, light });
      }
    }
    return pairs;
  }

  /** The indexed articles most worth comparing with one, strongest first, equal ones by id. */
  private bestCandidates(article: StoredArticle): { other: StoredArticle; light: boolean }[] {
    const ranked = this.index
      .query(this.indexedOf(article))
      .filter((c) => c.doc !== article.seq && worthComparing(c))
      .flatMap((c) => {
        const other = this.registry.wholeBySeq(c.doc);
        const strength = Math.max(c.jaccard, c.containment, c.termScore);
        return other === undefined ? [] : [{ other, strength, light: !worthAligning(c) }];
      })
      .sort((x, y) => y.strength - x.strength || compareIds(x.other.id, y.other.id));
    return ranked.slice(0, this.options.comparisonsPerArticle);
  }

  /** Pairs as a compute job takes them, with the documents they name. */
  private jobPart(pairs: readonly ChosenPair[]): Pick<ComputeJob, 'documents' | 'pairs'> {
    const documents = new Map<number, JobDocument>();
    for (const article of pairs.flatMap((p) => [p.a, p.b])) {
      if (!documents.has(article.seq)) documents.set(article.seq, this.jobDocument(article));
    }
    return {
      documents: [...documents.values()],
      pairs: pairs.map(({ a, b }) => ({ a: a.seq, b: b.seq })),
    };
  }

  /** An article a compute job names, by number: held whole, as every article in a job is. */
  private comparable(seq: number): StoredArticle {
    const article = this.registry.wholeBySeq(seq);
    if (article === undefined) throw new Error(`document ${seq} names an unknown article`);
    return article;
  }

  private viewBySeq(seq: number): DocumentView {
    return this.prepare(this.comparable(seq)).view;
  }

  private jobDocument(article: StoredArticle): JobDocument {
    return { seq: article.seq, text: article.text, boilerplate: this.boilerplateOf(article) };
  }

  private indexedOf(article: StoredArticle): IndexedDocument {
    return this.index.indexed(article.seq) ?? this.prepare(article).indexed;
  }

  /** A full comparison, with the two texts' topic similarity in the index as it stands. */
  private compare(a: StoredArticle, b: StoredArticle, sentences?: WeightedTermsMemo): PairComparison {
    const [left, right] = [this.prepare(a), this.prepare(b)];
    const topic = this.index.topicSimilarity(left.indexed.terms, right.indexed.terms);
    return comparePair(left.view, right.view, this.lexicon, topic, this.options.classify, sentences);
  }

  /** A pair weighed only for stories: its texts' likeness, and their topic similarity in the index. */
  private likeness(a: StoredArticle, b: StoredArticle, terms: WeightedTermsMemo): ComparisonOutcome {
    const [left, right] = [this.termsOf(a), this.termsOf(b)];
    const topic = this.index.topicSimilarity(left.stems, right.stems);
    const story = termCosine(terms.counted(left), terms.counted(right));
    return likenessOutcome(topic, story, this.options.classify.sameStory);
  }

  /** An article's counted terms: kept while it is indexed, else read from its text. */
  private termsOf(article: StoredArticle): TermCounts {
    return this.indexedTerms.get(article.seq) ?? this.prepare(article).terms;
  }

  /** Drops an article being replaced or removed from every in-memory structure; returns its pairs to delete. */
  private forget(id: string): { a: string; b: string }[] {
    if (!this.registry.has(id)) return [];
    this.evict(id);
    this.tracer.forgetting(id);
    // The graph finds the article's pairs by its number, which the registry forgets with it.
    const pairs = this.graph.forget(id);
    this.registry.forget(id);
    return pairs;
  }

  /** Drops an article from the structures that serve comparisons; it stays in stories and the report. */
  private evict(id: string): void {
    const seq = this.registry.seqOf(id);
    const indexed = this.index.indexed(seq);
    if (indexed !== undefined) this.compute.unindexed(indexed.terms);
    this.index.remove(seq);
    this.indexedTerms.delete(seq);
    this.boilerplate.remove(id);
    this.boilerplateSpans.delete(id);
    this.cache.delete(id);
  }

  private prepare(article: StoredArticle): PreparedDocument {
    return this.cache.get(article.id, () => prepareDocument(article.text, this.boilerplateOf(article)));
  }

  /** An article's boilerplate, as the index saw it when the article was first prepared (never redrawn). */
  private boilerplateOf(article: StoredArticle): readonly Span[] {
    let spans = this.boilerplateSpans.get(article.id);
    if (spans === undefined) {
      spans = this.boilerplate.spans(article.text);
      this.boilerplateSpans.set(article.id, spans.length === 0 ? NO_SPANS : spans);
    }
    return spans;
  }

  /** A fresh comparison of two stored articles, for a person asking why. */
  async explain(a: string, b: string): Promise<{ comparison: PairComparison; textA: string; textB: string }> {
    const left = await this.registry.read(a);
    const right = await this.registry.read(b);
    const missing = left === undefined ? a : right === undefined ? b : undefined;
    if (left === undefined || right === undefined) {
      throw new StorytraceError('NOT_FOUND', `no article ${JSON.stringify(missing)} in the store`);
    }
    if (this.encoder !== undefined) {
      await embedSentences([this.prepare(left).view, this.prepare(right).view], this.encoder);
    }
    const comparison = this.compare(left, right);
    return { comparison, textA: left.text, textB: right.text };
  }

  /** The report of everything in the store: verdicts in insertion order, stories in the order made. */
  async report(): Promise<Report> {
    return {
      version: CONTRACT_VERSION,
      articles: await this.store.listVerdicts(),
      stories: (await this.store.listStories()).sort((x, y) => byStoryNumber(x.id, y.id)),
    };
  }

  /**
   * Readies now what the first comparisons would otherwise wait for: the workers, and WordNet on this
   * thread, which compares a share of each batch. For a process serving adds (`keepWorkers`): its first
   * batch is then compared as fast as the next.
   */
  async startWorkers(): Promise<void> {
    if (this.options.thesaurus) loadRelatedWordings();
    await this.compute.start();
  }

  /** Stops the workers kept between adds (`keepWorkers`); the store is its owner's to close. */
  async close(): Promise<void> {
    await this.compute.close();
  }

  /** An article's verdict; undefined for an unknown id. */
  verdict(id: string): Promise<ArticleVerdict | undefined> {
    return this.store.getVerdict(id);
  }

  articleCount(): Promise<number> {
    return this.store.articleCount();
  }

  /** One story's summary and its articles' verdicts (in insertion order); undefined for an unknown id. */
  async story(id: string): Promise<{ summary: StorySummary; verdicts: ArticleVerdict[] } | undefined> {
    const summary = await this.store.getStory(id);
    return summary === undefined ? undefined : { summary, verdicts: await this.store.listVerdicts(id) };
  }

  /**
   * Articles with their texts, for the renderers: those with these ids, or all of them. Those held
   * are not read twice: a store opened without a window holds every text already.
   */
  async articles(ids?: readonly string[]): Promise<ReadonlyMap<string, Article>> {
    const found = new Map<string, Article>();
    const keep = (article: Article) => found.set(article.id, this.registry.whole(article.id) ?? article);
    if (ids === undefined) for await (const article of this.store.listArticles()) keep(article);
    else for (const article of await this.store.getArticles(ids)) keep(article);
    return found;
  }
}

/**
 * Below these, a comparison cannot find anything: no shared shingles to align, and too little shared
 * rare vocabulary for a likeness that counts when stories are weighed (half the reports of one event
 * share less than 0.2 of their rare-term weight).
 */
export function worthComparing(c: Candidate): boolean {
  return worthAligning(c) || c.termScore >= 0.12;
}

/**
 * Below these, a full comparison finds no reuse: no shared shingles to align, too little rare
 * vocabulary for a rewrite. Such a pair is only weighed for stories (on the labelled sets, aligning it
 * changed no verdict). There, every rewrite found with no shingles shared scores 0.3 or more; on
 * Reuters, pairs scoring 0.2–0.25 were a fifth of all full comparisons, and the "copies" found among
 * them earnings tables of two companies.
 */
export function worthAligning(c: Candidate): boolean {
  return c.jaccard >= 0.05 || c.containment >= 0.15 || c.termScore >= 0.25;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Signs with the lexicon's phrases the text holds (read on this thread: a few lookups a text). */
function withLexicon(signs: IntrinsicSigns, text: string, lexicon: SpinLexicon | undefined): IntrinsicSigns {
  const phrases = lexicon === undefined ? [] : lexiconPhrases(text, lexicon);
  return phrases.length === 0 ? signs : { ...signs, lexiconPhrases: phrases };
}
