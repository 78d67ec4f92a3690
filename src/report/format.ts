import type { Article, ArticleVerdict } from '../core/contract/index.js';

/**
 * Untrusted text made safe for one line of a terminal: control characters (ANSI escapes included)
 * and bidirectional overrides become spaces, whitespace runs collapse, and long text is cut.
 */
export function inlineText(text: string, maxLength = 100): string {
  const cleaned = text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ');
  const collapsed = cleaned.replace(/\s+/g, ' ').trim();
  return collapsed.length > maxLength ? `${collapsed.slice(0, maxLength - 1).trimEnd()}…` : collapsed;
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const score = (value: number) => value.toFixed(2);

/** "Harbor Times, 2024-05-02": where and when, from whatever metadata the article has. */
export function byline(article: Article | undefined): string {
  if (article === undefined) return '';
  const outlet = article.outlet ?? hostOf(article.url);
  const date = article.published?.slice(0, 10);
  return [outlet, date].filter((part): part is string => part !== undefined && part !== '').join(', ');
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** "from a1", "of a1, b4, c7" for aggregates, "from a1 (+a3)" when more sources are drawn on. */
export function provenance(verdict: ArticleVerdict): string {
  if (verdict.relation === 'aggregate' && verdict.sources.length > 0) return `of ${verdict.sources.join(', ')}`;
  if (verdict.source === null) return '';
  const others = verdict.sources.filter((id) => id !== verdict.source);
  return others.length > 0 ? `from ${verdict.source} (+${others.join(', ')})` : `from ${verdict.source}`;
}
