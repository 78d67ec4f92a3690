import type { StoredArticle } from '../types.js';

/** An `articles` row as SQLite returns it: absent optional fields are NULL. */
export interface ArticleRow {
  id: string;
  seq: number;
  hash: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  meta: string | null;
  /** Never NULL: every insert sets it, and migration 2 set it for the rows before it. */
  added: string;
}

export const ARTICLE_COLUMNS = 'id, seq, hash, text, title, url, outlet, published, meta, added';

export type ArticleParams = [
  id: string,
  seq: number,
  hash: string,
  text: string,
  title: string | null,
  url: string | null,
  outlet: string | null,
  published: string | null,
  meta: string | null,
  added: string,
];

export function articleParams(article: StoredArticle): ArticleParams {
  return [
    article.id,
    article.seq,
    article.hash,
    article.text,
    article.title ?? null,
    article.url ?? null,
    article.outlet ?? null,
    article.published ?? null,
    article.meta === undefined ? null : JSON.stringify(article.meta),
    article.added,
  ];
}

/** Back to the contract's shape: a NULL column becomes an absent property, never `undefined` or `null`. */
export function toArticle(row: ArticleRow): StoredArticle {
  const article: Partial<StoredArticle> & Pick<StoredArticle, 'id' | 'text'> = { id: row.id, text: row.text };
  if (row.title !== null) article.title = row.title;
  if (row.url !== null) article.url = row.url;
  if (row.outlet !== null) article.outlet = row.outlet;
  if (row.published !== null) article.published = row.published;
  if (row.meta !== null) article.meta = JSON.parse(row.meta) as Record<string, unknown>;
  return { ...article, seq: row.seq, hash: row.hash, added: row.added };
}
