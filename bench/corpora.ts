/** The two wire/news corpora of ../shared/data as plain articles (read in place, never copied). */
import fs from 'node:fs';
import path from 'node:path';
import type { SourceArticle } from './mutate.js';

export interface Corpora {
  reuters: SourceArticle[];
  bbc: SourceArticle[];
}

export function corporaPaths(dataDir: string): { reuters: string; bbc: string } {
  return {
    reuters: path.join(dataDir, 'reuters21578', 'reuters21578.jsonl'),
    bbc: path.join(dataDir, 'bbc', 'bbc_news.jsonl'),
  };
}

function readJsonl(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function articles(file: string, idField: string, prefix: string): SourceArticle[] {
  return readJsonl(file)
    .filter((r) => typeof r.text === 'string' && r.text.trim() !== '')
    .map((r) => ({ id: `${prefix}:${String(r[idField])}`, text: r.text as string }));
}

/** Both corpora, or undefined when either file is absent. */
export function loadCorpora(dataDir: string): Corpora | undefined {
  const paths = corporaPaths(dataDir);
  if (!fs.existsSync(paths.reuters) || !fs.existsSync(paths.bbc)) return undefined;
  return { reuters: articles(paths.reuters, 'newid', 'reuters'), bbc: articles(paths.bbc, 'id', 'bbc') };
}

/** Reuters-21578 as the contract's articles (id, title, text), in file order, at most `limit` of them. */
export function reutersArticles(
  file: string,
  limit = Number.POSITIVE_INFINITY,
): { id: string; title: string; text: string }[] {
  return readJsonl(file)
    .filter((r) => typeof r.text === 'string' && r.text.trim() !== '')
    .slice(0, limit)
    .map((r) => ({ id: String(r.newid), title: typeof r.title === 'string' ? r.title : '', text: r.text as string }));
}
