import type { Article, ArticleVerdict, StorySummary } from '../core/contract/index.js';

/** An article as kept in a store: the contract's article plus its insertion order, time and content hash. */
export interface StoredArticle extends Article {
  /** Insertion order, 1-based, unique in the store; the engine assigns it and never reuses one. */
  seq: number;
  /** Hex SHA-256 of the text: re-adding the same id with the same hash is a no-op. */
  hash: string;
  /** When the engine first stored this text (ISO 8601, UTC): an article's time when it has no `published`. */
  added: string;
}

/**
 * A pair of articles the engine compared, with its analysis as opaque JSON (the engine owns the shape).
 * A pair is identified by its two ids in either order; `a` < `b` by string order (`<` on JS strings).
 */
export interface PairRecord {
  a: string;
  b: string;
  payload: string;
}

/**
 * Everything one batch changes, written in one transaction: all of it or none of it.
 *
 * Order of application: first the removals (pairs, then articles, then stories), then the writes
 * (articles, pairs, verdicts, stories, meta). So a batch may remove a pair or an article and write it
 * afresh, and the fresh one stays.
 *
 * A batch is rejected whole with `STORE_WRITE_FAILED` when a pair has `a >= b`, a pair or verdict names
 * an article that is neither stored nor in the batch, a new article takes a `seq` another id holds,
 * or a value cannot be serialised to JSON.
 */
export interface Batch {
  /**
   * Inserted by id. An id already stored with the same hash is skipped (even if other fields differ);
   * with a different hash the stored article is replaced whole, keeping its pairs and verdict (the
   * engine decides replacement and removes what no longer holds).
   */
  articles: StoredArticle[];
  /** Upserted by (a, b). */
  pairs: PairRecord[];
  /** Pairs removed, e.g. when an article is removed or a pair no longer holds; ids in either order. */
  removedPairs?: { a: string; b: string }[];
  /** Upserted by article id. */
  verdicts: ArticleVerdict[];
  /** Upserted by story id. */
  stories: StorySummary[];
  removedStories: string[];
  /** Articles removed with their verdicts and pairs; stories are left to the engine. */
  removedArticles?: string[];
  /** Small key/value state the engine keeps (counters, options). */
  meta?: Record<string, string>;
}

export interface StoreCapabilities {
  /** Several processes may write at once (a database server); the embedded store allows one writer. */
  concurrentWriters: boolean;
  /** What is committed survives close and re-open (false for an in-memory store). */
  persistent: boolean;
}

/**
 * The one persistence interface. Implementations: SQLite (embedded, default) and, later, PostgreSQL.
 * Every implementation passes `store/contract-suite.ts`. Async so a networked store fits the same shape.
 * Removing an id that is not stored is a no-op. Listings hold no lock between items: a commit may run
 * while one is in progress.
 */
export interface Store {
  readonly capabilities: StoreCapabilities;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** The stored articles among `ids`, in the order of `ids`, each once; unknown ids are left out. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** All articles in insertion order (by `seq`), streamed. */
  listArticles(): AsyncIterable<StoredArticle>;
  articleCount(): Promise<number>;
  /** The pairs with `id` on either side, in the order first written. */
  pairsOf(id: string): Promise<PairRecord[]>;
  /** The stored pairs among `pairs` (ids in either order), in the order asked, each once; others are left out. */
  getPairs(pairs: readonly { a: string; b: string }[]): Promise<PairRecord[]>;
  /** All pairs in the order first written (an upsert keeps a pair's place), streamed. */
  listPairs(): AsyncIterable<PairRecord>;
  getVerdict(id: string): Promise<ArticleVerdict | undefined>;
  /** All verdicts, or those of one story, in the insertion order of their articles. */
  listVerdicts(story?: string): Promise<ArticleVerdict[]>;
  getStory(id: string): Promise<StorySummary | undefined>;
  /** All stories in the order first written (an upsert keeps a story's place). */
  listStories(): Promise<StorySummary[]>;
  getMeta(key: string): Promise<string | undefined>;
  /** Atomic: after a crash the store holds every committed batch whole and nothing of an uncommitted one. */
  commit(batch: Batch): Promise<void>;
  /** Closes the store; closing again is a no-op, any other call after it throws. */
  close(): Promise<void>;
}
