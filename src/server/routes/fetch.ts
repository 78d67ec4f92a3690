import type { FastifyInstance } from 'fastify';
import {
  articlesFromDocument,
  type FetchOptions,
  fetchDocument,
  streamOf,
  ValidatorMemory,
} from '../../fetch/index.js';
import { addAsWrite, refusal, type ServerContext } from '../context.js';
import { ADD_SUMMARY, ERROR_SCHEMA } from './schemas.js';

const FETCH_SUMMARY = {
  ...ADD_SUMMARY,
  properties: {
    ...ADD_SUMMARY.properties,
    fetched: {
      type: 'object',
      properties: {
        url: { type: 'string' },
        finalUrl: { type: 'string', description: 'the URL answered, after redirects' },
        status: { type: 'integer' },
        notModified: { type: 'boolean', description: 'unchanged since the last fetch (304): nothing added' },
        kind: { type: 'string', enum: ['page', 'feed'] },
      },
    },
  },
} as const;

/**
 * POST /fetch: the server fetches a page (one article, its URL as id) or a feed (its items) and adds
 * it like POST /articles. Which addresses it may reach is the server's setting (`options`), never the
 * client's: the body takes a URL and nothing else.
 */
export function fetchRoutes(app: FastifyInstance, context: ServerContext, options: Partial<FetchOptions>): void {
  const validators = new ValidatorMemory();

  app.post(
    '/fetch',
    {
      schema: {
        summary:
          'Fetch a page or an RSS/Atom feed and add its article(s); a public address only, unless the server allows',
        body: {
          type: 'object',
          properties: { url: { type: 'string', minLength: 1, maxLength: 2048, description: 'http or https' } },
          required: ['url'],
          additionalProperties: false,
        },
        querystring: {
          type: 'object',
          properties: { replace: { type: 'boolean', description: 'replace a page fetched before whose text changed' } },
          additionalProperties: false,
        },
        response: { 200: FETCH_SUMMARY, '4xx': ERROR_SCHEMA, '5xx': ERROR_SCHEMA },
      },
    },
    async (request, reply) => {
      const { url } = request.body as { url: string };
      const { replace = false } = request.query as { replace?: boolean };
      // Fetched before the write is handed to the engine: the network never holds other clients' writes up.
      const fetched = await fetchDocument(url, options, validators.get(url));
      const about = { url, finalUrl: fetched.finalUrl, status: fetched.status, notModified: fetched.notModified };
      if (fetched.notModified) {
        return { added: 0, unchanged: 0, replaced: 0, rejected: 0, comparisons: 0, issues: [], fetched: about };
      }
      const { kind, items } = articlesFromDocument(fetched);
      const added = await addAsWrite(context, streamOf(items), replace);
      // Only a document something was taken from may be answered "not modified" next time.
      if (added.taken > 0) validators.remember(url, fetched.validators);
      const refused = refusal(added);
      if (refused !== undefined) return reply.status(refused.status).send(refused.body);
      return { ...added.summary, issues: added.issues, fetched: { ...about, kind } };
    },
  );
}
