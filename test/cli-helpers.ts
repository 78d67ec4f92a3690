import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the compiled tests run: dist/, or another build folder beside it. */
const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const ROOT = path.dirname(BUILD);
/** The binary built with these tests. */
export const CLI = path.join(BUILD, 'src', 'cli', 'main.js');

/** Runs the real binary, as a user would. */
export function storytrace(args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, STORYTRACE_DB: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function temporaryDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'storytrace-test-'));
}

/**
 * Starts `storytrace serve` on a free port, as the installed command runs (the script itself, with the
 * interpreter flags its first line names); resolves with its address once it listens.
 */
export function startServer(db: string, env: Record<string, string> = {}) {
  const child = spawn(CLI, ['serve', '--port', '0', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, STORYTRACE_DB: '', STORYTRACE_TOKEN: '', ...env },
  });
  let stderr = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const address = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (address !== undefined) resolve(address);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, listening, exited, stderr: () => stderr };
}

export type Served = ReturnType<typeof startServer>;
