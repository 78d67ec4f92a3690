import { href } from '../route.js';

export function ArticleLink({ id, label }: { id: string; label?: string }) {
  return <a href={href.article(id)}>{label ?? id}</a>;
}

/**
 * An article's own address, as a link only when it is http(s): a `javascript:` or `data:` address
 * from an untrusted page is shown as text and never followed.
 */
export function ExternalUrl({ url }: { url: string | null | undefined }) {
  if (url === null || url === undefined || url === '') return null;
  const safe = webAddress(url);
  if (safe === undefined) return <code class="url">{url}</code>;
  return (
    <a class="url" href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {url}
    </a>
  );
}

export function webAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
