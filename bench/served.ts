import fs from 'node:fs';
import { startServer } from '../test/cli-helpers.js';

export interface Served {
  base: string;
  /** The server's peak RSS so far, in MiB (Linux; NaN elsewhere). */
  peakMiB(): number;
  /** Stops it as Ctrl-C does, once it has finished what it was given. */
  stop(): Promise<void>;
}

/** `storytrace serve` over an in-memory store on a free loopback port, in a process of its own. */
export async function serveInMemory(): Promise<Served> {
  const server = startServer(':memory:');
  const base = await server.listening;
  return {
    base,
    peakMiB: () => {
      const status = fs.existsSync(`/proc/${server.child.pid}/status`)
        ? fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
        : '';
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    stop: async () => {
      server.child.kill('SIGTERM');
      const code = await server.exited;
      if (code !== 0) throw new Error(`storytrace serve exited ${code}: ${server.stderr()}`);
    },
  };
}
