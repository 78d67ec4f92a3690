import type { Article, ArticleVerdict, StorySummary } from '../../src/core/contract/index.js';
import type { ArticleSays } from '../../src/core/facts/index.js';
import type { SideBySide } from '../../src/report/index.js';
import type { GraphEdge, GraphNode } from '../../src/server/graph.js';

/** What the API answers, as the pages read it (see GET /openapi.json). */

export interface StoryListing {
  total: number;
  offset: number;
  limit: number;
  stories: { id: string; title: string; articles: number; original: string | null }[];
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export interface StoryPageData {
  story: StorySummary;
  articles: ArticleVerdict[];
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  texts: Record<string, ArticleMeta>;
}

export interface ArticlePageData {
  article: Article & { added?: string };
  verdict: ArticleVerdict | null;
  says: ArticleSays;
}

export type { ArticleVerdict, SideBySide, StorySummary };

/** An API error, with the stable code the server gave. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP', error?.message ?? `${response.status} on ${path}`);
  }
  return body as T;
}

export const api = {
  stories: (q: string, offset: number, limit: number) =>
    `/stories?${new URLSearchParams({ ...(q === '' ? {} : { q }), offset: String(offset), limit: String(limit) })}`,
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  versus: (id: string, source: string) => `/articles/${encodeURIComponent(id)}/versus/${encodeURIComponent(source)}`,
};
