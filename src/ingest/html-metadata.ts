import { normaliseLooseDate } from './dates.js';
import { attribute, type DomDocument } from './dom.js';
import { absoluteHttpUrl, outletFromUrl } from './urls.js';

export interface PageMetadata {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];
const TITLE_META_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline'];

/** Meta tags by lower-cased property, name or itemprop; the first occurrence of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = attribute(meta, 'content');
    if (content === undefined) continue;
    for (const keyAttribute of ['property', 'name', 'itemprop']) {
      const key = attribute(meta, keyAttribute)?.toLowerCase();
      if (key !== undefined && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  url?: string;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The first JSON-LD object that carries a publication date or headline (searching arrays and @graph). */
function linkedData(document: DomDocument): LinkedData {
  const pending: unknown[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      pending.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages and only costs us optional metadata.
    }
  }
  for (let visited = 0; pending.length > 0 && visited < 200; visited++) {
    const node = pending.shift();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) pending.push(...record['@graph']);
    const headline = stringField(record.headline);
    const datePublished = stringField(record.datePublished);
    if (headline === undefined && datePublished === undefined) continue;
    const publisher = record.publisher as Record<string, unknown> | undefined;
    const found: LinkedData = {};
    if (headline !== undefined) found.headline = headline;
    if (datePublished !== undefined) found.datePublished = datePublished;
    const publisherName = stringField(publisher?.name);
    if (publisherName !== undefined) found.publisherName = publisherName;
    const url = stringField(record.url);
    if (url !== undefined) found.url = url;
    return found;
  }
  return {};
}

function firstDefined(...values: Array<string | undefined>): string | undefined {
  return values.find((value) => value !== undefined && value.trim() !== '')?.trim();
}

/** Title, date, outlet and canonical URL from a page's metadata; read before Readability alters the document. */
export function pageMetadata(document: DomDocument, fallbackUrl?: string): PageMetadata {
  const meta = metaTags(document);
  const ld = linkedData(document);
  const base = absoluteHttpUrl(fallbackUrl);
  const canonical = attribute(document.querySelector('link[rel~="canonical"]'), 'href');
  const url = firstDefined(
    absoluteHttpUrl(canonical, base),
    absoluteHttpUrl(meta.get('og:url'), base),
    absoluteHttpUrl(ld.url, base),
    fallbackUrl,
  );
  const time =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector('time[pubdate]') ??
    document.querySelector('time[datetime]');
  const published = [...PUBLISHED_META_KEYS.map((key) => meta.get(key)), ld.datePublished, attribute(time, 'datetime')]
    .map(normaliseLooseDate)
    .find((date) => date !== undefined);
  const title = firstDefined(
    ...TITLE_META_KEYS.map((key) => meta.get(key)),
    ld.headline,
    document.title,
    document.querySelector('h1')?.textContent ?? undefined,
  );
  const outlet = firstDefined(meta.get('og:site_name'), ld.publisherName, outletFromUrl(url));

  const metadata: PageMetadata = {};
  if (title !== undefined) metadata.title = title.replace(/\s+/g, ' ');
  if (published !== undefined) metadata.published = published;
  if (outlet !== undefined) metadata.outlet = outlet;
  if (url !== undefined) metadata.url = url;
  return metadata;
}
