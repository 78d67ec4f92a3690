import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Arguments for /usr/bin/time running the built CLI; GNU time prints the child's peak RSS (KB) last on stderr. */
export function timedCli(args: readonly string[]): string[] {
  return ['-f', '%M', process.execPath, path.join(root, 'dist', 'src', 'cli', 'main.js'), ...args];
}

/** The peak RSS in MiB from the stderr of a `timedCli` run. */
export function peakMiB(stderr: string): number {
  return Number(stderr.trim().split('\n').pop()) / 1024;
}
