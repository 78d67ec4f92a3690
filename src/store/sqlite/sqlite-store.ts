import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleVerdict, StorySummary } from '../../core/contract/index.js';
import { StorytraceError } from '../../errors/index.js';
import type { PairRecord, Store, StoredArticle } from '../types.js';
import { toArticle } from './rows.js';
import { prepareStatements } from './statements.js';
import { createBatchWriter } from './write-batch.js';

/**
 * Rows per page when listing. Listings page by key instead of holding a better-sqlite3 `.iterate()`
 * cursor across awaits: an open cursor blocks every write on the connection ("busy executing a query"),
 * so a caller committing mid-listing would fail. Pages bound memory just as well.
 */
const PAGE_SIZE = 1000;

/** Rows page by page after the last key seen, each mapped as it is yielded. */
async function* paged<Row, T>(
  page: (after: number) => Row[],
  key: (row: Row) => number,
  map: (row: Row) => T,
): AsyncGenerator<T> {
  let after = 0;
  for (;;) {
    const rows = page(after);
    for (const row of rows) yield map(row);
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || last === undefined) return;
    after = key(last);
  }
}

/** The Store over an open, migrated connection; `path` names it in messages. */
export function createSqliteStore(db: BetterSqlite3.Database, path: string): Store {
  const sql = prepareStatements(db);
  const writeBatch = createBatchWriter(db, sql, path);
  let open = true;
  const live = (): void => {
    if (!open) throw new StorytraceError('INTERNAL', `the store ${path} was used after it was closed`);
  };

  return {
    capabilities: { concurrentWriters: false, persistent: path !== ':memory:' },

    async getArticle(id) {
      live();
      const row = sql.getArticle.get(id);
      return row && toArticle(row);
    },

    async getArticles(ids) {
      live();
      if (ids.length === 0) return [];
      const byId = new Map(sql.getArticles.all(JSON.stringify(ids)).map((row) => [row.id, toArticle(row)]));
      const found: StoredArticle[] = [];
      for (const id of new Set(ids)) {
        const article = byId.get(id);
        if (article) found.push(article);
      }
      return found;
    },

    listArticles() {
      return paged(
        (after) => {
          live();
          return sql.articlePage.all(after, PAGE_SIZE);
        },
        (row) => row.seq,
        toArticle,
      );
    },

    async articleCount() {
      live();
      return sql.articleCount.get() ?? 0;
    },

    async pairsOf(id) {
      live();
      return sql.pairsOf.all(id, id).map(toPair);
    },

    async getPairs(pairs) {
      live();
      if (pairs.length === 0) return [];
      const ordered = pairs.map(({ a, b }) => (a < b ? [a, b] : [b, a]) as [string, string]);
      const byKey = new Map(sql.getPairs.all(JSON.stringify(ordered)).map((row) => [pairKey(row.a, row.b), row]));
      const found: PairRecord[] = [];
      for (const key of new Set(ordered.map(([a, b]) => pairKey(a, b)))) {
        const row = byKey.get(key);
        if (row) found.push(toPair(row));
      }
      return found;
    },

    listPairs() {
      return paged(
        (after) => {
          live();
          return sql.pairPage.all(after, PAGE_SIZE);
        },
        (row) => row.n,
        toPair,
      );
    },

    async getVerdict(id) {
      live();
      const json = sql.getVerdict.get(id);
      return json === undefined ? undefined : (JSON.parse(json) as ArticleVerdict);
    },

    async listVerdicts(story) {
      live();
      const rows = story === undefined ? sql.listVerdicts.all() : sql.verdictsOfStory.all(story);
      return rows.map((json) => JSON.parse(json) as ArticleVerdict);
    },

    async getStory(id) {
      live();
      const json = sql.getStory.get(id);
      return json === undefined ? undefined : (JSON.parse(json) as StorySummary);
    },

    async listStories() {
      live();
      return sql.listStories.all().map((json) => JSON.parse(json) as StorySummary);
    },

    async getMeta(key) {
      live();
      return sql.getMeta.get(key);
    },

    async commit(batch) {
      live();
      writeBatch(batch);
    },

    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

/** One string per pair of ordered ids: ids may hold any character, so the separator is JSON's quoting. */
function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

function toPair(row: PairRecord): PairRecord {
  return { a: row.a, b: row.b, payload: row.payload };
}
