import type { FastifyInstance } from 'fastify';
import { withInsights } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { renderHtml, renderJson } from '../../report/index.js';
import type { ServerContext } from '../context.js';
import { NO_QUERY } from './schemas.js';

/** The report, pair explanations and the server's health. */
export function serviceRoutes(app: FastifyInstance, context: ServerContext): void {
  const { engine, views, writes } = context;

  app.get(
    '/report',
    {
      schema: {
        summary: 'The report of the whole store: the contract JSON (default) or the HTML report',
        querystring: {
          type: 'object',
          properties: { format: { type: 'string', enum: ['json', 'html'], default: 'json' } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query as { format: 'json' | 'html' };
      const body = await views.get(`report:${format}`, async () => {
        const report = await engine.report();
        if (format === 'json') return renderJson(await withInsights(report, (ids) => engine.articles(ids)));
        const articles = await engine.articles();
        return renderHtml(await withInsights(report, async () => articles), articles);
      });
      return reply.type(format === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8').send(body);
    },
  );

  app.get(
    '/compare',
    {
      schema: {
        summary: 'One pair explained: both readings, scores, aligned passages, substitutions, and both texts',
        querystring: {
          type: 'object',
          properties: { a: { type: 'string', minLength: 1 }, b: { type: 'string', minLength: 1 } },
          required: ['a', 'b'],
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { a, b } = request.query as { a: string; b: string };
      if (a === b) throw new StorytraceError('USAGE', 'compare two different articles');
      return views.get(`compare:${a}\u0000${b}`, () => engine.explain(a, b));
    },
  );

  app.get(
    '/health',
    { schema: { summary: 'Liveness, with the size of the store and the writes in flight', querystring: NO_QUERY } },
    async () => ({
      status: 'ok',
      articles: await engine.articleCount(),
      writesInFlight: writes.size,
    }),
  );
}
