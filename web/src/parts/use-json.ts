import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api.js';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** The JSON at `path`, loaded again whenever the path changes; a stale answer never lands. */
export function useJson<T>(path: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setLoaded({ state: 'loading' });
    getJson<T>(path, abort.signal).then(
      (data) => setLoaded({ state: 'ready', data }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ state: 'error', message: String((error as Error).message ?? error) });
      },
    );
    return () => abort.abort();
  }, [path]);
  return loaded;
}
