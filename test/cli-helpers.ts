import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from dist/test/ where the compiled tests run. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

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
