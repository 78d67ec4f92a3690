import type { Article } from '../core/contract/types.js';
import { issue, type RecordLocation, type Result } from '../errors/index.js';
import { normaliseLooseDate } from './dates.js';
import { fail, normaliseArticleText } from './decode.js';
import { attribute, type DomElement, nameOf, parseXmlDocument } from './dom.js';
import { articleFromHtml, htmlFragmentText } from './html-article.js';
import { elementText } from './html-text.js';
import { outletFromUrl } from './urls.js';
import { rootElementName, xmlSyntaxError } from './xml-syntax.js';

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/** True when the content's root element is that of an RSS or Atom feed. */
export function looksLikeFeed(content: string): boolean {
  const root = rootElementName(content);
  return root !== undefined && FEED_ROOTS.has(root.toLowerCase());
}

function children(element: DomElement, name: string): DomElement[] {
  return Array.from(element.children).filter((child) => nameOf(child) === name);
}

function childText(element: DomElement, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const child of children(element, name)) {
      const text = child.textContent?.trim();
      if (text) return text;
    }
  }
  return undefined;
}

function htmlToText(html: string): string {
  if (/<(html|body)[\s>]/i.test(html)) {
    const page = articleFromHtml(html, { id: '' });
    return page.ok ? page.value.text : '';
  }
  return htmlFragmentText(html);
}

function atomLink(entry: DomElement): string | undefined {
  const links = children(entry, 'link');
  const alternate = links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attribute(alternate, 'href');
}

/** Atom content is plain text, escaped HTML or inline XHTML, as its `type` says. */
function atomText(entry: DomElement): string | undefined {
  for (const name of ['content', 'summary']) {
    for (const element of children(entry, name)) {
      const type = attribute(element, 'type') ?? 'text';
      const text =
        type === 'xhtml'
          ? elementText(element)
          : type === 'html'
            ? htmlToText(element.textContent ?? '')
            : element.textContent;
      if (text?.trim()) return text;
    }
  }
  return undefined;
}

interface FeedEntry {
  id?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  text?: string | undefined;
}

function rssEntry(item: DomElement): FeedEntry {
  const html = childText(item, 'content:encoded', 'description');
  const url = childText(item, 'link');
  return {
    id: childText(item, 'guid') ?? url,
    title: childText(item, 'title'),
    url,
    published: childText(item, 'pubdate', 'dc:date'),
    text: html === undefined ? undefined : htmlToText(html),
  };
}

function atomEntry(entry: DomElement): FeedEntry {
  const url = atomLink(entry);
  return {
    id: childText(entry, 'id') ?? url,
    title: childText(entry, 'title'),
    url,
    published: childText(entry, 'published', 'updated'),
    text: atomText(entry),
  };
}

function articleFromEntry(
  entry: FeedEntry,
  outlet: string | undefined,
  position: string,
  file: string,
): Result<Article> {
  if (entry.id === undefined) {
    return fail(issue('INPUT_MISSING_ID', `${position} has no guid, id or link`, { file }));
  }
  const location: RecordLocation = { file, record: entry.id };
  const text = normaliseArticleText(entry.text ?? '');
  if (text === '') return fail(issue('INPUT_EMPTY', `${position} has no text`, location));
  const article: Article = { id: entry.id, text };
  if (entry.title !== undefined) article.title = entry.title.replace(/\s+/g, ' ');
  if (entry.url !== undefined) article.url = entry.url;
  const itemOutlet = outlet ?? outletFromUrl(entry.url);
  if (itemOutlet !== undefined) article.outlet = itemOutlet;
  const published = normaliseLooseDate(entry.published);
  if (published !== undefined) article.published = published;
  return { ok: true, value: article };
}

/**
 * The items of an RSS 2.0 / RSS 1.0 / Atom feed, one result per item. A feed that is not well-formed
 * XML, or whose root is not a feed, is one INPUT_INVALID_FEED issue for the whole file.
 */
export function articlesFromFeed(xml: string, file: string): Result<Article>[] {
  const syntaxError = xmlSyntaxError(xml);
  if (syntaxError !== undefined) {
    return [fail(issue('INPUT_INVALID_FEED', `malformed feed XML: ${syntaxError}`, { file }))];
  }
  const root = parseXmlDocument(xml).documentElement;
  const rootName = root ? nameOf(root) : undefined;
  if (!root || rootName === undefined || !FEED_ROOTS.has(rootName)) {
    return [fail(issue('INPUT_INVALID_FEED', `not an RSS or Atom feed (root <${rootName ?? ''}>)`, { file }))];
  }
  const isAtom = rootName === 'feed';
  const channel = isAtom ? root : (children(root, 'channel')[0] ?? root);
  const feedLink = isAtom ? atomLink(root) : childText(channel, 'link');
  const outlet = childText(channel, 'title')?.replace(/\s+/g, ' ') ?? outletFromUrl(feedLink);
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
  const items = isAtom
    ? children(root, 'entry')
    : [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))];
  if (items.length === 0) return [fail(issue('INPUT_EMPTY', 'the feed has no items', { file }))];
  return items.map((item, index) => {
    const entry = isAtom ? atomEntry(item) : rssEntry(item);
    return articleFromEntry(entry, outlet, `${isAtom ? 'entry' : 'item'} ${index + 1}`, file);
  });
}
