import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collect } from '../contract-suite/fixtures.js';
import type { Store } from '../types.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { CRASH_BATCH_SIZE, crashBatch } from './testing/crash-batches.js';

const WRITER = fileURLToPath(new URL('./testing/crash-writer.js', import.meta.url));
const ROUNDS = 6;

const dir = await mkdtemp(join(tmpdir(), 'storytrace-crash-'));
after(() => rm(dir, { recursive: true, force: true }));

/**
 * Runs the writer until it has committed `commits` batches, then SIGKILLs it a few milliseconds after it
 * starts the next commit, which takes about as long, so the kill often lands inside a transaction.
 * Resolves with the number of commits the writer reported done.
 */
function runAndKill(path: string, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let done = 0;
    let output = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      done = output.split('\n').filter((line) => line.startsWith('done ')).length;
      if (done >= commits && /start \d+\n$/.test(output) && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 8);
      }
    });
    child.on('error', reject);
    // 'close' waits for stdout to drain, so every line the writer got out before dying is counted.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(done);
      else reject(new Error(`the writer exited by itself (code ${code}): ${stderr}`));
    });
  });
}

/** The store holds batches 0..n-1 exactly, whole, and nothing else. */
async function assertWholeBatches(store: Store): Promise<number> {
  const count = await store.articleCount();
  assert.equal(count % CRASH_BATCH_SIZE, 0, `${count} articles is not a whole number of batches`);
  const n = count / CRASH_BATCH_SIZE;
  const expected = Array.from({ length: n }, (_, k) => crashBatch(k));
  assert.deepEqual(
    await collect(store.listArticles()),
    expected.flatMap((item) => item.articles),
  );
  const sortedPairs = (pairs: { a: string; b: string; payload: string }[]) =>
    pairs.map((item) => `${item.a}|${item.b}|${item.payload}`).sort();
  assert.deepEqual(sortedPairs(await collect(store.listPairs())), sortedPairs(expected.flatMap((item) => item.pairs)));
  assert.deepEqual(
    await store.listVerdicts(),
    expected.flatMap((item) => item.verdicts),
  );
  assert.deepEqual(
    await store.listStories(),
    expected.flatMap((item) => item.stories),
  );
  assert.equal(await store.getMeta('batches'), n === 0 ? undefined : String(n));
  return n;
}

it('keeps whole batches only when the writer is killed mid-way, and takes them again without duplicates', async (t) => {
  const path = join(dir, 'crash.db');
  let batches = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const reported = await runAndKill(path, 3);
    const store = await openSqliteStore(path);
    const found = await assertWholeBatches(store);
    // Every batch the writer reported is there; at most the one it was writing when killed is extra.
    assert.ok(found >= batches + reported && found <= batches + reported + 1, `round ${round}: ${found} batches`);
    t.diagnostic(`round ${round}: ${reported} reported, ${found} in the store`);
    batches = found;
    await store.close();
  }

  const store = await openSqliteStore(path);
  for (let k = 0; k <= batches; k += 1) await store.commit(crashBatch(k));
  assert.equal(await assertWholeBatches(store), batches + 1);
  const ids = (await collect(store.listArticles())).map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length);
  await store.close();
});
