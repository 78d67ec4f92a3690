import type { Article } from '../core/contract/index.js';

/** An article's title, or the first line of its text (cut to 120 characters) when it has none. */
export function headline(article: Article): string {
  if (article.title) return article.title;
  const line = article.text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line.trim();
}
