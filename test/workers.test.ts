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
