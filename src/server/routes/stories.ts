import type { FastifyInstance } from 'fastify';
import { storyView } from '../../engine/index.js';
import type { ServerContext } from '../context.js';
import { provenanceGraph } from '../graph.js';
import { ID_PARAMS } from './schemas.js';

interface StoryListQuery {
  q?: string;
  offset: number;
  limit: number;
}

export function storyRoutes(app: FastifyInstance, context: ServerContext): void {
  const { engine, views } = context;
  const allStories = () =>
    views.get('stories', async () => {
      const { stories } = await engine.report();
      return stories.map((s) => ({ id: s.id, title: s.title, articles: s.articles.length, original: s.original }));
    });

  app.get(
    '/stories',
    {
      schema: {
        summary: 'Stories, newest id last; `q` keeps those whose title or id holds it (any case)',
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', maxLength: 200 },
            offset: { type: 'integer', minimum: 0, default: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { q, offset, limit } = request.query as StoryListQuery;
      const needle = q?.trim().toLowerCase() ?? '';
      const matching = (await allStories()).filter(
        (s) => needle === '' || s.title.toLowerCase().includes(needle) || s.id.toLowerCase() === needle,
      );
      return { total: matching.length, offset, limit, stories: matching.slice(offset, offset + limit) };
    },
  );

  app.get(
    '/stories/:id',
    {
      schema: {
        summary: 'One story: its articles and verdicts, provenance graph, brief and discrepancies',
        params: ID_PARAMS,
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return views.get(`story:${id}`, async () => {
        const { story, articles, texts } = await storyView(engine, id, false);
        return {
          story,
          articles,
          graph: provenanceGraph(articles, texts),
          texts: Object.fromEntries(
            [...texts].map(([member, a]) => [
              member,
              { title: a.title ?? null, outlet: a.outlet ?? null, url: a.url ?? null, published: a.published ?? null },
            ]),
          ),
        };
      });
    },
  );
}
