import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type LocalSite, localSite } from '../src/fetch/testing/local-site.js';
import { CLI, ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const page = (title: string, text: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

const FEED_ITEMS = [
  ['w1', 'Dam holds as river peaks', 'The river crested at nine metres and the old dam held, engineers said.'],
  ['w2', 'Town dries out', 'Some 1,200 people were allowed home by noon on Wednesday after the flood.'],
] as const;

/** Runs the binary without blocking this process, which serves the feeds it fetches. */
function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, STORYTRACE_DB: '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

describe('storytrace watch', () => {
  let site: LocalSite;
  before(async () => {
    site = await localSite({
      '/feed.xml': (request, response) => {
        if (request.headers['if-none-match'] === '"feed-1"') return void response.writeHead(304).end();
        const items = FEED_ITEMS.map(
          ([id, title]) =>
            `<item><guid>${id}</guid><title>${title}</title><link>/${id}</link><description>Short.</description></item>`,
        );
        response
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-1"' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>River Daily</title>${items.join('')}</channel></rss>`,
          );
      },
      ...Object.fromEntries(
        FEED_ITEMS.map(([id, title, text]) => [
          `/${id}`,
          (_request: unknown, response: ServerResponse) => response.end(page(title, text)),
        ]),
      ),
    });
  });
  after(() => site.close());

  it('--once adds the new items of each feed read from their pages, reports a failing feed, and the others go on', async () => {
    const db = path.join(temporaryDir(), 'watched.db');
    const feed = `${site.origin}/feed.xml`;
    const first = run(['watch', `${site.origin}/missing.xml`, feed, '--once', '--allow-private', '--db', db]);
    assert.equal(await first.exited, 3, first.stderr());
    assert.match(first.stderr(), /missing\.xml: FETCH_FAILED: .*HTTP 404/);
    assert.match(first.stderr(), /feed\.xml: 2 items, 2 new; added 2/);
    const report = JSON.parse(storytrace(['report', '--format', 'json', '--db', db]).stdout);
    assert.deepEqual(report.articles.map((a: { id: string }) => a.id).sort(), ['w1', 'w2']);
    // The texts are the pages', not the feed's "Short.".
    const pair = JSON.parse(storytrace(['compare', 'w1', 'w2', '--json', '--db', db]).stdout);
    assert.match(pair.textA, /engineers said/);
    assert.match(pair.textB, /1,200 people/);

    // A later run knows the items: nothing is fetched again but the feed, nothing added.
    const before = site.requests.length;
    const again = run(['watch', feed, '--once', '--allow-private', '--db', db]);
    assert.equal(await again.exited, 0, again.stderr());
    assert.match(again.stderr(), /2 items, 0 new; added 0/);
    assert.deepEqual(
      site.requests.slice(before).map((r) => r.path),
      ['/feed.xml'],
    );
  });

  it('refuses a loopback feed without --allow-private (exit 2)', async () => {
    const refused = run(['watch', `${site.origin}/feed.xml`, '--once', '--db', ':memory:']);
    assert.equal(await refused.exited, 2, refused.stderr());
    assert.match(refused.stderr(), /FETCH_REFUSED: .*loopback/);
  });

  it('polls until told to stop, then stops cleanly', async () => {
    const db = path.join(temporaryDir(), 'polled.db');
    const watching = run(['watch', `${site.origin}/feed.xml`, '--every', '1h', '--allow-private', '--db', db]);
    try {
      while (!/added 2/.test(watching.stderr())) {
        assert.equal(watching.child.exitCode, null, watching.stderr());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      watching.child.kill('SIGTERM');
      assert.equal(await watching.exited, 0, watching.stderr());
      assert.match(watching.stderr(), /stopped/);
      assert.equal(JSON.parse(storytrace(['stories', '--json', '--db', db]).stdout).length > 0, true);
    } finally {
      watching.child.kill('SIGKILL');
    }
  });
});
