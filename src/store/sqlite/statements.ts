import type BetterSqlite3 from 'better-sqlite3';
import type { PairRecord } from '../types.js';
import { ARTICLE_COLUMNS, type ArticleParams, type ArticleRow } from './rows.js';

export type PairRow = PairRecord & { n: number };

type Run<P extends unknown[]> = BetterSqlite3.Statement<P, unknown>;
type Read<P extends unknown[], R> = BetterSqlite3.Statement<P, R>;

export interface Statements {
  upsertArticle: Run<ArticleParams>;
  deleteArticle: Run<[id: string]>;
  upsertPair: Run<[a: string, b: string, payload: string]>;
  deletePair: Run<[a: string, b: string]>;
  upsertVerdict: Run<[id: string, story: string, verdict: string]>;
  upsertStory: Run<[id: string, summary: string]>;
  deleteStory: Run<[id: string]>;
  upsertMeta: Run<[key: string, value: string]>;
  getArticle: Read<[id: string], ArticleRow>;
  getArticles: Read<[idsJson: string], ArticleRow>;
  articlePage: Read<[afterSeq: number, limit: number], ArticleRow>;
  articleCount: Read<[], number>;
  pairsOf: Read<[idAsA: string, idAsB: string], PairRow>;
  getPairs: Read<[pairsJson: string], PairRecord>;
  pairPage: Read<[afterRowid: number, limit: number], PairRow>;
  getVerdict: Read<[id: string], string>;
  listVerdicts: Read<[], string>;
  verdictsOfStory: Read<[story: string], string>;
  getStory: Read<[id: string], string>;
  listStories: Read<[], string>;
  getMeta: Read<[key: string], string>;
}

/** Every statement the store runs, prepared once when it opens. */
export function prepareStatements(db: BetterSqlite3.Database): Statements {
  return {
    // Writes. An upsert that would change nothing writes nothing, so re-committing a batch costs no pages.
    upsertArticle: db.prepare<ArticleParams>(
      `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET
         seq = excluded.seq, hash = excluded.hash, text = excluded.text, title = excluded.title,
         url = excluded.url, outlet = excluded.outlet, published = excluded.published, meta = excluded.meta,
         added = excluded.added
       WHERE articles.hash IS NOT excluded.hash`,
    ),
    deleteArticle: db.prepare<[id: string]>('DELETE FROM articles WHERE id = ?'),
    upsertPair: db.prepare<[a: string, b: string, payload: string]>(
      `INSERT INTO pairs (a, b, payload) VALUES (?, ?, ?)
       ON CONFLICT (a, b) DO UPDATE SET payload = excluded.payload WHERE payload IS NOT excluded.payload`,
    ),
    deletePair: db.prepare<[a: string, b: string]>('DELETE FROM pairs WHERE a = ? AND b = ?'),
    upsertVerdict: db.prepare<[id: string, story: string, verdict: string]>(
      `INSERT INTO verdicts (id, story, verdict) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET story = excluded.story, verdict = excluded.verdict
       WHERE verdict IS NOT excluded.verdict`,
    ),
    upsertStory: db.prepare<[id: string, summary: string]>(
      `INSERT INTO stories (id, summary) VALUES (?, ?)
       ON CONFLICT (id) DO UPDATE SET summary = excluded.summary WHERE summary IS NOT excluded.summary`,
    ),
    deleteStory: db.prepare<[id: string]>('DELETE FROM stories WHERE id = ?'),
    upsertMeta: db.prepare<[key: string, value: string]>(
      `INSERT INTO meta (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
    ),

    // Reads. Listings page by key (seq, rowid) so no cursor stays open between pages.
    getArticle: db.prepare<[id: string], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    getArticles: db.prepare<[idsJson: string], ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    articlePage: db.prepare<[afterSeq: number, limit: number], ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    articleCount: db.prepare<[], number>('SELECT count(*) FROM articles').pluck(),
    pairsOf: db.prepare<[idAsA: string, idAsB: string], PairRow>(
      `SELECT rowid AS n, a, b, payload FROM pairs WHERE a = ?
       UNION ALL SELECT rowid AS n, a, b, payload FROM pairs WHERE b = ?
       ORDER BY n`,
    ),
    // The pairs asked come as a JSON list of [a, b] with a < b; each is one lookup of the primary key.
    getPairs: db.prepare<[pairsJson: string], PairRecord>(
      `SELECT p.a, p.b, p.payload FROM json_each(?) AS asked
       JOIN pairs p ON p.a = json_extract(asked.value, '$[0]') AND p.b = json_extract(asked.value, '$[1]')`,
    ),
    pairPage: db.prepare<[afterRowid: number, limit: number], PairRow>(
      'SELECT rowid AS n, a, b, payload FROM pairs WHERE rowid > ? ORDER BY rowid LIMIT ?',
    ),
    getVerdict: db.prepare<[id: string], string>('SELECT verdict FROM verdicts WHERE id = ?').pluck(),
    listVerdicts: db
      .prepare<[], string>('SELECT v.verdict FROM verdicts v JOIN articles a ON a.id = v.id ORDER BY a.seq')
      .pluck(),
    verdictsOfStory: db
      .prepare<[story: string], string>(
        'SELECT v.verdict FROM verdicts v JOIN articles a ON a.id = v.id WHERE v.story = ? ORDER BY a.seq',
      )
      .pluck(),
    getStory: db.prepare<[id: string], string>('SELECT summary FROM stories WHERE id = ?').pluck(),
    listStories: db.prepare<[], string>('SELECT summary FROM stories ORDER BY rowid').pluck(),
    getMeta: db.prepare<[key: string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
  };
}
