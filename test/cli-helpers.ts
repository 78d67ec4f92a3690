import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
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
