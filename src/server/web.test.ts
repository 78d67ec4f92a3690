import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Engine } from '../engine/index.js';
import { demoArticles } from '../engine/testing/fixtures.js';
import { openSqliteStore } from '../store/index.js';
import { buildServer, type ServerOptions } from './app.js';
import { PAGE_POLICY } from './web.js';

async function demoServer(options: Partial<ServerOptions> = {}) {
  const engine = await Engine.open(await openSqliteStore(':memory:'), { workers: 0 });
  const app = await buildServer(engine, options);
  const payload = [...demoArticles().values()].map((a) => JSON.stringify(a)).join('\n');
  const added = await app.inject({
    method: 'POST',
    url: '/articles',
    payload,
    headers: { 'content-type': 'application/x-ndjson' },
  });
  assert.equal(added.statusCode, 200, added.body);
  return app;
}

describe('the web UI and the side-by-side view behind it', () => {
  it('serves the built UI at / under a strict policy, with hashed bundles kept for good', async () => {
    const app = await demoServer();
    const page = await app.inject({ url: '/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.equal(page.headers['content-security-policy'], PAGE_POLICY);
    assert.match(PAGE_POLICY, /script-src 'self'(;|$)/, 'no inline or foreign script');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    assert.ok(script, 'the page loads its bundle from this server');
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page');
    const bundle = await app.inject({ url: script });
    assert.equal(bundle.statusCode, 200);
    assert.match(String(bundle.headers['cache-control']), /immutable/);
    assert.doesNotMatch(bundle.body, /https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[\w/-]*\.(js|css|woff2?)/i);
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    assert.ok(!paths.includes('/') && !paths.some((p) => p.startsWith('/assets')), 'the UI is not part of the API');
  });

  it('says the UI is not built instead of serving nothing', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'storytrace-web-'));
    try {
      const app = await demoServer({ webRoot: empty });
      const page = await app.inject({ url: '/' });
      assert.equal(page.statusCode, 404);
      assert.match(page.json().error.message, /not built/);
      assert.equal((await app.inject({ url: '/stories' })).statusCode, 200, 'the API still answers');
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it('cuts the spun article and its source into segments: reworded words and the altered quotation', async () => {
    const app = await demoServer();
    const answer = await app.inject({ url: '/articles/a08/versus/a03' });
    assert.equal(answer.statusCode, 200, answer.body);
    const view = answer.json();
    const texts = (await app.inject({ url: '/compare?a=a08&b=a03' })).json();
    const spelled = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
    assert.equal(spelled(view.sides.article), texts.textA);
    assert.equal(spelled(view.sides.source), texts.textB);
    const changed = (segments: { text: string; changed?: boolean }[]) =>
      segments.filter((s) => s.changed).map((s) => s.text);
    assert.ok(changed(view.sides.article).includes('places'));
    assert.ok(changed(view.sides.source).includes('homes'));
    assert.ok(view.sides.article.some((s: { differs?: string; text: string }) => s.differs === 'quote'));
    assert.ok(view.substitutions.length > 0);

    const notASource = await app.inject({ url: '/articles/a08/versus/a05' });
    assert.deepEqual([notASource.statusCode, notASource.json().error.code], [404, 'NOT_FOUND']);
    assert.equal((await app.inject({ url: '/articles/zz/versus/a03' })).statusCode, 404);
  });
});
