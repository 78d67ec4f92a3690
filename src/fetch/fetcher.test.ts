import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { StorytraceError } from '../errors/index.js';
import { fetchDocument } from './fetcher.js';
import { type LocalSite, localSite } from './testing/local-site.js';
import type { FetchOptions, Lookup } from './types.js';

const PAGE = '<html><head><title>Flood</title></head><body><p>The river rose overnight.</p></body></html>';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 01 Apr 2025 10:00:00 GMT';

/** A DNS that knows a few names: public-looking ones answering with loopback reach the test site. */
function lookupOf(names: Record<string, string[]>): Lookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = names[hostname];
    if (addresses === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

function html(response: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

async function rejectsWith(work: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof StorytraceError, String(error));
    assert.equal(error.code, code, error.message);
    if (message !== undefined) assert.match(error.message, message);
    return true;
  });
}

describe('fetchDocument', () => {
  let site: LocalSite;
  /** The test site is on loopback: these options let a fetch reach it. */
  let loopback: Partial<FetchOptions>;

  before(async () => {
    site = await localSite({
      '/page': (_request, response) => html(response, PAGE, { etag: ETAG, 'last-modified': LAST_MODIFIED }),
      '/conditional': (request, response) => {
        const fresh =
          request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED;
        if (fresh) response.writeHead(304).end();
        else html(response, PAGE, { etag: ETAG, 'last-modified': LAST_MODIFIED });
      },
      '/silent': () => {},
      '/trickle': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body><p>The first words, and then nothing');
      },
      '/endless': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const more = () => {
          while (response.write(chunk)) {}
          response.once('drain', more);
        };
        more();
      },
      '/declared-large': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(64 * 1024 * 1024) });
        response.write('<html>');
      },
      '/gzip-bomb': (_request, response) =>
        html(response, gzipSync(Buffer.alloc(16 * 1024 * 1024)), { 'content-encoding': 'gzip' }),
      '/gzip': (_request, response) => html(response, gzipSync(PAGE), { 'content-encoding': 'gzip' }),
      '/br': (_request, response) => html(response, brotliCompressSync(PAGE), { 'content-encoding': 'br' }),
      '/koi8-header': (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html; charset=koi8-r' })
          .end(Buffer.from([0xf2, 0xc5, 0xcb, 0xc1])),
      '/latin1-meta': (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>na\xefve</body></html>', 'latin1')),
      '/utf8': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('naïve — ok'),
      '/image': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end('PNG'),
      '/gone': (_request, response) => response.writeHead(410).end(),
      '/to-page': (_request, response) => response.writeHead(302, { location: '/page' }).end(),
      '/to-intranet': (_request, response) =>
        response.writeHead(302, { location: `http://intranet.example:${site.port}/page` }).end(),
      '/to-metadata': (_request, response) =>
        response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-file': (_request, response) => response.writeHead(301, { location: 'file:///etc/passwd' }).end(),
      // /hop/N redirects to /hop/N-1; /hop/0 is the page: /hop/N takes N redirects.
      ...Object.fromEntries(
        Array.from({ length: 8 }, (_, n) => [
          `/hop/${n}`,
          (_request: unknown, response: ServerResponse) =>
            n === 0 ? html(response, PAGE) : response.writeHead(301, { location: `/hop/${n - 1}` }).end(),
        ]),
      ),
    });
    loopback = { allowPrivate: true };
  });
  after(() => site.close());

  it('fetches a page: its text, final URL, status, type and validators', async () => {
    const fetched = await fetchDocument(`${site.origin}/page#top`, loopback);
    assert.equal(fetched.notModified, false);
    if (fetched.notModified) return;
    assert.equal(fetched.text, PAGE);
    assert.equal(fetched.finalUrl, `${site.origin}/page`, 'the fragment is never sent, nor kept');
    assert.equal(fetched.status, 200);
    assert.equal(fetched.contentType, 'text/html; charset=utf-8');
    assert.deepEqual(fetched.validators, { etag: ETAG, lastModified: LAST_MODIFIED });
    const sent = site.requests.at(-1)?.headers;
    assert.match(sent?.['user-agent'] ?? '', /^storytrace\//);
    assert.equal(sent?.['accept-encoding'], 'gzip, deflate, br');
  });

  it('asks whether a page changed with its validators, and reads a 304 as not modified', async () => {
    const first = await fetchDocument(`${site.origin}/conditional`, loopback);
    assert.equal(first.notModified, false);
    assert.ok(!first.notModified);
    const again = await fetchDocument(`${site.origin}/conditional`, loopback, first.validators);
    assert.deepEqual(again, {
      url: `${site.origin}/conditional`,
      finalUrl: `${site.origin}/conditional`,
      status: 304,
      notModified: true,
    });
    const byDate = await fetchDocument(`${site.origin}/conditional`, loopback, { lastModified: LAST_MODIFIED });
    assert.equal(byDate.notModified, true, 'If-Modified-Since alone is asked too');
  });

  it('gives up on a server that never answers, and on a body that never ends, at the time limit', async () => {
    const options = { ...loopback, timeout: 300 };
    await rejectsWith(fetchDocument(`${site.origin}/silent`, options), 'FETCH_TIMEOUT', /300 ms/);
    // The limit holds for the whole fetch, the body included, not for the headers only.
    await rejectsWith(fetchDocument(`${site.origin}/trickle`, options), 'FETCH_TIMEOUT');
  });

  it('stops reading a body past the size limit: streamed, declared, or inflated from a small gzip', async () => {
    const options = { ...loopback, maxBytes: 1024 * 1024 };
    await rejectsWith(fetchDocument(`${site.origin}/endless`, options), 'FETCH_TOO_LARGE', /1048576 bytes/);
    await rejectsWith(fetchDocument(`${site.origin}/declared-large`, options), 'FETCH_TOO_LARGE');
    // 16 MiB of zeros is 16 KiB gzipped: the limit counts what it inflates to.
    await rejectsWith(fetchDocument(`${site.origin}/gzip-bomb`, options), 'FETCH_TOO_LARGE');
  });

  it('decompresses gzip and brotli bodies', async () => {
    for (const path of ['/gzip', '/br']) {
      const fetched = await fetchDocument(`${site.origin}${path}`, loopback);
      assert.ok(!fetched.notModified && fetched.text === PAGE, path);
    }
  });

  it("decodes by the Content-Type's charset, else the page's own declaration, else UTF-8", async () => {
    const texts = [];
    for (const path of ['/koi8-header', '/latin1-meta', '/utf8']) {
      const fetched = await fetchDocument(`${site.origin}${path}`, loopback);
      texts.push(fetched.notModified ? '' : fetched.text);
    }
    assert.equal(texts[0], 'Река', 'KOI8-R, as the header says');
    assert.match(texts[1] ?? '', /naïve/);
    assert.equal(texts[2], 'naïve — ok');
  });

  it('follows redirects up to the limit, and fails past it', async () => {
    const fetched = await fetchDocument(`${site.origin}/hop/5`, loopback);
    assert.equal(fetched.finalUrl, `${site.origin}/hop/0`);
    await rejectsWith(fetchDocument(`${site.origin}/hop/6`, loopback), 'FETCH_FAILED', /more than 5 times/);
    await rejectsWith(fetchDocument(`${site.origin}/hop/3`, { ...loopback, maxRedirects: 2 }), 'FETCH_FAILED');
  });

  it('fails on an HTTP error status, and refuses content that is neither a page nor a feed', async () => {
    await rejectsWith(fetchDocument(`${site.origin}/gone`, loopback), 'FETCH_FAILED', /HTTP 410/);
    await rejectsWith(fetchDocument(`${site.origin}/image`, loopback), 'INPUT_UNSUPPORTED', /image\/png/);
  });

  it('refuses URLs other than http and https, and says when a string is not a URL', async () => {
    for (const url of ['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'javascript:alert(1)', 'ftp://example.com/']) {
      await rejectsWith(fetchDocument(url), 'FETCH_REFUSED', /only http and https/);
    }
    await rejectsWith(fetchDocument('not a url'), 'USAGE');
    await rejectsWith(fetchDocument(`${site.origin}/to-file`, loopback), 'FETCH_REFUSED', /file:/);
  });

  it('refuses loopback, private and link-local addresses by default, written in any form', async () => {
    const before = site.requests.length;
    const urls = [
      `${site.origin}/page`,
      `http://localhost:${site.port}/page`,
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fe80::1]/',
    ];
    const lookup = lookupOf({ localhost: ['127.0.0.1'] });
    for (const url of urls) await rejectsWith(fetchDocument(url, { lookup }), 'FETCH_REFUSED', /is refused/);
    assert.equal(site.requests.length, before, 'nothing was sent');
  });

  it('refuses a public-looking name that resolves to loopback, or to one private address among public ones', async () => {
    const lookup = lookupOf({ 'news.example': ['127.0.0.1'], 'mixed.example': ['93.184.216.34', '10.1.2.3'] });
    await rejectsWith(
      fetchDocument(`http://news.example:${site.port}/page`, { lookup }),
      'FETCH_REFUSED',
      /news\.example \(127\.0\.0\.1\) is a loopback address/,
    );
    await rejectsWith(fetchDocument('http://mixed.example/', { lookup }), 'FETCH_REFUSED', /10\.1\.2\.3/);
    await rejectsWith(fetchDocument('http://nowhere.example/', { lookup }), 'FETCH_FAILED', /ENOTFOUND/);
  });

  it('checks every redirect: a hop to a private name, a metadata address or a file is refused', async () => {
    // Only the test site's own address is let through, as an operator would allow one intranet host.
    const lookup = lookupOf({ 'news.example': ['127.0.0.1'], 'intranet.example': ['10.0.0.7'] });
    const options = { lookup, allowAddresses: ['127.0.0.1'] };
    const allowed = await fetchDocument(`http://news.example:${site.port}/to-page`, options);
    assert.equal(allowed.finalUrl, `http://news.example:${site.port}/page`);
    await rejectsWith(
      fetchDocument(`http://news.example:${site.port}/to-intranet`, options),
      'FETCH_REFUSED',
      /10\.0\.0\.7/,
    );
    await rejectsWith(
      fetchDocument(`http://news.example:${site.port}/to-metadata`, options),
      'FETCH_REFUSED',
      /link-local/,
    );
  });

  it('connects to the address it checked: a name that would resolve elsewhere the second time is asked once', async () => {
    const calls: string[] = [];
    // DNS rebinding: a first answer that passes the check, then one that would not.
    const rebinding: Lookup = async (hostname) => {
      calls.push(hostname);
      return [{ address: calls.length === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    };
    const fetched = await fetchDocument(`http://rebind.example:${site.port}/page`, {
      lookup: rebinding,
      allowAddresses: ['127.0.0.1'],
    });
    assert.ok(!fetched.notModified && fetched.text === PAGE);
    assert.deepEqual(calls, ['rebind.example']);
    assert.equal(site.requests.at(-1)?.headers.host, `rebind.example:${site.port}`, 'the Host header keeps the name');
  });

  it('stops when the caller says so', async () => {
    const controller = new AbortController();
    const fetching = fetchDocument(`${site.origin}/silent`, { ...loopback, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejectsWith(fetching, 'FETCH_FAILED', /stopped/);
  });
});
