import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StorytraceError } from '../../errors/index.js';
import type { Batch } from '../types.js';
import { article, batch, pair, seedBatch, snapshot, story, verdict } from './fixtures.js';
import type { ContractHarness } from './harness.js';

const META_KEYS = ['counter', 'late'];

/**
 * A batch that does real work everywhere before its last row fails: removals, new and replaced articles,
 * upserts of every kind. Whatever `failing` adds comes last in its list.
 */
function poisoned(failing: Partial<Batch>): Batch {
  return batch({
    removedArticles: ['d'],
    removedPairs: [{ a: 'a', b: 'b' }],
    removedStories: ['s2'],
    articles: [article('e', 5), article('b', 6, { text: 'b, replaced.' }), ...(failing.articles ?? [])],
    pairs: [pair('a', 'e'), pair('a', 'c', '{"v":2}'), ...(failing.pairs ?? [])],
    verdicts: [verdict('e', 's1'), verdict('a', 's3'), ...(failing.verdicts ?? [])],
    stories: [story('s3', ['a', 'e']), story('s1', ['b'])],
    meta: { counter: '99', late: 'yes' },
  });
}

const rejectsAsWriteFailure = (error: unknown): boolean => {
  assert.ok(error instanceof StorytraceError, `expected a StorytraceError, got ${String(error)}`);
  assert.equal(error.code, 'STORE_WRITE_FAILED');
  return true;
};

const FAILURES: [string, Partial<Batch>][] = [
  // JSON.stringify throws on a BigInt: the failure comes from serialising, not from the database.
  ['a verdict that cannot be serialised', { verdicts: [verdict('c', 's1', { confidence: 1n as unknown as number })] }],
  ['article meta that cannot be serialised', { articles: [article('f', 7, { meta: { big: 2n } })] }],
  ['a new article taking a seq another id holds', { articles: [article('f', 1)] }],
  ['a pair naming an article that is not stored', { pairs: [pair('a', 'ghost')] }],
  ['a verdict for an article that is not stored', { verdicts: [verdict('ghost', 's1')] }],
  ['a pair whose ids are out of order', { pairs: [{ a: 'c', b: 'a', payload: '{}' }] }],
  ['a pair of an article with itself', { pairs: [{ a: 'c', b: 'c', payload: '{}' }] }],
];

/** A batch that fails midway leaves the store exactly as it was, and the store goes on working. */
export function atomicityContract({ open }: ContractHarness): void {
  for (const [what, failing] of FAILURES) {
    it(`rejects a whole batch for ${what}, changing nothing`, async () => {
      const store = await open();
      await store.commit(seedBatch());
      const before = await snapshot(store, META_KEYS);
      await assert.rejects(store.commit(poisoned(failing)), rejectsAsWriteFailure);
      assert.deepEqual(await snapshot(store, META_KEYS), before);
      assert.equal(await store.getArticle('e'), undefined);
      assert.equal(await store.getMeta('late'), undefined);
    });
  }

  it('accepts the next good batch after a failed one', async () => {
    const store = await open();
    await store.commit(seedBatch());
    await assert.rejects(store.commit(poisoned({ pairs: [pair('a', 'ghost')] })), rejectsAsWriteFailure);
    await store.commit(poisoned({}));
    assert.equal(await store.articleCount(), 4);
    assert.equal((await store.getArticle('b'))?.text, 'b, replaced.');
    assert.equal(await store.getMeta('late'), 'yes');
    assert.deepEqual(
      (await store.listStories()).map((item) => item.id),
      ['s1', 's3'],
    );
  });
}
