import type { Engine } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { buildServer } from '../../server/app.js';
import { isLoopbackHost } from '../../server/auth.js';
import { type CliIo, write } from '../io.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** Largest request body, in MiB. */
  bodyLimit: number;
  /** Let POST /fetch reach loopback, private and link-local addresses. */
  allowPrivateFetch?: boolean;
}

/** The token writes need ($STORYTRACE_TOKEN); an address other machines reach is refused without one. */
export function serverToken(host: string, io: CliIo): string | undefined {
  const token = io.env.STORYTRACE_TOKEN?.trim() || undefined;
  if (token === undefined && !isLoopbackHost(host)) {
    throw new StorytraceError(
      'USAGE',
      `refusing to listen on ${host} without a token: set STORYTRACE_TOKEN, or listen on 127.0.0.1`,
    );
  }
  return token;
}

/** Serves the API until the process is told to stop, then finishes the requests and writes in flight. */
export async function serve(
  engine: Engine,
  options: ServeOptions,
  token: string | undefined,
  io: CliIo,
): Promise<void> {
  if (io.untilStopped === undefined) throw new StorytraceError('USAGE', 'serve runs only as a process');
  const app = await buildServer(engine, {
    bodyLimit: options.bodyLimit * 1024 * 1024,
    ...(token === undefined ? {} : { token }),
    fetch: { allowPrivate: options.allowPrivateFetch === true },
  });
  // Listening only once adds are as fast as they will be: the first batch waits for nothing to start.
  await engine.startWorkers();
  const address = await app.listen({ host: options.host, port: options.port });
  write(io.stderr, `storytrace serve: listening on ${address}${token === undefined ? '' : ' (writes need the token)'}`);
  if (options.allowPrivateFetch) write(io.stderr, 'storytrace serve: POST /fetch may reach private addresses');
  await io.untilStopped();
  write(io.stderr, 'storytrace serve: stopping; finishing the requests and writes in flight');
  await app.close();
}
