/**
 * Child process of the crash test: resumes after the batches already in the store and commits crash
 * batches until killed, printing `start k` as it begins committing batch k and `done k` once the commit returned.
 * Usage: node crash-writer.js <store path>
 */
import { openSqliteStore } from '../open-sqlite-store.js';
import { CRASH_BATCH_SIZE, crashBatch } from './crash-batches.js';

/** A bound so a writer the test fails to kill still ends. */
const MAX_BATCHES = 100;

const path = process.argv[2];
if (path === undefined) throw new Error('usage: crash-writer <store path>');
const store = await openSqliteStore(path);
for (let k = (await store.articleCount()) / CRASH_BATCH_SIZE; k < MAX_BATCHES; k += 1) {
  const next = crashBatch(k);
  process.stdout.write(`start ${k}\n`);
  await store.commit(next);
  process.stdout.write(`done ${k}\n`);
}
await store.close();
