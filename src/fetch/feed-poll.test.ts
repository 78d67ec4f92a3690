import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articlesFromDocument } from './documents.js';
import { pollFeed } from './feed-poll.js';
import { type LocalSite, localSite } from './testing/local-site.js';

const page = (title: string, text: string) =>
  `<html><head><title>${title} | The Page</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

/** RSS whose items link to pages of the site, relative links included. */
const feed = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>River Daily</title>
<item><guid>r1</guid><title>Dam holds</title><link>${origin}/r1</link><description>Short r1.</description>
<pubDate>Tue, 01 Apr 2025 10:00:00 GMT</pubDate></item>
<item><guid>r2</guid><title>Town dries out</title><link>/r2</link><description>Short r2.</description></item>
<item><guid>r3</guid><title>Bridge reopens</title><link>${origin}/gone</link><description>Short r3.</description></item>
<item><guid>r2</guid><title>Town dries out</title><link>/r2</link><description>The same item twice.</description></item>
<item><guid>r4</guid><title>Cleanup begins</title><link>${origin}/r4</link><description>Short r4.</description></item>
</channel></rss>`;

describe('pollFeed', () => {
  let site: LocalSite;
  before(async () => {
    site = await localSite({
      '/feed': (request, response) => {
        if (request.headers['if-none-match'] === '"f1"') return void response.writeHead(304).end();
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(feed(site.origin));
      },
      '/r1': (_request, response) =>
        response.end(page('Dam holds', 'The whole story of the dam, as the page tells it.')),
      '/r2': (_request, response) => response.end(page('Town dries out', 'The whole story of the town.')),
      '/r4': (_request, response) => response.end(page('Cleanup begins', 'The whole story of the cleanup.')),
      '/page': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page('A', 'B')),
    });
  });
  after(() => site.close());

  const fetch = { allowPrivate: true };

  it("adds new items with their page's text, keeps the feed's text for a page it cannot fetch, and leaves the rest for later", async () => {
    const poll = await pollFeed(`${site.origin}/feed`, {
      fetch,
      validators: {},
      isKnown: async () => false,
      maxPages: 3,
    });
    assert.equal(poll.notModified, false);
    assert.equal(poll.items, 5);
    const articles = poll.articles.map((item) => (item.ok ? item.value.article : undefined));
    assert.deepEqual(
      articles.map((a) => a?.id),
      ['r1', 'r2', 'r3'],
      'the repeated r2 once, r4 past the limit of three pages',
    );
    assert.equal(poll.deferred, 1);
    const [r1, r2, r3] = articles;
    assert.equal(r1?.text, 'The whole story of the dam, as the page tells it.');
    assert.equal(r1?.title, 'Dam holds', "the feed's title, not the page's");
    assert.equal(r1?.outlet, 'River Daily');
    assert.equal(r1?.published, '2025-04-01T10:00:00.000Z');
    assert.equal(r2?.url, `${site.origin}/r2`, 'a relative link is read against the feed');
    assert.equal(r2?.text, 'The whole story of the town.');
    assert.equal(r3?.text, 'Short r3.');
    assert.deepEqual(
      poll.problems.map((p) => [p.code, p.record]),
      [['FETCH_FAILED', 'r3']],
    );
    assert.deepEqual(poll.validators, {}, 'with an item waiting, the next poll must read the feed whole');
  });

  it('skips the items the store holds without fetching their pages, and hands back the validators', async () => {
    const before = site.requests.length;
    const poll = await pollFeed(`${site.origin}/feed`, {
      fetch,
      validators: {},
      isKnown: async (id) => id !== 'r4',
      maxPages: 3,
    });
    assert.deepEqual(
      poll.articles.map((item) => item.ok && item.value.article.id),
      ['r4'],
    );
    assert.deepEqual(
      site.requests.slice(before).map((r) => r.path),
      ['/feed', '/r4'],
    );
    assert.deepEqual(poll.validators, { etag: '"f1"' });
  });

  it('reads an unchanged feed as not modified, and fails on a document that is no feed', async () => {
    const poll = await pollFeed(`${site.origin}/feed`, {
      fetch,
      validators: { etag: '"f1"' },
      isKnown: async () => false,
      maxPages: 3,
    });
    assert.deepEqual([poll.notModified, poll.articles.length], [true, 0]);
    await assert.rejects(
      pollFeed(`${site.origin}/page`, { fetch, validators: {}, isKnown: async () => false, maxPages: 3 }),
      /INPUT_INVALID_FEED|not an RSS or Atom feed/,
    );
  });
});

describe('articlesFromDocument', () => {
  const at = (text: string, contentType = 'text/html') =>
    articlesFromDocument({ finalUrl: 'https://x.test/a', contentType, text });

  it('reads a page as one article under its URL, a feed as its items, and anything else as an issue', () => {
    const read = at(page('Title', 'Some text of the page.'));
    assert.equal(read.kind, 'page');
    const [item] = read.items;
    assert.ok(item?.ok);
    assert.deepEqual([item.value.article.id, item.value.article.url], ['https://x.test/a', 'https://x.test/a']);
    assert.equal(at(feed('https://x.test'), 'application/xml').kind, 'feed');
    const [json] = at('{"a": 1}', 'text/plain').items;
    assert.ok(json !== undefined && !json.ok && json.issues[0]?.code === 'INPUT_UNSUPPORTED');
    const [binary] = at('\u0000\u0001binary').items;
    assert.ok(binary !== undefined && !binary.ok && binary.issues[0]?.code === 'INPUT_BINARY');
  });
});
