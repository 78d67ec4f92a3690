import { useEffect, useState } from 'preact/hooks';
import { api, type StoryListing } from '../api.js';
import { ArticleLink } from '../parts/links.js';
import { Await } from '../parts/status.js';
import { useJson } from '../parts/use-json.js';
import { href } from '../route.js';

const PAGE = 25;

/** Every story, largest first as the API lists them, searched by title as one types. */
export function StoryList({ q, offset }: { q: string; offset: number }) {
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  useEffect(() => {
    if (typed === q) return;
    // As typed: trimming would eat the space just typed before the next word (the API trims `q`).
    const later = setTimeout(() => {
      window.location.hash = href.stories(typed);
    }, 250);
    return () => clearTimeout(later);
  }, [typed, q]);
  const loaded = useJson<StoryListing>(api.stories(q, offset, PAGE));
  return (
    <section>
      <h1>Stories</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          window.location.hash = href.stories(typed);
        }}
      >
        <input
          type="search"
          name="q"
          placeholder="Search titles"
          aria-label="Search stories by title"
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
      </form>
      <Await loaded={loaded}>
        {(listing) => (
          <>
            <p class="muted">
              {listing.total === 0
                ? 'No story matches.'
                : `${listing.offset + 1}–${listing.offset + listing.stories.length} of ${listing.total} stories`}
            </p>
            <table class="stories">
              <thead>
                <tr>
                  <th>Story</th>
                  <th>Title</th>
                  <th class="num">Articles</th>
                  <th>Original</th>
                </tr>
              </thead>
              <tbody>
                {listing.stories.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <a href={href.story(s.id)}>{s.id}</a>
                    </td>
                    <td>
                      <a href={href.story(s.id)}>{s.title}</a>
                    </td>
                    <td class="num">{s.articles}</td>
                    <td>{s.original === null ? '–' : <ArticleLink id={s.original} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav class="pages">
              {offset > 0 && <a href={href.stories(q, Math.max(0, offset - PAGE))}>← previous</a>}
              {offset + PAGE < listing.total && <a href={href.stories(q, offset + PAGE)}>next →</a>}
            </nav>
          </>
        )}
      </Await>
    </section>
  );
}
