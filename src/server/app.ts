import Fastify, { type FastifyInstance, type FastifyRequest, type RouteOptions } from 'fastify';
import type { Engine } from '../engine/index.js';
import { StorytraceError } from '../errors/index.js';
import type { FetchOptions } from '../fetch/index.js';
import { DEFAULT_INGEST_OPTIONS } from '../ingest/index.js';
import { requireToken } from './auth.js';
import type { ServerContext } from './context.js';
import { httpErrorOf } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { articleRoutes } from './routes/articles.js';
import { fetchRoutes } from './routes/fetch.js';
import { NO_QUERY } from './routes/schemas.js';
import { serviceRoutes } from './routes/service.js';
import { storyRoutes } from './routes/stories.js';
import { ViewCache } from './view-cache.js';
import { WEB_ROOT, webRoutes } from './web.js';
import { WritesInFlight } from './writes-in-flight.js';

export interface ServerOptions {
  /** Writes need `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Largest request body, in bytes; larger ones are refused with 413. */
  bodyLimit: number;
  /** Requests handled at once; more are refused with 503 (`BUSY`). */
  maxConcurrent: number;
  /** Writes waiting their turn; more are refused with 503 (`BUSY`). */
  maxWritesInFlight: number;
  /** Story views, reports and comparisons kept until the next write. */
  cachedViews: number;
  logger: boolean;
  /** The built web UI, served at `/`. */
  webRoot: string;
  /** How POST /fetch fetches; non-public addresses only with `allowPrivate` (`serve --allow-private-fetch`). */
  fetch: Partial<FetchOptions>;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  bodyLimit: 32 * 1024 * 1024,
  maxConcurrent: 256,
  maxWritesInFlight: 64,
  cachedViews: 512,
  logger: false,
  webRoot: WEB_ROOT,
  fetch: {},
};

/** Methods that change nothing: open to every client. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The JSON Lines content types POST /articles reads as lines (JSON itself is parsed by Fastify). */
const JSON_LINES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/plain'];

/**
 * The HTTP API over an engine. Writes are handed to the engine, which takes them in the order called,
 * so concurrent clients never interleave batches; closing the server waits for the requests in flight
 * and then for the writes.
 */
export async function buildServer(engine: Engine, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const settings = { ...DEFAULT_SERVER_OPTIONS, ...options };
  const app = Fastify({ logger: settings.logger, bodyLimit: settings.bodyLimit });
  const context: ServerContext = {
    engine,
    writes: new WritesInFlight(settings.maxWritesInFlight),
    views: new ViewCache(settings.cachedViews),
    maxRecordBytes: DEFAULT_INGEST_OPTIONS.maxRecordBytes,
  };
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addContentTypeParser(JSON_LINES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  // Requests let in: one turned away (BUSY) still gets its response, but never counted.
  const admitted = new WeakSet<FastifyRequest>();
  let inFlight = 0;
  app.addHook('onRequest', async (request) => {
    if (inFlight >= settings.maxConcurrent) {
      throw new StorytraceError('BUSY', `${inFlight} requests are in flight`);
    }
    inFlight++;
    admitted.add(request);
    // Before the body is read: an unauthenticated client never gets a large body parsed.
    if (!READS.has(request.method)) requireToken(request.headers.authorization, settings.token);
  });
  app.addHook('onResponse', async (request) => {
    if (admitted.delete(request)) inFlight--;
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  app.addHook('onClose', async () => {
    await context.writes.drained();
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, code, message } = httpErrorOf(error);
    if (status >= 500 && code === 'INTERNAL') request.log.error(error);
    return reply.status(status).send({ error: { code, message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } }),
  );

  articleRoutes(app, context);
  storyRoutes(app, context);
  serviceRoutes(app, context);
  fetchRoutes(app, context, settings.fetch);
  await webRoutes(app, settings.webRoot);
  app.get('/openapi.json', { schema: { summary: 'This document', querystring: NO_QUERY } }, async () =>
    openApiDocument(routes, '0.1.0'),
  );
  await app.ready();
  return app;
}
