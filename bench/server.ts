/**
 * `npm run bench:server`: the HTTP API on loopback. Articles/s of batch `POST /articles` (JSON Lines
 * batches of 1,000 Reuters-21578 articles, or synthetic ones when ../shared is absent), then req/s and
 * latency percentiles of `GET /stories/:id` over every story, with autocannon. Usage:
 * npm run bench:server [-- ARTICLES SECONDS]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Engine } from '../src/engine/index.js';
import { buildServer } from '../src/server/app.js';
import { openSqliteStore } from '../src/store/index.js';
import { reutersArticles } from './corpora.js';
import { DEFAULT_FEED, type SyntheticArticle, syntheticFeed } from './synthetic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const reuters = path.join(root, '..', 'shared', 'data', 'reuters21578', 'reuters21578.jsonl');
const count = Number(process.argv[2] ?? 20_000);
const seconds = Number(process.argv[3] ?? 10);
const BATCH = Number(process.argv[4] ?? 1_000);

function corpus(): { id: string; title: string; text: string }[] {
  if (!fs.existsSync(reuters)) {
    const feed = syntheticFeed(DEFAULT_FEED);
    return Array.from({ length: count }, () => feed.next().value as SyntheticArticle).map(({ id, title, text }) => ({
      id,
      title,
      text,
    }));
  }
  return reutersArticles(reuters, count);
}

const articles = corpus();
const store = await openSqliteStore(':memory:');
const engine = await Engine.open(store, { keepWorkers: true });
const app = await buildServer(engine);
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const started = performance.now();
for (let from = 0; from < articles.length; from += BATCH) {
  const body = articles
    .slice(from, from + BATCH)
    .map((a) => JSON.stringify(a))
    .join('\n');
  const answer = await fetch(`${base}/articles`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-ndjson' },
  });
  if (!answer.ok) throw new Error(`POST /articles answered ${answer.status}: ${await answer.text()}`);
}
const postSeconds = (performance.now() - started) / 1000;
console.log(
  `POST /articles (JSON Lines, ${BATCH} a batch)  ${articles.length} articles  ${(articles.length / postSeconds).toFixed(0)} articles/s`,
);

const stories = ((await (await fetch(`${base}/stories?limit=500`)).json()) as { stories: { id: string }[] }).stories;
// Each story's view is computed on its first request and kept until the next write: time both.
const firstStarted = performance.now();
for (const story of stories) await (await fetch(`${base}/stories/${story.id}`)).arrayBuffer();
const firstSeconds = (performance.now() - firstStarted) / 1000;
console.log(
  `GET /stories/:id, first request of each of ${stories.length} stories  ${(stories.length / firstSeconds).toFixed(0)} req/s`,
);
const result = await autocannon({
  url: base,
  connections: 32,
  duration: seconds,
  requests: stories.map((s) => ({ method: 'GET' as const, path: `/stories/${s.id}` })),
});
console.log(
  `GET /stories/:id, again (${stories.length} stories, 32 connections, ${seconds} s)  ${result.requests.average.toFixed(0)} req/s  ` +
    `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
await app.close();
await engine.close();
await store.close();
