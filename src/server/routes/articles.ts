import type { FastifyInstance } from 'fastify';
import { articleSays } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { sideBySide } from '../../report/index.js';
import { addAsWrite, refusal, type ServerContext, write } from '../context.js';
import { articlesFromBody } from '../request-articles.js';
import { ADD_SUMMARY, ERROR_SCHEMA, ID_PARAMS, PAIR_PARAMS } from './schemas.js';

export function articleRoutes(app: FastifyInstance, context: ServerContext): void {
  const { engine } = context;

  app.post(
    '/articles',
    {
      schema: {
        summary: 'Add one article, a JSON array of them, or JSON Lines (application/x-ndjson)',
        querystring: {
          type: 'object',
          properties: { replace: { type: 'boolean', description: 'replace an id re-added with another text' } },
          additionalProperties: false,
        },
        response: { 200: ADD_SUMMARY, '4xx': ERROR_SCHEMA },
      },
    },
    async (request, reply) => {
      const { replace = false } = request.query as { replace?: boolean };
      const added = await addAsWrite(context, articlesFromBody(request.body, context.maxRecordBytes), replace);
      const refused = refusal(added);
      if (refused !== undefined) return reply.status(refused.status).send(refused.body);
      return { ...added.summary, issues: added.issues };
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        summary: 'One article: its text and metadata, its verdict with evidence, and what it says',
        params: ID_PARAMS,
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const article = (await engine.articles([id])).get(id);
      if (article === undefined) throw new StorytraceError('NOT_FOUND', `no article ${JSON.stringify(id)}`);
      return { article, verdict: (await engine.verdict(id)) ?? null, says: articleSays(article.text) };
    },
  );

  app.get(
    '/articles/:id/versus/:source',
    {
      schema: {
        summary:
          'An article beside one of its sources, each text cut into segments: aligned passages, changed words, and quotations, figures and dates given differently',
        params: PAIR_PARAMS,
      },
    },
    async (request) => {
      const { id, source } = request.params as { id: string; source: string };
      return context.views.get(`versus:${id}\u0000${source}`, async () => {
        const verdict = await engine.verdict(id);
        if (verdict === undefined) throw new StorytraceError('NOT_FOUND', `no article ${JSON.stringify(id)}`);
        if (verdict.source !== source && !verdict.sources.includes(source)) {
          throw new StorytraceError(
            'NOT_FOUND',
            `${JSON.stringify(id)} does not derive from ${JSON.stringify(source)}; GET /compare reads any pair`,
          );
        }
        const texts = await engine.articles([id, source]);
        const article = texts.get(id);
        const original = texts.get(source);
        if (article === undefined || original === undefined) {
          throw new StorytraceError('NOT_FOUND', `the text of ${JSON.stringify(article ? source : id)} is gone`);
        }
        return sideBySide(verdict, article, original);
      });
    },
  );

  app.delete(
    '/articles/:id',
    { schema: { summary: 'Remove an article; its story is regrouped and traced again', params: ID_PARAMS } },
    async (request) => {
      const { id } = request.params as { id: string };
      const summary = await write(context, () => engine.remove([id]));
      if (summary.removed === 0) throw new StorytraceError('NOT_FOUND', `no article ${JSON.stringify(id)}`);
      return summary;
    },
  );
}
