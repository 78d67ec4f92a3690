import { type ArticlePageData, type ArticleVerdict, api } from '../api.js';
import { ArticleLink, ExternalUrl } from '../parts/links.js';
import { RelationBadge } from '../parts/relation.js';
import { Await } from '../parts/status.js';
import { Swap } from '../parts/swap.js';
import { useJson } from '../parts/use-json.js';
import { href } from '../route.js';

/** One article: where it comes from, the evidence for its verdict, what it says, and its text. */
export function ArticlePage({ id }: { id: string }) {
  const loaded = useJson<ArticlePageData>(api.article(id));
  return <Await loaded={loaded}>{(data) => <ArticleView data={data} />}</Await>;
}

function ArticleView({ data }: { data: ArticlePageData }) {
  const { article, verdict, says } = data;
  return (
    <article>
      <p class="crumbs">
        <a href={href.stories()}>Stories</a>
        {verdict && (
          <>
            {' › '}
            <a href={href.story(verdict.story)}>{verdict.story}</a>
          </>
        )}{' '}
        › {article.id}
      </p>
      <h1>{article.title ?? article.id}</h1>
      <p class="muted">
        {[article.outlet, article.published].filter(Boolean).join(' · ')} <ExternalUrl url={article.url} />
      </p>
      {verdict === null ? <p class="muted">Not traced yet.</p> : <Verdict verdict={verdict} />}
      <h2>What it says</h2>
      <dl class="facts">
        <Names label="People" names={says.people} />
        <Names label="Places" names={says.places} />
        <Names label="Organisations" names={says.organisations} />
      </dl>
      {says.quotes.length > 0 && (
        <ul class="quotes">
          {says.quotes.map((quote, i) => (
            <li key={i}>
              <q>{quote.text}</q>
              {quote.speaker && <> — {quote.speaker}</>}
            </li>
          ))}
        </ul>
      )}
      {says.figures.length > 0 && <p>Figures: {says.figures.map((f) => f.text).join(' · ')}</p>}
      <h2>Text</h2>
      <div class="text">{article.text}</div>
    </article>
  );
}

function Names({ label, names }: { label: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{names.join(', ')}</dd>
    </>
  );
}

function Verdict({ verdict }: { verdict: ArticleVerdict }) {
  const { evidence } = verdict;
  const scores = Object.entries(evidence.scores ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class="verdict">
      <p>
        <RelationBadge relation={verdict.relation} /> confidence {verdict.confidence.toFixed(3)}
        {verdict.sources.length > 0 && (
          <>
            {' · derives from '}
            {verdict.sources.map((source, i) => (
              <span key={source}>
                {i > 0 && ', '}
                <ArticleLink id={source} /> (<a href={href.versus(verdict.id, source)}>side by side</a>)
              </span>
            ))}
          </>
        )}
      </p>
      <dl class="facts">
        <dt>Signals</dt>
        <dd>{verdict.signals.join(', ') || '–'}</dd>
        {verdict.sources.length > 0 && (
          <>
            <dt>Coverage</dt>
            <dd>
              {Math.round(evidence.coverage * 100)}% of the text in {evidence.passages.length} aligned passage
              {evidence.passages.length === 1 ? '' : 's'}
            </dd>
          </>
        )}
        {scores.length > 0 && (
          <>
            <dt>Scores</dt>
            <dd>
              {scores
                .map(([name, value]) => `${name} ${typeof value === 'number' ? value.toFixed(3) : String(value)}`)
                .join(' · ')}
            </dd>
          </>
        )}
        {verdict.language && (
          <>
            <dt>Language</dt>
            <dd>{verdict.language}</dd>
          </>
        )}
      </dl>
      {evidence.substitutions.length > 0 && (
        <>
          <h3>{evidence.substitutions.length} substitutions</h3>
          <ul class="subs">
            {evidence.substitutions.map(([from, to], i) => (
              <li key={i}>
                <Swap from={from} to={to} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
