import type { ComponentChildren } from 'preact';
import type { Loaded } from './use-json.js';

/** The page while its data loads, or why it did not; `children` once it is there. */
export function Await<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="muted">Loading…</p>;
  if (loaded.state === 'error') {
    return (
      <p class="error" role="alert">
        {loaded.message}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
