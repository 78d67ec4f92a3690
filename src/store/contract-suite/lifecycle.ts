import assert from 'node:assert/strict';
import { it } from 'node:test';
import { article, batch, collect, pair, seedBatch, snapshot } from './fixtures.js';
import type { ContractHarness } from './harness.js';

/** Listing while committing, persistence across re-open, and closing. */
export function lifecycleContract({ open }: ContractHarness): void {
  it('lets a batch commit while articles and pairs are being listed', async () => {
    const store = await open();
    const all = Array.from({ length: 2100 }, (_, index) => article(`n${String(index).padStart(4, '0')}`, index + 1));
    const pairs = all.slice(1).map((item, index) => pair(all[index]?.id ?? '', item.id));
    await store.commit(batch({ articles: all, pairs }));

    const seenArticles = new Set<string>();
    for await (const item of store.listArticles()) {
      if (seenArticles.size === 10) await store.commit(batch({ articles: [article('late', 5000)] }));
      seenArticles.add(item.id);
    }
    for (const item of all) assert.ok(seenArticles.has(item.id), `listing lost ${item.id}`);

    let seenPairs = 0;
    for await (const _ of store.listPairs()) {
      if (seenPairs === 10) await store.commit(batch({ meta: { during: 'pairs' } }));
      seenPairs += 1;
    }
    assert.equal(seenPairs, pairs.length);
    assert.equal(await store.getMeta('during'), 'pairs');
  });

  it('keeps every committed batch across close and re-open', async (t) => {
    const first = await open();
    if (!first.capabilities.persistent) {
      t.skip('the store is not persistent');
      return;
    }
    await first.commit(seedBatch());
    await first.commit(batch({ articles: [article('e', 5)], pairs: [pair('e', 'a')], meta: { counter: '5' } }));
    const before = await snapshot(first, ['counter']);
    await first.close();

    const second = await open();
    assert.deepEqual(await snapshot(second, ['counter']), before);
    await second.commit(batch({ removedArticles: ['e'] }));
    assert.equal(await second.articleCount(), 4);
  });

  it('closes once; a second close is a no-op and other calls reject', async () => {
    const store = await open();
    await store.commit(seedBatch());
    await store.close();
    await store.close();
    await assert.rejects(store.getArticle('a'));
    await assert.rejects(store.commit(seedBatch()));
    await assert.rejects(collect(store.listArticles()));
  });
}
