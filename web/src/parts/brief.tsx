import type { StorySummary } from '../api.js';
import { ArticleLink } from './links.js';

type BriefSentence = NonNullable<StorySummary['brief']>[number];

/** The story told once: the sentences most versions support, each with the versions that do. */
export function Brief({ sentences }: { sentences: readonly BriefSentence[] }) {
  if (sentences.length === 0) return <p class="muted">One version only: nothing to consolidate.</p>;
  return (
    <ol class="brief">
      {sentences.map((s, i) => (
        <li key={i}>
          {s.text}{' '}
          <span class="sources">
            (from <ArticleLink id={s.from} />
            {s.supportedBy.length > 1 && <>; {s.supportedBy.length} versions say it</>})
          </span>
        </li>
      ))}
    </ol>
  );
}
