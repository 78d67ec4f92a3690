import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { demoCorpusPath } from '../src/cli/commands/demo.js';
import { Engine, type EngineOptions } from '../src/engine/index.js';
import type { IngestItem } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { temporaryDir } from './cli-helpers.js';

const DEMO = fs
  .readFileSync(demoCorpusPath(), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string; title?: string });

async function* items(articles: readonly { id: string; text: string; title?: string }[]): AsyncIterable<IngestItem> {
  for (const [i, article] of articles.entries()) {
    yield { ok: true, value: { article, location: { file: 'demo', line: i + 1 } } };
  }
}

/** Adds the demo in small batches, then replaces two articles; returns the summaries and the report. */
async function run(options: Partial<EngineOptions>): Promise<string> {
  const dir = temporaryDir();
  const store = await openStore(path.join(dir, 'store.db'));
  try {
    const engine = await Engine.open(store, { batchSize: 7, ...options });
    const first = await engine.add(items(DEMO), { replace: false });
    const changed = DEMO.slice(0, 2).map((a) => ({ ...a, text: `${a.text}\n\nThis report was updated.` }));
    const second = await engine.add(items(changed), { replace: true });
    return JSON.stringify({ first, second, report: await engine.report() });
  } finally {
    await store.close();
  }
}

test('comparisons on worker threads give the same report, byte for byte, as on the calling thread', async () => {
  const inProcess = await run({ workers: 0 });
  const oneWorker = await run({ workers: 1, parallelFrom: 0 });
  const twoWorkers = await run({ workers: 2, parallelFrom: 0 });
  // This thread compares a share of each job while the workers compare the rest.
  const shared = await run({ workers: 1, parallelFrom: 0, threadShare: 0.5 });
  assert.ok(JSON.parse(inProcess).report.articles.length === DEMO.length);
  assert.equal(oneWorker, inProcess);
  assert.equal(twoWorkers, inProcess);
  assert.equal(shared, inProcess);
});

test('workers start only from a batch with enough pairs, and the report is the same either way', async () => {
  const late = await run({ workers: 1, parallelFrom: 20 });
  assert.equal(late, await run({ workers: 0 }));
});

/**
 * Adds half the demo, reopens the store, readies the workers before any add (as `serve` does: their
 * replicas start from the reloaded index) and adds the rest through them; returns the report.
 */
async function reopenedAndStarted(options: Partial<EngineOptions>, start: boolean): Promise<string> {
  const dir = temporaryDir();
  const location = path.join(dir, 'store.db');
  const half = Math.floor(DEMO.length / 2);
  const first = await openStore(location);
  try {
    await (await Engine.open(first, { batchSize: 7, ...options })).add(items(DEMO.slice(0, half)), { replace: false });
  } finally {
    await first.close();
  }
  const store = await openStore(location);
  const engine = await Engine.open(store, { batchSize: 7, keepWorkers: true, ...options });
  try {
    if (start) await engine.startWorkers();
    await engine.add(items(DEMO.slice(half)), { replace: false });
    await engine.add(items(DEMO.slice(half, half + 3)), { replace: false });
    return JSON.stringify(await engine.report());
  } finally {
    await engine.close();
    await store.close();
  }
}

test('workers readied before the first add, over a reopened store, give the same report', async () => {
  const inProcess = await reopenedAndStarted({ workers: 0 }, false);
  assert.equal(await reopenedAndStarted({ workers: 1, parallelFrom: 1000 }, true), inProcess);
  assert.equal(await reopenedAndStarted({ workers: 0 }, true), inProcess, 'without workers, nothing to start');
});
