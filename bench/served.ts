import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Served {
  base: string;
  /** The server's peak RSS so far, in MiB (Linux; NaN elsewhere). */
  peakMiB(): number;
  /** Stops it as Ctrl-C does, once it has finished what it was given. */
  stop(): Promise<void>;
}

/** `storytrace serve` over an in-memory store on a free loopback port, in a process of its own. */
export async function serveInMemory(): Promise<Served> {
  const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
  const child = spawn(process.execPath, [cli, 'serve', '--db', ':memory:', '--port', '0'], {
    env: { ...process.env, STORYTRACE_TOKEN: '' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const address = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (address !== undefined) resolve(address);
    });
    void exited.then((code) => reject(new Error(`storytrace serve exited ${code}: ${stderr}`)));
  });
  return {
    base,
    peakMiB: () => {
      const status = fs.existsSync(`/proc/${child.pid}/status`)
        ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
        : '';
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`storytrace serve exited ${code}: ${stderr}`);
    },
  };
}
