import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { article, batch } from '../store/contract-suite/fixtures.js';
import { openSqliteStore } from '../store/index.js';
import { ArticleRegistry } from './article-registry.js';

/** Headlines over snippets cut off with an ellipsis: the shape of an aggregator page. */
const SNIPPET_PAGE = Array.from(
  { length: 4 },
  (_, i) => `Headline number ${i} of the day\nThe first words of story ${i}…`,
).join('\n\n');

describe('ArticleRegistry', () => {
  it('holds a text until the window has left it and its batch is committed, then reads it from the store', async () => {
    const store = await openSqliteStore(':memory:');
    const registry = new ArticleRegistry(store);
    const old = article('old', 1, { title: 'Old news', published: '2025-01-01T00:00:00Z' });
    const late = article('late', 2);
    registry.add(old, false);
    registry.add(late, true);
    await store.commit(batch({ articles: [old] }));

    registry.leave('old');
    registry.leave('late');
    // `late` is in a batch not yet traced (nor committed): it stays.
    assert.deepEqual(registry.release(), ['old']);
    assert.equal(registry.whole('old'), undefined);
    assert.equal(registry.wholeBySeq(1), undefined);
    assert.equal(registry.whole('late'), late);
    assert.deepEqual(await registry.read('old'), old);

    registry.settle('late', { snippetPage: false });
    assert.deepEqual(registry.release(), ['late']);
    assert.equal(registry.has('late'), true, 'released, not forgotten');
  });

  it('traces a released article from its record, reading the signs of its text from the store once', async () => {
    const store = await openSqliteStore(':memory:');
    const registry = new ArticleRegistry(store);
    const page = article('page', 1, { text: SNIPPET_PAGE, published: '2025-01-01T06:00:00Z' });
    await store.commit(batch({ articles: [page] }));
    registry.add(page, false);
    registry.leave('page');
    registry.release();
    registry.joinStory('page', 's1');

    await registry.readSigns(['page']);

    assert.deepEqual(registry.member('page'), {
      id: 'page',
      seq: 1,
      headline: 'Headline number 0 of the day',
      snippetPage: true,
      language: 'eng',
      published: Date.parse('2025-01-01T06:00:00Z'),
    });
    assert.equal(registry.storyOf('page'), 's1');
    let reads = 0;
    store.getArticles = async () => {
      reads++;
      return [];
    };
    await registry.readSigns(['page']);
    assert.equal(reads, 0);
  });

  it('forgets an article altogether', () => {
    const registry = new ArticleRegistry({} as never);
    registry.add(article('x', 3), true);
    registry.forget('x');
    assert.equal(registry.has('x'), false);
    assert.equal(registry.wholeBySeq(3), undefined);
    assert.equal(registry.isSettled('x'), false);
  });
});
