import assert from 'node:assert/strict';
import { it } from 'node:test';
import { article, batch, collect, pair, seedBatch, snapshot, story, verdict } from './fixtures.js';
import type { ContractHarness } from './harness.js';

const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);

/** What a commit changes: upserts by key, removals with their cascades, and re-commits that change nothing. */
export function writeContract({ open }: ContractHarness): void {
  it('re-committing the same batch changes nothing', async () => {
    const store = await open();
    await store.commit(seedBatch());
    const before = await snapshot(store, ['counter']);
    await store.commit(seedBatch());
    await store.commit(seedBatch());
    assert.deepEqual(await snapshot(store, ['counter']), before);
  });

  it('skips an article whose id is stored with the same hash, even if other fields differ', async () => {
    const store = await open();
    const first = article('x', 1, { title: 'first' });
    await store.commit(batch({ articles: [first] }));
    await store.commit(batch({ articles: [{ ...first, seq: 7, title: 'second', url: 'https://x.test' }] }));
    assert.deepEqual(await store.getArticle('x'), first);
  });

  it('replaces an article whose hash differs, whole, keeping its pairs and verdict', async () => {
    const store = await open();
    await store.commit(seedBatch());
    // The replacement has no title: the old title must not survive. Its new seq moves it to the end.
    const replacement = article('a', 10, { text: 'A new text for a.', url: 'https://a.test/2' });
    await store.commit(batch({ articles: [replacement] }));
    assert.deepEqual(await store.getArticle('a'), replacement);
    assert.deepEqual(ids(await collect(store.listArticles())), ['b', 'c', 'd', 'a']);
    assert.equal(await store.articleCount(), 4);
    assert.equal((await store.pairsOf('a')).length, 2);
    assert.deepEqual(await store.getVerdict('a'), seedBatch().verdicts[0]);
  });

  it('upserts pairs, verdicts, stories and meta by key; pairs and stories keep their first place', async () => {
    const store = await open();
    await store.commit(seedBatch());
    await store.commit(
      batch({
        pairs: [pair('d', 'a', '{"v":2}'), pair('c', 'a', '{"v":2}')],
        verdicts: [verdict('a', 's2', { confidence: 0.5 })],
        stories: [story('s3', ['b']), story('s1', ['b'], 'b')],
        meta: { counter: '5', other: 'x' },
      }),
    );
    assert.deepEqual(await collect(store.listPairs()), [
      pair('a', 'b'),
      pair('a', 'c', '{"v":2}'),
      pair('b', 'c'),
      pair('c', 'd'),
      pair('a', 'd', '{"v":2}'),
    ]);
    assert.deepEqual(await store.getVerdict('a'), verdict('a', 's2', { confidence: 0.5 }));
    assert.deepEqual(await store.listStories(), [story('s1', ['b'], 'b'), story('s2', ['c', 'd']), story('s3', ['b'])]);
    assert.equal(await store.getMeta('counter'), '5');
    assert.equal(await store.getMeta('other'), 'x');
  });

  it('lists verdicts in the seq order of their articles, all or by story', async () => {
    const store = await open();
    await store.commit(
      batch({
        articles: [article('c', 1), article('a', 2), article('b', 3)],
        verdicts: [verdict('b', 's1'), verdict('a', 's2'), verdict('c', 's1')],
      }),
    );
    assert.deepEqual(ids(await store.listVerdicts()), ['c', 'a', 'b']);
    assert.deepEqual(ids(await store.listVerdicts('s1')), ['c', 'b']);
    assert.deepEqual(await store.listVerdicts('none'), []);
    // Moving a verdict to another story moves it between the story listings.
    await store.commit(batch({ verdicts: [verdict('a', 's1')] }));
    assert.deepEqual(ids(await store.listVerdicts('s1')), ['c', 'a', 'b']);
    assert.deepEqual(await store.listVerdicts('s2'), []);
  });

  it('removes an article with its pairs on both sides and its verdict, leaving stories to the engine', async () => {
    const store = await open();
    await store.commit(seedBatch());
    await store.commit(batch({ removedArticles: ['b'] }));
    assert.equal(await store.getArticle('b'), undefined);
    assert.equal(await store.getVerdict('b'), undefined);
    assert.deepEqual(await store.pairsOf('b'), []);
    // a~b and b~c went with b; a~c and c~d name only surviving articles.
    assert.deepEqual(await collect(store.listPairs()), [pair('a', 'c'), pair('c', 'd')]);
    assert.deepEqual(ids(await store.listVerdicts()), ['a', 'c', 'd']);
    assert.deepEqual(await store.getStory('s1'), story('s1', ['a', 'b']));
    assert.equal(await store.articleCount(), 3);
  });

  it('removes pairs named in either order, and stories', async () => {
    const store = await open();
    await store.commit(seedBatch());
    await store.commit(
      batch({
        removedPairs: [
          { a: 'd', b: 'c' },
          { a: 'a', b: 'b' },
        ],
        removedStories: ['s2'],
      }),
    );
    assert.deepEqual(await collect(store.listPairs()), [pair('a', 'c'), pair('b', 'c')]);
    assert.deepEqual(await store.listStories(), [story('s1', ['a', 'b'])]);
    assert.equal(await store.getStory('s2'), undefined);
    assert.equal(await store.articleCount(), 4);
  });

  it('treats removing what is not stored as a no-op', async () => {
    const store = await open();
    await store.commit(seedBatch());
    const before = await snapshot(store, ['counter']);
    await store.commit(
      batch({
        removedArticles: ['nope'],
        removedPairs: [
          { a: 'x', b: 'y' },
          { a: 'a', b: 'd' },
        ],
        removedStories: ['s9'],
      }),
    );
    assert.deepEqual(await snapshot(store, ['counter']), before);
  });

  it('applies removals before writes, so a batch can remove something and write it afresh', async () => {
    const store = await open();
    await store.commit(seedBatch());
    const fresh = article('a', 9, { text: 'Fresh a.' });
    await store.commit(
      batch({
        removedArticles: ['a'],
        removedPairs: [{ a: 'b', b: 'c' }],
        removedStories: ['s1'],
        articles: [fresh],
        pairs: [pair('a', 'd', '{"fresh":true}'), pair('b', 'c', '{"fresh":true}')],
        stories: [story('s1', ['a'])],
      }),
    );
    assert.deepEqual(await store.getArticle('a'), fresh);
    // a's old verdict and pairs went with it; only the pairs written in this batch name it now.
    assert.equal(await store.getVerdict('a'), undefined);
    assert.deepEqual(await store.pairsOf('a'), [pair('a', 'd', '{"fresh":true}')]);
    assert.deepEqual(await store.pairsOf('b'), [pair('b', 'c', '{"fresh":true}')]);
    assert.deepEqual(await store.getStory('s1'), story('s1', ['a']));
  });
}
