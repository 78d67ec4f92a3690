import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { StorytraceError } from '../errors/index.js';
import { nonPublicKind } from './addresses.js';
import { ACCEPT_ENCODING, readBody } from './body.js';
import { decodeBody } from './charset.js';
import type { Fetched, FetchOptions, ResolvedAddress, Validators } from './types.js';

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeout: 15_000,
  maxBytes: 8 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  allowAddresses: [],
  userAgent: 'storytrace/0.1.0',
  lookup: (hostname) => dnsLookup(hostname, { all: true }),
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9';
/** Pages and feeds: text, XML and its dialects. Anything else (an image, a PDF) is refused before its body is read. */
const READABLE_TYPE = /^\s*(text\/|application\/([\w.-]+\+)?xml\s*(;|$))/i;

/** Why the fetch was aborted: its time ran out, or the caller's signal said stop. */
const TIMED_OUT = Symbol('timed out');
const STOPPED = Symbol('stopped');

/** The URL, when it is one storytrace may fetch: http or https, nothing else. */
function fetchableUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    if (base === undefined) throw new StorytraceError('USAGE', `not a URL: ${JSON.stringify(text)}`);
    throw new StorytraceError('FETCH_FAILED', `${base.href} redirects to ${JSON.stringify(text)}, not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StorytraceError(
      'FETCH_REFUSED',
      `only http and https URLs are fetched, not ${url.protocol} (${url.href})`,
    );
  }
  url.hash = '';
  return url;
}

/** Settles as `work` does, or rejects as soon as the signal aborts (a DNS lookup cannot be cancelled). */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * The addresses a URL's host stands for, every one of them checked: a literal IP as it is, a name as
 * resolved once. The connection then goes to these addresses only (`pinned`), so a name that
 * resolves to a public address when checked cannot resolve to a private one when connected.
 */
async function checkedAddresses(url: URL, options: FetchOptions, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses =
    family !== 0 ? [{ address: host, family }] : [...(await unlessAborted(options.lookup(host), signal))];
  if (addresses.length === 0) throw new StorytraceError('FETCH_FAILED', `${host} resolves to no address`);
  if (options.allowPrivate) return addresses;
  for (const { address } of addresses) {
    const kind = options.allowAddresses.includes(address) ? undefined : nonPublicKind(address);
    if (kind !== undefined) {
      const named = family !== 0 ? host : `${host} (${address})`;
      throw new StorytraceError('FETCH_REFUSED', `${url.href} is refused: ${named} is a ${kind} address`);
    }
  }
  return addresses;
}

/** A lookup that answers with the addresses already checked, never asking DNS again. */
function pinned(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    const first = usable[0];
    if (options.all) callback(null, usable);
    else if (first === undefined) callback(new Error(`no IPv${wanted} address`), '', 0);
    else callback(null, first.address, first.family);
  };
}

function conditionalHeaders(validators: Validators): Record<string, string> {
  return {
    ...(validators.etag === undefined ? {} : { 'if-none-match': validators.etag }),
    ...(validators.lastModified === undefined ? {} : { 'if-modified-since': validators.lastModified }),
  };
}

function validatorsOf(response: IncomingMessage): Validators {
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  return { ...(etag === undefined ? {} : { etag }), ...(lastModified === undefined ? {} : { lastModified }) };
}

function get(
  url: URL,
  addresses: readonly ResolvedAddress[],
  options: FetchOptions,
  validators: Validators,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  const headers = {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
    ...conditionalHeaders(validators),
  };
  return new Promise((resolve, reject) => {
    // No shared agent: a kept-alive socket would skip the lookup, and with it the addresses checked.
    const request = client.request(url, { agent: false, headers, lookup: pinned(addresses), signal }, (response) => {
      signal.addEventListener('abort', () => response.destroy(new Error('aborted')), { once: true });
      resolve(response);
    });
    request.on('error', reject);
    request.end();
  });
}

async function follow(url: string, options: FetchOptions, validators: Validators, signal: AbortSignal) {
  let target = fetchableUrl(url);
  for (let redirects = 0; ; redirects++) {
    const addresses = await checkedAddresses(target, options, signal);
    // The validators belong to the document the URL led to last time, so every hop carries them.
    const response = await get(target, addresses, options, validators, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location !== undefined) {
      response.destroy();
      if (redirects === options.maxRedirects) {
        throw new StorytraceError('FETCH_FAILED', `${url} redirects more than ${options.maxRedirects} times`);
      }
      target = fetchableUrl(location, target);
      continue;
    }
    const base = { url, finalUrl: target.href, status };
    const askedIfChanged = Object.keys(validators).length > 0;
    if (status === 304 && askedIfChanged) {
      response.destroy();
      return { ...base, notModified: true } as const;
    }
    if (status !== 200) {
      response.destroy();
      throw new StorytraceError('FETCH_FAILED', `${target.href} answered HTTP ${status}`);
    }
    const contentType = response.headers['content-type'] ?? '';
    if (contentType !== '' && !READABLE_TYPE.test(contentType)) {
      response.destroy();
      throw new StorytraceError('INPUT_UNSUPPORTED', `${target.href} is ${contentType}, not a page or a feed`);
    }
    const bytes = await readBody(response, target.href, options.maxBytes);
    const text = decodeBody(bytes, contentType);
    return { ...base, notModified: false, contentType, text, validators: validatorsOf(response) } as const;
  }
}

function failure(error: unknown, url: string, signal: AbortSignal, timeout: number): StorytraceError {
  if (signal.reason === TIMED_OUT) {
    return new StorytraceError('FETCH_TIMEOUT', `${url} did not arrive within ${timeout} ms`, { cause: error });
  }
  if (error instanceof StorytraceError) return error;
  if (signal.reason === STOPPED) return new StorytraceError('FETCH_FAILED', `${url}: stopped`, { cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new StorytraceError('FETCH_FAILED', `${url} could not be fetched: ${reason}`, { cause: error });
}

/**
 * GETs a page or feed, following redirects, with every address it connects to checked first (see
 * `checkedAddresses`); with validators, asks whether it changed since. Throws a StorytraceError:
 * FETCH_REFUSED, FETCH_FAILED, FETCH_TIMEOUT, FETCH_TOO_LARGE, or INPUT_UNSUPPORTED for content that is
 * neither text nor XML.
 */
export async function fetchDocument(
  url: string,
  options: Partial<FetchOptions> = {},
  validators: Validators = {},
): Promise<Fetched> {
  const settings = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMED_OUT), settings.timeout);
  const stop = () => controller.abort(STOPPED);
  if (settings.signal?.aborted) stop();
  settings.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await follow(url, settings, validators, controller.signal);
  } catch (error) {
    throw failure(error, url, controller.signal, settings.timeout);
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', stop);
  }
}
