import type { StoredArticle } from '../store/types.js';

/**
 * When an article entered the news: its `published` date, else the time it was added to the store.
 * A published date after the article was added cannot be right (a wrong zone, a typo), so it counts as
 * the time added: one bad date in the future must not push every other article out of the window.
 */
export function articleTime(article: StoredArticle): number {
  const added = Date.parse(article.added);
  const published = article.published === undefined ? Number.NaN : Date.parse(article.published);
  return Number.isNaN(published) ? added : Math.min(published, added);
}

/**
 * Which articles are recent enough to be compared with new ones: those whose time is at least the
 * newest time seen minus the span. Without a span every article is inside.
 */
export class ArticleWindow {
  /** Times of the articles inside the window, by id. */
  private readonly inside = new Map<string, number>();
  private newest = Number.NEGATIVE_INFINITY;

  constructor(private readonly span: number | undefined) {}

  /**
   * Takes in new articles: the newest time moves to the latest of theirs, the articles already inside
   * that it leaves behind are `expired`, and `admitted` are the new ones inside (an article older than
   * the window on arrival is never inside). Scans the articles inside, so call it per batch.
   */
  admit(articles: readonly StoredArticle[]): { admitted: StoredArticle[]; expired: string[] } {
    if (this.span === undefined) return { admitted: [...articles], expired: [] };
    const timed = articles.map((article) => ({ article, time: articleTime(article) }));
    for (const { article, time } of timed) {
      this.newest = Math.max(this.newest, time);
      // A replaced article comes back under its old id: its earlier time no longer holds.
      this.inside.delete(article.id);
    }
    const horizon = this.newest - this.span;
    const expired: string[] = [];
    for (const [id, time] of this.inside) {
      if (time >= horizon) continue;
      expired.push(id);
      this.inside.delete(id);
    }
    const admitted = timed.filter(({ time }) => time >= horizon);
    for (const { article, time } of admitted) this.inside.set(article.id, time);
    return { admitted: admitted.map(({ article }) => article), expired };
  }
}
