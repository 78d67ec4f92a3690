import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { BoilerplateIndex } from '../core/boilerplate/index.js';
import { type Candidate, CandidateIndex, type IndexedDocument } from '../core/candidates/index.js';
import {
  comparePair,
  DEFAULT_CLASSIFY_OPTIONS,
  type Lexicon,
  type PairComparison,
  type SentenceTermsMemo,
} from '../core/classify/index.js';
import { groupStories } from '../core/cluster/index.js';
import type { Article, ArticleVerdict, Report, StorySummary } from '../core/contract/index.js';
import { CONTRACT_VERSION, compareIds } from '../core/contract/index.js';
import { pairKey, type StoryMember, traceStory } from '../core/provenance/index.js';
import type { Span } from '../core/text/index.js';
import { issue, StorytraceError } from '../errors/index.js';
import type { IngestItem } from '../ingest/index.js';
import { loadRelatedWordings } from '../spin/index.js';
import type { Store, StoredArticle } from '../store/types.js';
import {
  ComputeDispatcher,
  InProcessCompute,
  type IntrinsicSigns,
  intrinsicSigns,
  type JobDocument,
  type JobResult,
} from './compute/index.js';
import { DocumentCache, type PreparedDocument, prepareDocument } from './documents.js';
import { storyLink } from './links.js';
import { type KeptPair, PairGraph } from './pair-graph.js';
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
  now: Date.now,
};

const NO_SPANS: readonly Span[] = Object.freeze([]);

interface ChosenPair {
  a: StoredArticle;
  b: StoredArticle;
}

/** A batch indexed and being compared, waiting to be traced and written. */
interface StagedBatch {
  batch: StoredArticle[];
  replacing: string[];
  removedPairs: { a: string; b: string }[];
  pairs: ChosenPair[];
  results: Promise<JobResult>;
}

const STORY_COUNTER = 'story_counter';

/**
 * The incremental pipeline over a store: each new article is fingerprinted, looked up among the
 * articles already known, compared in full with its best candidates, and the stories it touches are
 * traced again. Articles and pairs already analysed are never compared again.
 */
export class Engine {
  private readonly articles = new Map<string, StoredArticle>();
  private readonly graph = new PairGraph();
  private readonly idBySeq = new Map<number, string>();
  private readonly verdicts = new Map<string, ArticleVerdict>();
  private readonly stories = new Map<string, StorySummary>();
  private readonly index: CandidateIndex;
  private readonly boilerplate = new BoilerplateIndex();
  private readonly cache: DocumentCache<PreparedDocument>;
  /** What each text shows by itself (page shape, machine style): computed once, read at every trace. */
  private readonly intrinsic = new Map<string, IntrinsicSigns>();
  private readonly boilerplateSpans = new Map<string, readonly Span[]>();
  /** Stories of articles forgotten since the last trace: they must be traced again. */
  private readonly formerStories = new Set<string>();
  /** Articles of a batch still being compared: in the index, not yet in any story. */
  private readonly unsettled = new Set<string>();
  /** Where comparisons run: this thread, or the workers of the add in progress. */
  private readonly compute: ComputeDispatcher;
  private readonly lexicon: Lexicon;
  private readonly window: ArticleWindow;
  private nextSeq = 1;
  private storyCounter = 0;

  private constructor(
    private readonly store: Store,
    private readonly options: EngineOptions,
  ) {
    this.index = new CandidateIndex(options.candidates);
    this.cache = new DocumentCache(options.cacheSize);
    this.window = new ArticleWindow(options.window);
    const inProcess = new InProcessCompute(
      (task, sentences) => {
        const a = this.articleBySeq(task.a);
        const b = this.articleBySeq(task.b);
        if (a === undefined || b === undefined) throw new Error(`pair ${task.a}-${task.b} names an unknown article`);
        return this.compare(a, b, sentences);
      },
      (stem) => this.index.idf(stem),
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
    const engine = new Engine(store, { ...DEFAULT_ENGINE_OPTIONS, ...options });
    await engine.load();
    return engine;
  }

  private async load(): Promise<void> {
    for await (const article of this.store.listArticles()) {
      this.articles.set(article.id, article);
      this.nextSeq = Math.max(this.nextSeq, article.seq + 1);
    }
    this.indexInWindow([...this.articles.values()]);
    for await (const record of this.store.listPairs()) {
      const comparison: PairComparison = JSON.parse(record.payload);
      this.graph.remember({ a: record.a, b: record.b, payload: record.payload, ...storyLink(comparison) });
    }
    for (const verdict of await this.store.listVerdicts()) this.verdicts.set(verdict.id, verdict);
    for (const story of await this.store.listStories()) this.stories.set(story.id, story);
    this.storyCounter = Number((await this.store.getMeta(STORY_COUNTER)) ?? 0);
  }

  get size(): number {
    return this.articles.size;
  }

  getArticle(id: string): StoredArticle | undefined {
    return this.articles.get(id);
  }

  async add(items: AsyncIterable<IngestItem>, options: AddOptions): Promise<AddSummary> {
    const summary: AddSummary = { added: 0, unchanged: 0, replaced: 0, rejected: 0, comparisons: 0, stories: 0 };
    // One batch is compared (on workers) while the one before it is traced and written.
    let writing: Promise<void> = Promise.resolve();
    const submit = async (batch: StoredArticle[], replacing: string[]): Promise<void> => {
      // Forgetting an article must see every pair found for it so far.
      if (replacing.length > 0) await writing;
      if (batch.length === 0 && replacing.length === 0) return;
      const staged = this.stage(batch, replacing);
      summary.added += batch.length;
      summary.comparisons += staged.pairs.length;
      const previous = writing;
      writing = previous.then(() => this.finish(staged));
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
        const known = this.articles.get(article.id) ?? pending.get(article.id);
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
      await submit(batch, []);
      await writing;
    } finally {
      // Whatever stopped the input, the batch in flight is written (or fails) before the store can close.
      await writing.catch(() => {});
      await this.compute.close();
    }
    options.onProgress?.(done);
    summary.stories = this.stories.size;
    return summary;
  }

  /**
   * The first half of a batch, on this thread: `replacing` ids are forgotten, the batch is indexed
   * whole (boilerplate, candidates, IDF) and its pairs are chosen; their comparison starts, on workers
   * when the batch is large.
   */
  private stage(batch: StoredArticle[], replacing: string[]): StagedBatch {
    const removedPairs = replacing.flatMap((id) => this.forget(id));
    for (const article of batch) {
      this.articles.set(article.id, article);
      this.unsettled.add(article.id);
    }
    this.indexInWindow(batch);
    const pairs = this.pairsToCompare(batch);
    const documents = new Map<number, JobDocument>();
    for (const article of [...batch, ...pairs.flatMap((p) => [p.a, p.b])]) {
      if (!documents.has(article.seq)) documents.set(article.seq, this.jobDocument(article));
    }
    const results = this.compute.run({
      documents: [...documents.values()],
      pairs: pairs.map(({ a, b }) => ({ a: a.seq, b: b.seq })),
      intrinsic: batch.map((a) => a.seq),
    });
    // Awaited by `finish`; a failure seen first elsewhere must not also count as unhandled here.
    results.catch(() => {});
    return { batch, replacing, removedPairs, pairs, results };
  }

  /** The second half of a batch: its comparisons kept, its stories traced again, all committed at once. */
  private async finish(staged: StagedBatch): Promise<void> {
    const { batch, replacing, removedPairs, pairs } = staged;
    const { comparisons, intrinsic } = await staged.results;
    batch.forEach((article, i) => {
      const signs = intrinsic[i];
      if (signs !== undefined) this.intrinsic.set(article.id, signs);
      this.unsettled.delete(article.id);
    });
    const newPairs: KeptPair[] = [];
    comparisons.forEach((outcome, i) => {
      const task = pairs[i];
      if (task === undefined || outcome.link === 'none') return;
      const pair = { a: task.a.id, b: task.b.id, ...outcome };
      this.graph.remember(pair);
      newPairs.push(pair);
    });
    const { verdicts, stories, removedStories } = this.retrace(new Set([...batch.map((a) => a.id), ...replacing]));
    await this.store.commit({
      articles: batch,
      pairs: newPairs.map(({ a, b, payload }) => ({ a, b, payload })),
      removedPairs,
      verdicts,
      stories,
      removedStories,
      removedArticles: replacing,
      meta: { [STORY_COUNTER]: String(this.storyCounter) },
    });
  }

  /**
   * Removes articles as if they had never been added: their pairs go, and the stories they were in are
   * regrouped and traced again (a story may split or vanish), all in one transaction. An unknown id is
   * reported as NOT_FOUND and the others are still removed.
   */
  async remove(ids: readonly string[], options: RemoveOptions = {}): Promise<RemoveSummary> {
    const distinct = [...new Set(ids)];
    const known = distinct.filter((id) => this.articles.has(id));
    for (const id of distinct.filter((id) => !this.articles.has(id))) {
      options.onIssue?.(issue('NOT_FOUND', 'no such article in the store', { record: id }));
    }
    if (known.length > 0) await this.finish(this.stage([], known));
    return { removed: known.length, notFound: distinct.length - known.length, stories: this.stories.size };
  }

  /**
   * Indexes the articles inside the time window (all of them without one), after evicting those the
   * window has left behind.
   */
  private indexInWindow(articles: readonly StoredArticle[]): void {
    const { admitted, expired } = this.window.admit(articles);
    for (const id of expired) {
      const article = this.articles.get(id);
      if (article !== undefined) this.evict(article);
    }
    for (const article of admitted) this.idBySeq.set(article.seq, article.id);
    // Each article's boilerplate as the index stands with the whole batch in it, fixed from now on.
    this.boilerplate.addAll(admitted).forEach((spans, i) => {
      const article = admitted[i];
      if (article !== undefined) this.boilerplateSpans.set(article.id, spans.length === 0 ? NO_SPANS : spans);
    });
    for (const article of admitted) {
      const { indexed } = this.prepare(article);
      this.index.add(article.seq, indexed);
      this.compute.indexed(indexed.terms);
    }
  }

  /**
   * Each new article with its best candidates among all articles known, the rest of its batch
   * included, each pair once and read in id order. The whole batch is indexed first, so within a batch
   * neither the pairs compared nor the corpus statistics they are read with depend on input order.
   */
  private pairsToCompare(batch: readonly StoredArticle[]): ChosenPair[] {
    const chosen = new Set<string>();
    const pairs: ChosenPair[] = [];
    for (const article of batch) {
      for (const other of this.bestCandidates(article)) {
        const k = pairKey(article.id, other.id);
        if (chosen.has(k)) continue;
        chosen.add(k);
        const [a, b] = article.id < other.id ? [article, other] : [other, article];
        pairs.push({ a, b });
      }
    }
    return pairs;
  }

  /** The indexed articles most worth comparing with one, strongest first, equal ones by id. */
  private bestCandidates(article: StoredArticle): StoredArticle[] {
    const ranked = this.index
      .query(this.indexedOf(article))
      .filter((c) => c.doc !== article.seq && worthComparing(c))
      .flatMap((c) => {
        const other = this.articleBySeq(c.doc);
        return other === undefined ? [] : [{ other, strength: Math.max(c.jaccard, c.containment, c.termScore) }];
      })
      .sort((x, y) => y.strength - x.strength || compareIds(x.other.id, y.other.id));
    return ranked.slice(0, this.options.comparisonsPerArticle).map((r) => r.other);
  }

  private jobDocument(article: StoredArticle): JobDocument {
    return { seq: article.seq, text: article.text, boilerplate: this.boilerplateOf(article) };
  }

  private indexedOf(article: StoredArticle): IndexedDocument {
    return this.index.indexed(article.seq) ?? this.prepare(article).indexed;
  }

  /** A full comparison, with the two texts' topic similarity in the index as it stands. */
  private compare(a: StoredArticle, b: StoredArticle, sentences?: SentenceTermsMemo): PairComparison {
    const [left, right] = [this.prepare(a), this.prepare(b)];
    const topic = this.index.topicSimilarity(left.indexed, right.indexed);
    return comparePair(left.view, right.view, this.lexicon, topic, this.options.classify, sentences);
  }

  /** Drops an article being replaced or removed from every in-memory structure; returns its pairs to delete. */
  private forget(id: string): { a: string; b: string }[] {
    const article = this.articles.get(id);
    if (article === undefined) return [];
    this.evict(article);
    this.articles.delete(id);
    const story = this.verdicts.get(id)?.story;
    if (story !== undefined) this.formerStories.add(story);
    this.verdicts.delete(id);
    return this.graph.forget(id);
  }

  /** Drops an article from the structures that serve comparisons; it stays in stories and the report. */
  private evict(article: StoredArticle): void {
    const indexed = this.index.indexed(article.seq);
    if (indexed !== undefined) this.compute.unindexed(indexed.terms);
    this.index.remove(article.seq);
    this.idBySeq.delete(article.seq);
    this.boilerplate.remove(article.id);
    this.boilerplateSpans.delete(article.id);
    this.cache.delete(article.id);
    this.intrinsic.delete(article.id);
  }

  /** Regroups stories and traces again those that hold a changed article. */
  private retrace(changed: Set<string>): {
    verdicts: ArticleVerdict[];
    stories: StorySummary[];
    removedStories: string[];
  } {
    const affectedStories = new Set([...changed].flatMap((id) => this.verdicts.get(id)?.story ?? []));
    for (const s of this.formerStories) affectedStories.add(s);
    this.formerStories.clear();
    const seeds = [...changed, ...[...affectedStories].flatMap((s) => this.stories.get(s)?.articles ?? [])];
    const settled = seeds.filter((id) => this.articles.has(id) && !this.unsettled.has(id));
    const { ids: reached, linked } = this.graph.closure(settled);
    const ids = [...reached].sort((x, y) => this.seqOf(x) - this.seqOf(y));
    const groups = groupStories(ids, linked);
    const verdicts: ArticleVerdict[] = [];
    const stories: StorySummary[] = [];
    const claimed = new Set<string>();
    for (const group of groups) {
      const previous = group.map((id) => this.verdicts.get(id)?.story).filter((s): s is string => s !== undefined);
      const touched = group.some((id) => changed.has(id)) || previous.some((s) => affectedStories.has(s));
      const sameAsBefore = new Set(previous).size === 1 && previous.length === group.length;
      if (!touched && sameAsBefore) {
        for (const s of previous) claimed.add(s);
        continue;
      }
      const reusable = [...new Set(previous)].filter((s) => !claimed.has(s)).sort(byStoryNumber);
      const storyId = reusable[0] ?? `s${++this.storyCounter}`;
      claimed.add(storyId);
      const traced = traceStory(
        storyId,
        group.map((id) => this.member(id)),
        this.graph.touching(group),
      );
      verdicts.push(...traced.verdicts);
      stories.push(traced.story);
    }
    const before = new Set([...affectedStories, ...ids.flatMap((id) => this.verdicts.get(id)?.story ?? [])]);
    const removedStories = [...before].filter((s) => !claimed.has(s) && this.stories.has(s));
    for (const s of removedStories) this.stories.delete(s);
    for (const v of verdicts) this.verdicts.set(v.id, v);
    for (const s of stories) this.stories.set(s.id, s);
    return { verdicts, stories, removedStories };
  }

  private seqOf(id: string): number {
    return this.articles.get(id)?.seq ?? 0;
  }

  private member(id: string): StoryMember {
    const article = this.articles.get(id) as StoredArticle;
    const published = article.published === undefined ? Number.NaN : Date.parse(article.published);
    return {
      id,
      seq: article.seq,
      headline: headline(article),
      ...this.intrinsicSigns(article),
      ...(Number.isNaN(published) ? {} : { published }),
    };
  }

  private intrinsicSigns(article: StoredArticle): IntrinsicSigns {
    let signs = this.intrinsic.get(article.id);
    if (signs === undefined) {
      signs = intrinsicSigns(article.text);
      this.intrinsic.set(article.id, signs);
    }
    return signs;
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

  private articleBySeq(seq: number): StoredArticle | undefined {
    const id = this.idBySeq.get(seq);
    return id === undefined ? undefined : this.articles.get(id);
  }

  /** A fresh comparison of two stored articles, for a person asking why. */
  explain(a: string, b: string): { comparison: PairComparison; textA: string; textB: string } {
    const left = this.articles.get(a);
    const right = this.articles.get(b);
    const missing = left === undefined ? a : right === undefined ? b : undefined;
    if (left === undefined || right === undefined) {
      throw new StorytraceError('NOT_FOUND', `no article ${JSON.stringify(missing)} in the store`);
    }
    const comparison = this.compare(left, right);
    return { comparison, textA: left.text, textB: right.text };
  }

  report(): Report {
    const ordered = [...this.articles.values()].sort((x, y) => x.seq - y.seq);
    return {
      version: CONTRACT_VERSION,
      articles: ordered.flatMap((a) => this.verdicts.get(a.id) ?? []),
      stories: [...this.stories.values()].sort((x, y) => byStoryNumber(x.id, y.id)),
    };
  }

  articleMap(): ReadonlyMap<string, Article> {
    return this.articles;
  }
}

/**
 * Below these, a full comparison cannot find anything: no shared shingles to align, and too little
 * shared rare vocabulary for a rewrite or a same-story link.
 */
export function worthComparing(c: Candidate): boolean {
  return c.jaccard >= 0.05 || c.containment >= 0.15 || c.termScore >= 0.2;
}

function headline(article: Article): string {
  if (article.title) return article.title;
  const line = article.text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line.trim();
}

function byStoryNumber(x: string, y: string): number {
  return Number(x.slice(1)) - Number(y.slice(1)) || compareIds(x, y);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
