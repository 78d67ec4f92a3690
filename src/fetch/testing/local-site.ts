import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalSite {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** Each request's path and headers, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A web server on loopback answering each path by its handler, and 404 elsewhere; for tests. */
export async function localSite(routes: Record<string, RequestListener>): Promise<LocalSite> {
  const requests: LocalSite['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes[path.split('?')[0] ?? path];
    if (route === undefined) response.writeHead(404).end('not found');
    else route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Handlers that never answer hold their connections open; end them so close settles.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
