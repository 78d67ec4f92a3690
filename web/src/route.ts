import { useEffect, useState } from 'preact/hooks';

/** The page the address names. Routes live in the fragment, so no API path is ever shadowed. */
export type Route =
  | { page: 'stories'; q: string; offset: number }
  | { page: 'story'; id: string }
  | { page: 'article'; id: string }
  | { page: 'versus'; id: string; source: string };

const decode = (part: string | undefined) => {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return '';
  }
};

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter((p) => p !== '');
  if (parts[0] === 'stories' && parts.length === 2) return { page: 'story', id: decode(parts[1]) };
  if (parts[0] === 'articles' && parts.length === 2) return { page: 'article', id: decode(parts[1]) };
  if (parts[0] === 'articles' && parts[2] === 'versus' && parts.length === 4) {
    return { page: 'versus', id: decode(parts[1]), source: decode(parts[3]) };
  }
  const params = new URLSearchParams(query);
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return { page: 'stories', q: params.get('q') ?? '', offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

export const href = {
  stories: (q = '', offset = 0) => {
    const params = new URLSearchParams({
      ...(q === '' ? {} : { q }),
      ...(offset === 0 ? {} : { offset: String(offset) }),
    });
    const query = params.toString();
    return `#/${query === '' ? '' : `?${query}`}`;
  },
  story: (id: string) => `#/stories/${encodeURIComponent(id)}`,
  article: (id: string) => `#/articles/${encodeURIComponent(id)}`,
  versus: (id: string, source: string) => `#/articles/${encodeURIComponent(id)}/versus/${encodeURIComponent(source)}`,
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
