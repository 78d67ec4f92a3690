import { api, type SideBySide } from '../api.js';
import { Discrepancies } from '../parts/discrepancies.js';
import { ArticleLink } from '../parts/links.js';
import { SegmentedText } from '../parts/segments.js';
import { Await } from '../parts/status.js';
import { Swap } from '../parts/swap.js';
import { useJson } from '../parts/use-json.js';

/** An article beside its source: aligned passages, reworded words and disputed quotations marked. */
export function VersusPage({ id, source }: { id: string; source: string }) {
  const loaded = useJson<SideBySide>(api.versus(id, source));
  return (
    <article>
      <p class="crumbs">
        <ArticleLink id={id} /> beside its source <ArticleLink id={source} />
      </p>
      <Await loaded={loaded}>{(data) => <Sides data={data} />}</Await>
    </article>
  );
}

function Sides({ data }: { data: SideBySide }) {
  return (
    <>
      <h1>
        {data.article} beside {data.source}
      </h1>
      <p class="legend">
        <span class="aligned">aligned passage</span> · <del class="changed">wording in the source</del> ·{' '}
        <ins class="changed">changed wording in the article</ins> ·{' '}
        <span class="differs">quotation, figure or date given differently</span>
      </p>
      {data.substitutions.length > 0 && (
        <p class="subs-inline">
          {data.substitutions.length} substitutions:{' '}
          {data.substitutions.map(([from, to], i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <Swap from={from} to={to} />
            </span>
          ))}
        </p>
      )}
      <div class="sbs">
        <Side side="source" id={data.source} segments={data.sides.source} />
        <Side side="article" id={data.article} segments={data.sides.article} />
      </div>
      <h2>Given differently</h2>
      <Discrepancies items={data.discrepancies} />
    </>
  );
}

function Side({
  side,
  id,
  segments,
}: {
  side: 'source' | 'article';
  id: string;
  segments: SideBySide['sides'][typeof side];
}) {
  return (
    <section data-side={side}>
      <h2>
        {side === 'source' ? 'Source' : 'Article'} <ArticleLink id={id} />
      </h2>
      <SegmentedText segments={segments} side={side} />
    </section>
  );
}
