import type { Article } from '../core/contract/types.js';
import { type Issue, StorytraceError } from '../errors/index.js';
import { absoluteHttpUrl, type IngestItem } from '../ingest/index.js';
import { articleFromFetchedPage, articlesFromDocument } from './documents.js';
import { fetchDocument } from './fetcher.js';
import type { FetchOptions, Validators } from './types.js';

export interface FeedPollOptions {
  fetch: Partial<FetchOptions>;
  /** Those of the feed's last fetch, to ask whether it changed. */
  validators: Validators;
  /** Whether the store holds this id already: the item is skipped and its page not fetched again. */
  isKnown: (id: string) => Promise<boolean>;
  /** Item pages fetched at most in one poll of a feed; the new items past them wait for the next poll. */
  maxPages: number;
}

export interface FeedPoll {
  notModified: boolean;
  /** Items the feed holds. */
  items: number;
  /** Its new items, each with its page's text where the page could be fetched and read. */
  articles: IngestItem[];
  /** New items left for the next poll (past `maxPages`, or the poll was stopped). */
  deferred: number;
  /** Pages that could not be fetched or read: their items keep the text the feed gives. */
  problems: Issue[];
  /** To remember for the next poll: none while items wait, so the next poll reads the feed whole. */
  validators: Validators;
}

/**
 * A new item with the text of the page it links to (which feeds mostly shorten to a summary). The
 * item's id, title, outlet and date stay those of the feed; its URL is the page's, after redirects.
 */
async function withPageText(
  article: Article,
  feedUrl: string,
  fetch: Partial<FetchOptions>,
): Promise<{ article: Article; problems: Issue[] }> {
  const link = absoluteHttpUrl(article.url, feedUrl);
  if (link === undefined) return { article, problems: [] };
  const location = { file: link, record: article.id };
  try {
    const page = await fetchDocument(link, fetch);
    if (page.notModified) return { article, problems: [] };
    const read = articleFromFetchedPage(page, article.id);
    if (!read.ok) return { article, problems: read.issues.map((problem) => ({ ...problem, ...location })) };
    return { article: { ...read.value, ...article, text: read.value.text, url: page.finalUrl }, problems: [] };
  } catch (error) {
    if (!(error instanceof StorytraceError)) throw error;
    return { article, problems: [{ ...error.toIssue(), ...location }] };
  }
}

/**
 * One poll of a feed: a conditional GET, then the items the store does not hold yet, each page fetched
 * (at most `maxPages`). Throws when the feed itself cannot be fetched; anything wrong with one item or
 * its page is an issue.
 */
export async function pollFeed(url: string, options: FeedPollOptions): Promise<FeedPoll> {
  const fetched = await fetchDocument(url, options.fetch, options.validators);
  const poll: FeedPoll = {
    notModified: fetched.notModified,
    items: 0,
    articles: [],
    deferred: 0,
    problems: [],
    validators: {},
  };
  if (fetched.notModified) return { ...poll, validators: options.validators };
  const { kind, items } = articlesFromDocument(fetched);
  if (kind !== 'feed') {
    throw new StorytraceError('INPUT_INVALID_FEED', `${fetched.finalUrl} is not an RSS or Atom feed`);
  }
  poll.items = items.length;
  const seen = new Set<string>();
  let read = 0;
  for (const item of items) {
    if (!item.ok) {
      poll.articles.push(item);
      continue;
    }
    const { article, location } = item.value;
    if (seen.has(article.id) || (await options.isKnown(article.id))) continue;
    seen.add(article.id);
    if (read === options.maxPages || options.fetch.signal?.aborted) {
      poll.deferred++;
      continue;
    }
    read++;
    const { article: whole, problems } = await withPageText(article, fetched.finalUrl, options.fetch);
    if (options.fetch.signal?.aborted) {
      // A page cut short by stopping is no reason to keep the feed's text for good: it waits too.
      poll.deferred++;
      continue;
    }
    poll.problems.push(...problems);
    poll.articles.push({ ok: true, value: { article: whole, location } });
  }
  return { ...poll, validators: poll.deferred === 0 ? fetched.validators : {} };
}
