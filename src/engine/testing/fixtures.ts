/** Articles and helpers for the engine's tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleVerdict, Report } from '../../core/contract/index.js';
import type { IngestItem } from '../../ingest/index.js';

/** The demo corpus (dist/src/engine/testing → repository root), by id. */
export function demoArticles(): Map<string, Article> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.resolve(here, '..', '..', '..', '..', 'demo', 'corpus', 'articles.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((line) => JSON.parse(line) as Article).map((article) => [article.id, article]));
}

/** The demo articles with these ids, in this order. */
export function pick(ids: readonly string[]): Article[] {
  const demo = demoArticles();
  return ids.map((id) => {
    const article = demo.get(id);
    if (article === undefined) throw new Error(`no demo article ${id}`);
    return article;
  });
}

/** Articles as the ingest layer hands them to the engine. */
export async function* ingested(articles: readonly Article[]): AsyncIterable<IngestItem> {
  for (const article of articles) yield { ok: true, value: { article, location: { record: article.id } } };
}

export function verdictOf(report: Report, id: string): ArticleVerdict {
  const verdict = report.articles.find((a) => a.id === id);
  if (verdict === undefined) throw new Error(`no verdict for ${id}`);
  return verdict;
}

/** Each article's relation and source, the part of a report that says how texts derive from each other. */
export function derivations(report: Report): Record<string, [string, string | null]> {
  return Object.fromEntries(report.articles.map((a) => [a.id, [a.relation, a.source]]));
}

/** The members of each story, without the story ids (which depend on history). */
export function groups(report: Report): string[][] {
  return report.stories.map((s) => [...s.articles].sort()).sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}
