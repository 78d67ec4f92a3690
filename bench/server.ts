/**
 * `npm run bench:server`: the HTTP API on loopback, served by `storytrace serve` (an in-memory store) in
 * a process of its own, the client here. Articles/s of batch `POST /articles`, JSON Lines batches of
 * 1,000 Reuters-21578 articles (synthetic ones when ../shared is absent) built before the clock starts:
 * sent by one client, each batch once the one before is answered, then by CONCURRENT clients (3) doing
 * the same, each run into a fresh server. Then req/s and latency percentiles of `GET /stories/:id` over
 * every story of the second server, with autocannon (32 connections). Usage:
 * npm run bench:server [-- ARTICLES SECONDS BATCH CONCURRENT]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { reutersArticles } from './corpora.js';
import { type Served, serveInMemory } from './served.js';
import { DEFAULT_FEED, type SyntheticArticle, syntheticFeed } from './synthetic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const reuters = path.join(root, '..', 'shared', 'data', 'reuters21578', 'reuters21578.jsonl');
const count = Number(process.argv[2] ?? 20_000);
const seconds = Number(process.argv[3] ?? 10);
const BATCH = Number(process.argv[4] ?? 1_000);
const CONCURRENT = Number(process.argv[5] ?? 3);

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
const bodies: string[] = [];
for (let from = 0; from < articles.length; from += BATCH) {
  bodies.push(
    articles
      .slice(from, from + BATCH)
      .map((a) => JSON.stringify(a))
      .join('\n'),
  );
}

/** Articles/s of every batch POSTed by `clients` clients, each sending its next batch once answered. */
async function postAll(server: Served, clients: number): Promise<void> {
  let next = 0;
  const client = async () => {
    for (let body = bodies[next++]; body !== undefined; body = bodies[next++]) {
      const answer = await fetch(`${server.base}/articles`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-ndjson' },
      });
      if (!answer.ok) throw new Error(`POST /articles answered ${answer.status}: ${await answer.text()}`);
      await answer.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const rate = articles.length / ((performance.now() - started) / 1000);
  console.log(
    `POST /articles (JSON Lines, ${BATCH} a batch, ${clients} client${clients === 1 ? '' : 's'})  ` +
      `${articles.length} articles  ${rate.toFixed(0)} articles/s`,
  );
}

const alone = await serveInMemory();
await postAll(alone, 1);
await alone.stop();
const server = await serveInMemory();
await postAll(server, CONCURRENT);
const base = server.base;

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
console.log(`server peak RSS ${server.peakMiB().toFixed(0)} MiB`);
await server.stop();
