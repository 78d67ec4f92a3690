import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { StorytraceError } from '../errors/index.js';

/** Where `npm run build` puts the web UI: dist/web, beside dist/src where this file is compiled to. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * The UI's own script and stylesheet may load, and it may call this API; nothing else: no inline
 * script, no other origin, no frames. Article text is only ever shown as text, and this is the net.
 */
export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The graph library sets its canvases' styles as it draws; styles cannot run code, scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the built web UI at `/` (its pages are routed in the fragment, so no API path is shadowed). */
export async function webRoutes(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) {
    // `hide` (the convention @fastify/static follows too) keeps the page out of the OpenAPI document.
    app.get('/', { schema: { hide: true } as FastifySchema }, async () => {
      throw new StorytraceError('NOT_FOUND', `the web UI is not built in ${root}: run npm run build`);
    });
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Set below, per file: the library's one rule for all would keep the page as long as its bundles.
    cacheControl: false,
    setHeaders: (response, file) => {
      response.setHeader('content-security-policy', PAGE_POLICY);
      // Bundles carry their content hash in their names; the page itself must be read anew.
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
