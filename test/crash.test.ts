import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { mulberry32 } from '../src/spin/prng.js';
import { CLI, storytrace, temporaryDir } from './cli-helpers.js';

const BATCH = 500; // the engine's default batch size: one transaction each
const REUTERS = path.resolve(
  path.dirname(CLI),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'data',
  'reuters21578',
  'reuters21578.jsonl',
);

/** Reuters-21578 in contract form when ../shared has it, else a synthetic corpus of the same shape. */
function corpus(dir: string): { file: string; count: number } {
  const file = path.join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  if (fs.existsSync(REUTERS)) {
    for (const line of fs.readFileSync(REUTERS, 'utf8').split('\n')) {
      if (!line) continue;
      const row = JSON.parse(line) as { newid: number; title?: string; text?: string };
      if (row.text?.trim())
        lines.push(JSON.stringify({ id: String(row.newid), title: row.title ?? '', text: row.text }));
    }
  } else {
    const random = mulberry32(9);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    for (let i = 0; i < 6000; i++) {
      const text = Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(' ');
      lines.push(JSON.stringify({ id: `doc-${i}`, text }));
    }
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, count: lines.length };
}

function storedCount(db: string): number {
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    // The file exists a moment before the schema does.
    const schema = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles'").get() as {
      n: number;
    };
    if (schema.n === 0) return 0;
    return (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

test('kill -9 in the middle of add: whole batches only, and re-running finishes with no duplicate', async () => {
  const dir = temporaryDir();
  const db = path.join(dir, 'store.db');
  const { file, count } = corpus(dir);
  const child = spawn(process.execPath, [CLI, 'add', file, '--db', db], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Wait until at least one batch is committed, then kill without warning.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (fs.existsSync(db) && storedCount(db) >= BATCH) break;
  }
  child.kill('SIGKILL');
  await exited;

  const survived = storedCount(db);
  assert.ok(survived >= BATCH, `at least one batch committed (${survived})`);
  assert.ok(survived < count, 'killed before the end');
  assert.equal(survived % BATCH, 0, `whole batches only: ${survived}`);

  const rerun = storytrace(['add', file, '--db', db, '--json']);
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.equal(summary.unchanged, survived);
  assert.equal(summary.added, count - survived);
  const report = JSON.parse(storytrace(['report', '--db', db, '--format', 'json']).stdout) as {
    articles: { id: string }[];
  };
  assert.equal(report.articles.length, count);
  assert.equal(new Set(report.articles.map((a) => a.id)).size, count, 'no duplicate');
});
