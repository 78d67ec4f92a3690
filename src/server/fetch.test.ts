import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Engine } from '../engine/index.js';
import { demoArticles } from '../engine/testing/fixtures.js';
import type { Lookup } from '../fetch/index.js';
import { type LocalSite, localSite } from '../fetch/testing/local-site.js';
import { openSqliteStore } from '../store/index.js';
import { buildServer, type ServerOptions } from './app.js';

const PAGE = `<html><head><title>Dam holds as river peaks</title></head><body><article>
<h1>Dam holds as river peaks</h1>
<p>The river crested at nine metres on Tuesday night, and the old dam above the town held, engineers said.</p>
<p>Some 1,200 people spent the night in the school gym and were allowed home by noon on Wednesday.</p>
</article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>River Daily</title>
<item><guid>river-1</guid><title>Dam holds</title><description>The old dam held as the river crested.</description></item>
<item><guid>river-2</guid><title>Town dries out</title><description>Residents went home on Wednesday.</description></item>
</channel></rss>`;

/** A DNS where a public-looking name stands for loopback: the rebinding trick a refusal must see through. */
const lookup: Lookup = async (hostname) => {
  if (hostname === 'news.example') return [{ address: '127.0.0.1', family: 4 }];
  throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
};

async function serverOver(options: Partial<ServerOptions>): Promise<FastifyInstance> {
  const engine = await Engine.open(await openSqliteStore(':memory:'), { workers: 0 });
  const app = await buildServer(engine, options);
  const demo = [...demoArticles().values()].slice(0, 5);
  const headers = { ...bearer(options.token) };
  const added = await app.inject({ method: 'POST', url: '/articles', payload: demo, headers });
  assert.equal(added.statusCode, 200, added.body);
  return app;
}

const bearer = (token: string | undefined): Record<string, string> =>
  token === undefined ? {} : { authorization: `Bearer ${token}` };

async function articleCount(app: FastifyInstance): Promise<number> {
  return (await app.inject({ url: '/health' })).json().articles;
}

function fetchUrl(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/fetch', payload: { url }, headers });
}

describe('POST /fetch', () => {
  let site: LocalSite;
  let fetches = 0;
  before(async () => {
    site = await localSite({
      '/story': (request, response: ServerResponse) => {
        fetches++;
        if (request.headers['if-none-match'] === '"s1"') return void response.writeHead(304).end();
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"s1"' }).end(PAGE);
      },
      '/plain-story': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
      '/feed': (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
      '/to-metadata': (_request, response) =>
        response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/silent': () => {},
    });
  });
  after(() => site.close());

  it('refuses loopback, private, link-local and a name resolving to loopback, and the store is unchanged', async () => {
    const app = await serverOver({ fetch: { lookup } });
    const before = await articleCount(app);
    const refused = [
      'http://127.0.0.1/',
      `${site.origin}/story`,
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      `http://news.example:${site.port}/story`,
      'http://[::ffff:127.0.0.1]/',
      'file:///etc/passwd',
    ];
    for (const url of refused) {
      const response = await fetchUrl(app, url);
      assert.equal(response.statusCode, 403, `${url}: ${response.body}`);
      assert.equal(response.json().error.code, 'FETCH_REFUSED', url);
    }
    assert.equal(fetches, 0, 'the local site was never reached');
    assert.equal(await articleCount(app), before);
    const health = (await app.inject({ url: '/health' })).json();
    assert.equal(health.writesInFlight, 0);
    const stories = (await app.inject({ url: '/stories' })).json();
    assert.ok(stories.total > 0, 'the store still reads');
  });

  it('never lets the client allow private addresses: anything in the body beside the URL is dropped', async () => {
    const app = await serverOver({ fetch: { lookup } });
    const before = fetches;
    const response = await app.inject({
      method: 'POST',
      url: '/fetch',
      payload: { url: `${site.origin}/story`, allowPrivate: true, allowAddresses: ['127.0.0.1'] },
    });
    assert.equal(response.statusCode, 403, response.body);
    assert.equal(response.json().error.code, 'FETCH_REFUSED');
    assert.equal(fetches, before);
  });

  it('needs the token when the server has one, before fetching anything', async () => {
    const app = await serverOver({ token: 'secret', fetch: { allowPrivate: true } });
    const before = fetches;
    const response = await fetchUrl(app, `${site.origin}/story`);
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().error.code, 'UNAUTHORIZED');
    assert.equal(fetches, before);
    const allowed = await fetchUrl(app, `${site.origin}/plain-story`, bearer('secret'));
    assert.equal(allowed.statusCode, 200, allowed.body);
  });

  it('adds a fetched page under its URL; fetched again it is not modified, and nothing is duplicated', async () => {
    const app = await serverOver({ fetch: { allowPrivate: true } });
    const before = await articleCount(app);
    const url = `${site.origin}/story`;
    const first = await fetchUrl(app, url);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().added, 1);
    assert.deepEqual(first.json().fetched, { url, finalUrl: url, status: 200, notModified: false, kind: 'page' });
    const article = (await app.inject({ url: `/articles/${encodeURIComponent(url)}` })).json().article;
    assert.equal(article.url, url);
    assert.equal(article.title, 'Dam holds as river peaks');
    assert.match(article.text, /1,200 people/);

    const again = (await fetchUrl(app, url)).json();
    assert.equal(again.added, 0);
    assert.deepEqual(again.fetched, { url, finalUrl: url, status: 304, notModified: true });
    assert.equal(await articleCount(app), before + 1);
  });

  it('reads an unchanged page without validators as unchanged, not as a new article', async () => {
    const app = await serverOver({ fetch: { allowPrivate: true } });
    const url = `${site.origin}/plain-story`;
    assert.equal((await fetchUrl(app, url)).json().added, 1);
    const again = (await fetchUrl(app, url)).json();
    assert.deepEqual([again.added, again.unchanged, again.fetched.notModified], [0, 1, false]);
  });

  it("adds a feed's items with the text the feed gives", async () => {
    const app = await serverOver({ fetch: { allowPrivate: true } });
    const response = (await fetchUrl(app, `${site.origin}/feed`)).json();
    assert.equal(response.fetched.kind, 'feed');
    assert.equal(response.added, 2);
    const item = (await app.inject({ url: '/articles/river-1' })).json().article;
    assert.equal(item.outlet, 'River Daily');
  });

  it('answers 403 for a redirect it refuses to follow, 504 for a page that does not come in time, 502 for an error status', async () => {
    const app = await serverOver({ fetch: { allowAddresses: ['127.0.0.1'], timeout: 200 } });
    const redirected = await fetchUrl(app, `${site.origin}/to-metadata`);
    assert.equal(redirected.statusCode, 403, redirected.body);
    assert.equal(redirected.json().error.code, 'FETCH_REFUSED');
    const slow = await fetchUrl(app, `${site.origin}/silent`);
    assert.equal(slow.statusCode, 504, slow.body);
    assert.equal(slow.json().error.code, 'FETCH_TIMEOUT');
    const missing = await fetchUrl(app, `${site.origin}/nothing-here`);
    assert.equal(missing.statusCode, 502);
    assert.equal(missing.json().error.code, 'FETCH_FAILED');
  });

  it('is documented in /openapi.json with the shape of its body', async () => {
    const app = await serverOver({});
    const operation = (await app.inject({ url: '/openapi.json' })).json().paths['/fetch'].post;
    const body = operation.requestBody.content['application/json'].schema;
    assert.deepEqual(body.required, ['url']);
    assert.deepEqual(operation.security, [{ bearer: [] }]);
  });
});
