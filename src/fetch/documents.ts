import type { Article } from '../core/contract/types.js';
import { issue, type Result } from '../errors/index.js';
import { articleFromHtml, articlesFromFeed, type IngestItem, looksBinaryText, looksLikeFeed } from '../ingest/index.js';

/** What a fetched document is read as. */
export type DocumentKind = 'page' | 'feed';

/** A fetched document's text, type and address. */
export interface FetchedDocument {
  finalUrl: string;
  contentType: string;
  text: string;
}

/** HTML and XHTML, or no type said; XML or plain text that is no feed is not a page. */
const PAGE_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

function toItem(result: Result<Article>, file: string): IngestItem {
  if (!result.ok) return { ok: false, issues: result.issues.map((problem) => ({ ...problem, file })) };
  return { ok: true, value: { article: result.value, location: { file, record: result.value.id } } };
}

/**
 * A fetched page as one article by Readability (ingest's HTML reading), with `id` (by default the URL
 * it was fetched from, after redirects) and that URL as `url`: the address fetched is a fact, the
 * page's canonical link only a claim.
 */
export function articleFromFetchedPage(document: FetchedDocument, id = document.finalUrl): Result<Article> {
  const location = { record: id };
  if (looksBinaryText(document.text))
    return { ok: false, issues: [issue('INPUT_BINARY', 'binary, not text', location)] };
  if (looksLikeFeed(document.text) || (document.contentType !== '' && !PAGE_TYPE.test(document.contentType))) {
    const message = `${document.contentType || 'the document'} is not an HTML page`;
    return { ok: false, issues: [issue('INPUT_UNSUPPORTED', message, location)] };
  }
  const page = articleFromHtml(document.text, { id, url: document.finalUrl });
  if (page.ok) page.value.url = document.finalUrl;
  return page;
}

/**
 * The articles of a fetched document: an RSS/Atom feed's items, with the text the feed carries and
 * ids as `storytrace add` gives them (guid, else link), or a page as one article whose id is its URL.
 * Fetching either again adds nothing new. Bad content is an issue, never an exception.
 */
export function articlesFromDocument(document: FetchedDocument): { kind: DocumentKind; items: IngestItem[] } {
  const file = document.finalUrl;
  if (looksLikeFeed(document.text)) {
    return { kind: 'feed', items: articlesFromFeed(document.text, file).map((result) => toItem(result, file)) };
  }
  return { kind: 'page', items: [toItem(articleFromFetchedPage(document), file)] };
}

/** Items in hand as the stream `Engine.add` reads. */
export async function* streamOf(items: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}
