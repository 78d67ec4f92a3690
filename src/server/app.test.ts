import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Article, Report } from '../core/contract/index.js';
import { Engine } from '../engine/index.js';
import { demoArticles } from '../engine/testing/fixtures.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { buildServer, type ServerOptions } from './app.js';

const DEMO = [...demoArticles().values()];
const jsonl = (articles: readonly Article[]) => articles.map((a) => JSON.stringify(a)).join('\n');

async function server(options: Partial<ServerOptions> = {}): Promise<{ app: FastifyInstance; store: Store }> {
  const store = await openSqliteStore(':memory:');
  const engine = await Engine.open(store, { workers: 0 });
  return { app: await buildServer(engine, options), store };
}

async function withDemo(options: Partial<ServerOptions> = {}) {
  const served = await server(options);
  const headers = { 'content-type': 'application/x-ndjson', ...auth(options.token) };
  const added = await served.app.inject({ method: 'POST', url: '/articles', payload: jsonl(DEMO), headers });
  assert.equal(added.statusCode, 200, added.body);
  return served;
}

const auth = (token: string | undefined): Record<string, string> =>
  token === undefined ? {} : { authorization: `Bearer ${token}` };

/** A store whose first commit waits for `release`: a write is surely in flight once `entered` settles. */
async function heldAtFirstCommit() {
  const store = await openSqliteStore(':memory:');
  let committing = () => {};
  const entered = new Promise<void>((resolve) => {
    committing = resolve;
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const gated = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'commit') return Reflect.get(target, property, receiver);
      return async (batch: Parameters<Store['commit']>[0]) => {
        committing();
        await released;
        return target.commit(batch);
      };
    },
  });
  return { store, gated, entered, release };
}

describe('the HTTP API', () => {
  it('takes the demo as JSON Lines and serves its stories, story pages, articles, pairs and report', async () => {
    const { app } = await withDemo();
    const list = (await app.inject({ url: '/stories?limit=2' })).json();
    assert.equal(list.total, 6);
    assert.equal(list.stories.length, 2);
    const search = (await app.inject({ url: '/stories?q=FLOOD' })).json();
    assert.ok(search.total >= 1 && search.total < 6, 'the search keeps the stories whose title holds it');

    const spun = (await app.inject({ url: '/articles/a08' })).json();
    assert.equal(spun.verdict.relation, 'spun');
    assert.equal(spun.article.id, 'a08');
    assert.ok(spun.verdict.evidence.substitutions.length > 0);
    assert.ok(spun.says.quotes.length > 0, 'what the article says: its quotations');

    const page = (await app.inject({ url: `/stories/${spun.verdict.story}` })).json();
    assert.equal(page.story.id, spun.verdict.story);
    assert.ok(page.articles.some((a: { id: string }) => a.id === 'a08'));
    assert.ok(page.graph.edges.some((e: { from: string; to: string }) => e.from === 'a03' && e.to === 'a08'));
    assert.ok(page.story.brief.length > 0);
    assert.ok(page.story.discrepancies.some((d: { kind: string }) => d.kind === 'quote'));

    const pair = (await app.inject({ url: '/compare?a=a08&b=a03' })).json();
    assert.equal(pair.comparison.ab.verdict.relation, 'spun');
    assert.ok(pair.textA.length > 0 && pair.textB.length > 0);

    const report = await app.inject({ url: '/report' });
    assert.match(String(report.headers['content-type']), /application\/json/);
    const parsed = report.json() as Report;
    assert.equal(parsed.version, 1);
    assert.equal(parsed.articles.length, DEMO.length);
    const html = await app.inject({ url: '/report?format=html' });
    assert.match(html.body, /<html/);
    assert.equal((await app.inject({ url: '/health' })).json().articles, DEMO.length);
  });

  it('takes one article as a JSON object, and a JSON array of them', async () => {
    const { app } = await server();
    const [first, second, third] = DEMO as [Article, Article, Article];
    const one = await app.inject({ method: 'POST', url: '/articles', payload: first });
    assert.equal(one.json().added, 1);
    const many = await app.inject({ method: 'POST', url: '/articles', payload: [second, third] });
    assert.equal(many.json().added, 2);
    assert.equal((await app.inject({ url: '/report' })).json().articles.length, 3);
  });

  it('answers bad requests with a status and a stable code, and keeps the rest of a batch', async () => {
    const { app } = await withDemo();
    const post = (payload: string, type = 'application/json') =>
      app.inject({ method: 'POST', url: '/articles', payload, headers: { 'content-type': type } });
    const broken = await post('{"id": "x1", "text": ');
    assert.deepEqual([broken.statusCode, broken.json().error.code], [400, 'INPUT_INVALID_JSON']);
    const mixed = await post(
      `${JSON.stringify({ id: 'n1', text: 'A new report of a council vote on Monday night.' })}\nnot json\n{"text":"no id"}`,
      'application/x-ndjson',
    );
    assert.equal(mixed.statusCode, 200);
    assert.deepEqual([mixed.json().added, mixed.json().rejected], [1, 2]);
    assert.deepEqual(
      mixed.json().issues.map((i: { code: string; line: number }) => [i.code, i.line]),
      [
        ['INPUT_INVALID_JSON', 2],
        ['INPUT_MISSING_ID', 3],
      ],
    );
    const clash = await post(JSON.stringify({ id: 'a01', text: 'Another text under a stored id.' }));
    assert.deepEqual([clash.statusCode, clash.json().error.code], [409, 'INPUT_DUPLICATE_ID']);
    const empty = await post('', 'application/x-ndjson');
    assert.deepEqual([empty.statusCode, empty.json().error.code], [400, 'INPUT_EMPTY']);
    const invalid = await app.inject({ url: '/stories?limit=0' });
    assert.deepEqual([invalid.statusCode, invalid.json().error.code], [400, 'USAGE']);
    const missing = await app.inject({ url: '/stories/s999' });
    assert.deepEqual([missing.statusCode, missing.json().error.code], [404, 'NOT_FOUND']);
    assert.equal((await app.inject({ url: '/nowhere' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/compare?a=a01&b=zz' })).statusCode, 404);
    // Nothing stored was lost.
    assert.equal((await app.inject({ url: '/report' })).json().articles.length, DEMO.length + 1);
  });

  it('removes an article and traces its story again', async () => {
    const { app } = await withDemo();
    const removed = await app.inject({ method: 'DELETE', url: '/articles/a03' });
    assert.equal(removed.json().removed, 1);
    assert.equal((await app.inject({ url: '/articles/a03' })).statusCode, 404);
    const copy = (await app.inject({ url: '/articles/a04' })).json();
    assert.notEqual(copy.verdict.source, 'a03');
    assert.equal((await app.inject({ method: 'DELETE', url: '/articles/a03' })).statusCode, 404);
  });

  it('documents every route in /openapi.json', async () => {
    const { app } = await server();
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const [path, method] of [
      ['/articles', 'post'],
      ['/articles/{id}', 'get'],
      ['/articles/{id}', 'delete'],
      ['/stories', 'get'],
      ['/stories/{id}', 'get'],
      ['/compare', 'get'],
      ['/report', 'get'],
      ['/health', 'get'],
    ] as const) {
      assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    }
    assert.ok(doc.paths['/stories'].get.parameters.some((p: { name: string }) => p.name === 'q'));
  });
});

describe('the HTTP API, guarded', () => {
  it('refuses writes without the token, with a wrong one, and takes them with it; reads are open', async () => {
    const { app } = await server({ token: 's3cret' });
    const article = DEMO[0] as Article;
    const without = await app.inject({ method: 'POST', url: '/articles', payload: article });
    assert.deepEqual([without.statusCode, without.json().error.code], [401, 'UNAUTHORIZED']);
    const wrong = await app.inject({ method: 'POST', url: '/articles', payload: article, headers: auth('nope') });
    assert.equal(wrong.statusCode, 401);
    assert.equal((await app.inject({ method: 'DELETE', url: '/articles/a01' })).statusCode, 401);
    const right = await app.inject({ method: 'POST', url: '/articles', payload: article, headers: auth('s3cret') });
    assert.equal(right.statusCode, 200);
    assert.equal((await app.inject({ url: '/articles/a01' })).statusCode, 200);
  });

  it('refuses a 100 MB body with 413 and keeps the store as it was', async () => {
    const { app } = await withDemo();
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x61);
    const refused = await app.inject({
      method: 'POST',
      url: '/articles',
      payload: huge,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    assert.deepEqual([refused.statusCode, refused.json().error.code], [413, 'INPUT_TOO_LARGE']);
    assert.equal((await app.inject({ url: '/health' })).json().articles, DEMO.length);
  });

  it('takes concurrent writes in turn: every batch lands whole, the report is what one batch gives', async () => {
    const { app } = await server();
    const batches = [0, 1, 2, 3, 4].map((i) => DEMO.slice(i * 5, i * 5 + 5));
    const answers = await Promise.all(
      batches.map((batch) =>
        app.inject({
          method: 'POST',
          url: '/articles',
          payload: jsonl(batch),
          headers: { 'content-type': 'application/x-ndjson' },
        }),
      ),
    );
    assert.deepEqual(
      answers.map((a) => a.json().added),
      [5, 5, 5, 5, 5],
    );
    const report = (await app.inject({ url: '/report' })).json() as Report;
    assert.equal(report.articles.length, DEMO.length);
    assert.equal(report.stories.length, 6);
  });

  it('finishes the write in flight when closed', async () => {
    const { store, gated, entered, release } = await heldAtFirstCommit();
    const app = await buildServer(await Engine.open(gated, { workers: 0 }));
    const write = app.inject({
      method: 'POST',
      url: '/articles',
      payload: jsonl(DEMO.slice(0, 12)),
      headers: { 'content-type': 'application/x-ndjson' },
    });
    await entered;
    const shutdown = app.close();
    release();
    await shutdown;
    assert.equal((await write).json().added, 12);
    assert.equal(await store.articleCount(), 12);
  });

  it('answers each of writes taken together with its own counts and issues, and finishes them all when closed', async () => {
    const { store, gated, entered, release } = await heldAtFirstCommit();
    const app = await buildServer(await Engine.open(gated, { workers: 0 }));
    const post = (payload: string) =>
      app.inject({ method: 'POST', url: '/articles', payload, headers: { 'content-type': 'application/x-ndjson' } });
    const first = post(`${jsonl(DEMO.slice(0, 10))}\n{"id": "broken"`);
    // The first is held at its commit: the next two are taken while it is written.
    await entered;
    const taken = post(JSON.stringify({ id: DEMO[0]?.id, text: 'Another text under an id the first request took.' }));
    const third = post(`{"id": "no-text"}\n${jsonl(DEMO.slice(10, 15))}`);
    const shutdown = app.close();
    release();
    await shutdown;
    const answers = [await first, await taken, await third];
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      [200, 409, 200],
    );
    assert.deepEqual(
      answers.map((a) => {
        const { added, rejected, issues } = a.json();
        return [added, rejected, issues.map((i: { code: string; line?: number }) => [i.code, i.line])];
      }),
      [
        [10, 1, [['INPUT_INVALID_JSON', 11]]],
        [undefined, undefined, [['INPUT_DUPLICATE_ID', 1]]],
        [5, 1, [['INPUT_MISSING_TEXT', 1]]],
      ],
    );
    assert.equal(await store.articleCount(), 15);
  });

  it('turns away a request beyond its limit with 503, and takes the next once one has ended', async () => {
    const { gated, entered, release } = await heldAtFirstCommit();
    const app = await buildServer(await Engine.open(gated, { workers: 0 }), { maxConcurrent: 1 });
    const write = app.inject({ method: 'POST', url: '/articles', payload: DEMO[0] as Article });
    await entered;
    const busy = await app.inject({ url: '/health' });
    assert.deepEqual([busy.statusCode, busy.json().error.code], [503, 'BUSY']);
    release();
    assert.equal((await write).json().added, 1);
    assert.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the refused request was never counted');
  });
});
