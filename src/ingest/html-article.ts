import { Readability } from '@mozilla/readability';
import type { Article } from '../core/contract/types.js';
import { issue, type Result } from '../errors/index.js';
import { normaliseLooseDate } from './dates.js';
import { fail, normaliseArticleText } from './decode.js';
import { type DomDocument, type DomElement, parseHtmlDocument, shapeExceeds } from './dom.js';
import { pageMetadata } from './html-metadata.js';
import { elementText, NON_TEXT_ELEMENTS } from './html-text.js';

/** Page furniture that is never article text, dropped before Readability looks at the page. */
const PAGE_FURNITURE = ['nav', 'footer', 'aside', 'form', 'menu', '[role="navigation"]', '[role="contentinfo"]'];
/** Dropped too when Readability finds no article and the whole body has to do; may hold the headline. */
const PAGE_HEADER = ['header', '[role="banner"]'];
/**
 * Readability's run time grows steeply with nesting depth (over a second at 400 levels, minutes at
 * 2,000) and faster than linearly with size (2 s for 50,000 paragraphs), so a page deeper or larger
 * than any real article page is read by the body fallback alone.
 */
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 20_000;

/** Kept for Readability, which reads the title and meta tags from the head. */
const HEAD_ELEMENTS = new Set(['head', 'title', 'meta', 'link', 'base']);
const NON_TEXT_IN_BODY = [...NON_TEXT_ELEMENTS].filter((name) => !HEAD_ELEMENTS.has(name));

function removeAll(document: DomDocument, selectors: Iterable<string>): void {
  // One pass with a selector list: a pass per selector costs seconds on pages with many elements.
  for (const element of Array.from(document.querySelectorAll([...selectors].join(',')))) element.remove();
}

interface ReadableResult {
  title?: string;
  text: string;
  siteName?: string;
  publishedTime?: string;
}

function readable(document: DomDocument): ReadableResult | undefined {
  try {
    // The serializer hands back the content element itself, so its paragraph structure can be walked.
    const reader = new Readability<DomElement>(document as never, { serializer: (node) => node as never });
    const parsed = reader.parse();
    if (!parsed?.content) return undefined;
    const result: ReadableResult = { text: normaliseArticleText(elementText(parsed.content)) };
    if (parsed.title?.trim()) result.title = parsed.title.trim().replace(/\s+/g, ' ');
    if (parsed.siteName?.trim()) result.siteName = parsed.siteName.trim();
    if (parsed.publishedTime?.trim()) result.publishedTime = parsed.publishedTime.trim();
    return result;
  } catch {
    // Readability gives up on some malformed pages; the body fallback below still reads them.
    return undefined;
  }
}

function bodyText(html: string, withoutFurniture: boolean): string {
  const document = parseHtmlDocument(html);
  if (withoutFurniture) removeAll(document, [...PAGE_FURNITURE, ...PAGE_HEADER]);
  const root = document.body ?? document.documentElement;
  return root ? normaliseArticleText(elementText(root)) : '';
}

/** Plain text of an HTML fragment (a feed item's description, say), paragraphs kept, no Readability. */
export function htmlFragmentText(html: string): string {
  return bodyText(html, false);
}

/**
 * The article in an HTML page: Readability over linkedom for the text (paragraphs separated by a blank
 * line), page metadata for title, date, outlet and canonical URL. Falls back to the body text without
 * navigation when Readability finds nothing.
 */
export function articleFromHtml(html: string, fallback: { id: string; url?: string }): Result<Article> {
  const document = parseHtmlDocument(html);
  const metadata = pageMetadata(document, fallback.url);
  removeAll(document, [...NON_TEXT_IN_BODY, ...PAGE_FURNITURE]);
  const root = document.documentElement;
  const extracted =
    root && !shapeExceeds(root, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS) ? readable(document) : undefined;
  const text = extracted?.text || bodyText(html, true);
  if (!text) return fail(issue('INPUT_EMPTY', 'the page has no article text', { record: fallback.id }));

  const article: Article = { id: fallback.id, text };
  const title = extracted?.title ?? metadata.title;
  if (title !== undefined) article.title = title;
  if (metadata.url !== undefined) article.url = metadata.url;
  const outlet = metadata.outlet ?? extracted?.siteName;
  if (outlet !== undefined) article.outlet = outlet;
  const published = metadata.published ?? normaliseLooseDate(extracted?.publishedTime);
  if (published !== undefined) article.published = published;
  return { ok: true, value: article };
}
