/** Builders and probes shared by the Store contract suite. */
import { createHash } from 'node:crypto';
import type { ArticleVerdict, StorySummary } from '../../core/contract/index.js';
import type { Batch, PairRecord, Store, StoredArticle } from '../types.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An article with only the required fields; its text, hash and time follow from the id and seq unless overridden. */
export function article(
  id: string,
  seq: number,
  fields: Partial<Omit<StoredArticle, 'id' | 'seq'>> = {},
): StoredArticle {
  const text = fields.text ?? `Text of ${id}.`;
  const added = fields.added ?? new Date(Date.UTC(2024, 0, 1, 0, seq)).toISOString();
  return { id, text, ...fields, seq, hash: fields.hash ?? sha256(text), added };
}

/** A pair with its ids put in the order the contract requires. */
export function pair(x: string, y: string, payload = `{"between":${JSON.stringify([x, y])}}`): PairRecord {
  return x < y ? { a: x, b: y, payload } : { a: y, b: x, payload };
}

export function verdict(id: string, story: string, fields: Partial<ArticleVerdict> = {}): ArticleVerdict {
  return {
    id,
    story,
    relation: 'near_verbatim',
    source: 'src',
    sources: ['src', 'other'],
    confidence: 0.875,
    signals: ['shared-passages', 'title-match'],
    evidence: {
      coverage: 0.9,
      passages: [{ start: 0, end: 10, sourceStart: 5, sourceEnd: 15 }],
      substitutions: [['said', 'stated']],
      scores: { jaccard: 0.5, lengthRatio: 1.25 },
    },
    ...fields,
  };
}

export function story(id: string, articles: string[], original: string | null = articles[0] ?? null): StorySummary {
  return { id, title: `Story ${id}`, articles, original };
}

/** A batch with every required list empty, plus what is given. */
export function batch(parts: Partial<Batch> = {}): Batch {
  return { articles: [], pairs: [], verdicts: [], stories: [], removedStories: [], ...parts };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Everything a store holds that can be listed, plus the given meta keys: compared whole in the tests. */
export async function snapshot(store: Store, metaKeys: readonly string[] = []) {
  return {
    count: await store.articleCount(),
    articles: await collect(store.listArticles()),
    pairs: await collect(store.listPairs()),
    verdicts: await store.listVerdicts(),
    stories: await store.listStories(),
    meta: await Promise.all(metaKeys.map(async (key) => [key, await store.getMeta(key)])),
  };
}

/** A small connected state: four articles, four pairs, verdicts, two stories and meta. */
export function seedBatch(): Batch {
  const ids = ['a', 'b', 'c', 'd'];
  return batch({
    articles: ids.map((id, index) => article(id, index + 1, { title: `Title ${id}` })),
    pairs: [pair('a', 'b'), pair('a', 'c'), pair('b', 'c'), pair('c', 'd')],
    verdicts: [
      verdict('a', 's1', { relation: 'original', source: null, sources: [] }),
      verdict('b', 's1', { source: 'a', sources: ['a'] }),
      verdict('c', 's2', { relation: 'original', source: null, sources: [] }),
      verdict('d', 's2', { source: 'c', sources: ['c'] }),
    ],
    stories: [story('s1', ['a', 'b']), story('s2', ['c', 'd'])],
    meta: { counter: '4' },
  });
}
