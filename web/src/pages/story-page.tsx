import { api, type StoryPageData } from '../api.js';
import { Brief } from '../parts/brief.js';
import { Discrepancies } from '../parts/discrepancies.js';
import { ProvenanceGraph } from '../parts/graph.js';
import { ArticleLink } from '../parts/links.js';
import { RelationBadge } from '../parts/relation.js';
import { Await } from '../parts/status.js';
import { useJson } from '../parts/use-json.js';
import { href } from '../route.js';

/** One story: its provenance graph, its articles and how each relates, its brief and what differs. */
export function StoryPage({ id }: { id: string }) {
  const loaded = useJson<StoryPageData>(api.story(id));
  return <Await loaded={loaded}>{(data) => <Story data={data} />}</Await>;
}

function Story({ data }: { data: StoryPageData }) {
  const { story, articles, graph, texts } = data;
  return (
    <article>
      <p class="crumbs">
        <a href={href.stories()}>Stories</a> › {story.id}
      </p>
      <h1>{story.title}</h1>
      <p class="muted">
        {story.articles.length} article{story.articles.length === 1 ? '' : 's'}
        {story.original !== null && (
          <>
            {' · original '}
            <ArticleLink
              id={story.original}
              label={`${story.original} (${texts[story.original]?.outlet ?? 'unknown outlet'})`}
            />
          </>
        )}
      </p>
      {story.originalAbsent && (
        <p class="note">
          Its original credits {story.originalAbsent.credits}: the first version is not in the store;{' '}
          <ArticleLink id={story.originalAbsent.closest} /> is the closest.
        </p>
      )}
      <h2>Provenance</h2>
      <ProvenanceGraph graph={graph} original={story.original} />
      <table class="articles">
        <thead>
          <tr>
            <th>Article</th>
            <th>Relation</th>
            <th>Outlet</th>
            <th>Title</th>
            <th>Derives from</th>
            <th class="num">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((v) => (
            <tr key={v.id} data-article={v.id}>
              <td>
                <ArticleLink id={v.id} />
              </td>
              <td>
                <RelationBadge relation={v.relation} />
              </td>
              <td>{texts[v.id]?.outlet ?? ''}</td>
              <td>{texts[v.id]?.title ?? ''}</td>
              <td>
                {v.sources.map((source, i) => (
                  <span key={source}>
                    {i > 0 && ', '}
                    <a href={href.versus(v.id, source)} title={`${v.id} beside ${source}`}>
                      {source}
                    </a>
                  </span>
                ))}
              </td>
              <td class="num">{v.confidence.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Brief</h2>
      <Brief sentences={story.brief ?? []} />
      <h2>What the versions say differently</h2>
      <Discrepancies items={story.discrepancies ?? []} />
      {(story.uniqueClaims ?? []).length > 0 && (
        <>
          <h2>Claims one version alone makes</h2>
          <ul class="claims">
            {(story.uniqueClaims ?? []).map((c, i) => (
              <li key={i}>
                <ArticleLink id={c.article} />: {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
