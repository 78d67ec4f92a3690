import type { StorySummary } from '../api.js';
import { ArticleLink } from './links.js';
import { Swap } from './swap.js';

type Discrepancy = NonNullable<StorySummary['discrepancies']>[number];

/** Quotations, figures and dates the versions give differently, each version with who says it. */
export function Discrepancies({ items }: { items: readonly Discrepancy[] }) {
  if (items.length === 0) return <p class="muted">The versions agree on every quotation, figure and date compared.</p>;
  return (
    <ul class="discrepancies">
      {items.map((d, i) => (
        <li key={i} data-kind={d.kind}>
          <span class="kind">{d.kind}</span>
          <ul>
            {d.versions.map((v, j) => (
              <li key={j}>
                <ArticleLink id={v.article} />: <q>{v.text}</q>
              </li>
            ))}
          </ul>
          {d.changes && d.changes.length > 0 && (
            <p class="changes">
              {d.changes.map((c, j) => (
                <span key={j}>
                  <Swap from={c.removed} to={c.added} />{' '}
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
