import type { Article, ArticleVerdict, StorySummary } from '../core/contract/index.js';

/** An article as kept in a store: the contract's article plus its insertion order and content hash. */
export interface StoredArticle extends Article {
  /** Insertion order, 1-based, never reused. */
  seq: number;
  /** Hex SHA-256 of the text: re-adding the same id with the same hash is a no-op. */
  hash: string;
}

/**
 * A pair of articles the engine compared, with its analysis as opaque JSON (the engine owns the shape).
 * A pair is identified by its two ids in either order; `a` < `b` by string order.
 */
export interface PairRecord {
  a: string;
  b: string;
  payload: string;
}

/** Everything one batch changes, written in one transaction: all of it or none of it. */
export interface Batch {
  articles: StoredArticle[];
  /** Upserted by (a, b). */
  pairs: PairRecord[];
  /** Pairs removed, e.g. when an article is removed or a pair no longer holds. */
  removedPairs?: { a: string; b: string }[];
  /** Upserted by article id. */
  verdicts: ArticleVerdict[];
  /** Upserted by story id. */
  stories: StorySummary[];
  removedStories: string[];
  /** Articles removed with their verdicts and pairs. */
  removedArticles?: string[];
  /** Small key/value state the engine keeps (counters, options). */
  meta?: Record<string, string>;
}

export interface StoreCapabilities {
  /** Several processes may write at once (a database server); the embedded store allows one writer. */
  concurrentWriters: boolean;
}

/**
 * The one persistence interface. Implementations: SQLite (embedded, default) and, later, PostgreSQL.
 * Every implementation passes `store/contract-suite.ts`. Async so a networked store fits the same shape.
 */
export interface Store {
  readonly capabilities: StoreCapabilities;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** All articles in insertion order. */
  listArticles(): AsyncIterable<StoredArticle>;
  articleCount(): Promise<number>;
  pairsOf(id: string): Promise<PairRecord[]>;
  listPairs(): AsyncIterable<PairRecord>;
  getVerdict(id: string): Promise<ArticleVerdict | undefined>;
  listVerdicts(): Promise<ArticleVerdict[]>;
  getStory(id: string): Promise<StorySummary | undefined>;
  listStories(): Promise<StorySummary[]>;
  getMeta(key: string): Promise<string | undefined>;
  /** Atomic: after a crash the store holds every committed batch whole and nothing of an uncommitted one. */
  commit(batch: Batch): Promise<void>;
  close(): Promise<void>;
}
