import assert from 'node:assert/strict';
import { it } from 'node:test';
import { article, batch, collect, pair, seedBatch, story, verdict } from './fixtures.js';
import type { ContractHarness } from './harness.js';

/** Every field written comes back equal, and nothing comes back that was not written. */
export function roundTripContract({ open }: ContractHarness): void {
  it('starts empty and declares its capabilities as flags', async () => {
    const store = await open();
    assert.equal(typeof store.capabilities.concurrentWriters, 'boolean');
    assert.equal(typeof store.capabilities.persistent, 'boolean');
    assert.equal(await store.articleCount(), 0);
    assert.deepEqual(await collect(store.listArticles()), []);
    assert.deepEqual(await collect(store.listPairs()), []);
    assert.deepEqual(await store.listVerdicts(), []);
    assert.deepEqual(await store.listStories(), []);
    assert.equal(await store.getArticle('a'), undefined);
    assert.equal(await store.getVerdict('a'), undefined);
    assert.equal(await store.getStory('s1'), undefined);
    assert.equal(await store.getMeta('counter'), undefined);
    assert.deepEqual(await store.pairsOf('a'), []);
    assert.deepEqual(await store.getPairs([{ a: 'a', b: 'b' }]), []);
  });

  it('round-trips every article field, unicode included', async () => {
    const store = await open();
    const full = article('ü-🙂-漢字 "quoted" \'); DROP TABLE articles; --', 1, {
      text: 'Emoji 🙂🇫🇷, CJK 漢字, RTL שלום, combining e\u0301, zero-width\u200bjoin, newline\nand tab\t. '.repeat(
        2000,
      ),
      title: 'Ünïcödé — 标题 🙂',
      url: 'https://example.com/a?b=c&d=%C3%A9#frag',
      outlet: 'Le Monde',
      published: '2024-03-01T12:00:00+01:00',
      meta: { nested: { list: [1, 'two', null, true, { deep: 'ß' }] }, emoji: '🦜', n: 1.5, empty: {} },
    });
    await store.commit(batch({ articles: [full] }));
    assert.deepEqual(await store.getArticle(full.id), full);
    assert.deepEqual(await collect(store.listArticles()), [full]);
  });

  it('leaves absent optional fields absent, and keeps empty values apart from absent ones', async () => {
    const store = await open();
    const bare = article('bare', 1);
    const empty = article('empty', 2, { title: '', url: '', outlet: '', published: '', meta: {} });
    await store.commit(batch({ articles: [bare, empty] }));
    const [gotBare, gotEmpty] = await store.getArticles(['bare', 'empty']);
    // exactOptionalPropertyTypes: an absent field must be missing, not present as undefined or null.
    assert.deepEqual(Object.keys(gotBare ?? {}).sort(), ['added', 'hash', 'id', 'seq', 'text']);
    assert.deepEqual(gotBare, bare);
    assert.deepEqual(gotEmpty, empty);
  });

  it('round-trips pairs, verdicts, stories and meta', async () => {
    const store = await open();
    const seed = seedBatch();
    const bare = verdict('a', 's1', { evidence: { coverage: 0, passages: [], substitutions: [] } });
    await store.commit({
      ...seed,
      pairs: [...seed.pairs.slice(1), pair('a', 'b', '{"text":"ünï 🙂","n":[1,2]}')],
      verdicts: [bare, ...seed.verdicts.slice(1)],
      stories: [story('s1', ['a', 'b'], null), story('s2 — «ü»', ['c', 'd'], 'c')],
      meta: { counter: '4', empty: '', 'ключ 🙂': 'значение' },
    });
    assert.deepEqual(await store.pairsOf('b'), [pair('b', 'c'), pair('a', 'b', '{"text":"ünï 🙂","n":[1,2]}')]);
    assert.deepEqual(await store.getVerdict('a'), bare);
    assert.equal('scores' in ((await store.getVerdict('a'))?.evidence ?? {}), false);
    assert.deepEqual(await store.getVerdict('b'), seed.verdicts[1]);
    assert.deepEqual(await store.getStory('s1'), story('s1', ['a', 'b'], null));
    assert.deepEqual(await store.getStory('s2 — «ü»'), story('s2 — «ü»', ['c', 'd'], 'c'));
    assert.equal(await store.getMeta('counter'), '4');
    assert.equal(await store.getMeta('empty'), '');
    assert.equal(await store.getMeta('ключ 🙂'), 'значение');
    assert.equal(await store.getMeta('missing'), undefined);
  });

  it('lists articles by seq, not by id or commit order, across many pages', async () => {
    const store = await open();
    // Ids run backwards against seq, and the batches arrive out of seq order, so only seq can explain the order.
    const all = Array.from({ length: 2500 }, (_, index) => article(`id-${String(9999 - index)}`, index + 1));
    await store.commit(batch({ articles: all.slice(1200) }));
    await store.commit(batch({ articles: all.slice(0, 1200) }));
    const listed = await collect(store.listArticles());
    assert.equal(listed.length, 2500);
    assert.deepEqual(
      listed.map((item) => item.seq),
      all.map((item) => item.seq),
    );
    assert.deepEqual(listed[1234], all[1234]);
    assert.equal(await store.articleCount(), 2500);
  });

  it('gets articles in the order asked, each once, leaving unknown ids out', async () => {
    const store = await open();
    await store.commit(seedBatch());
    const got = await store.getArticles(['c', 'missing', 'a', 'c']);
    assert.deepEqual(
      got.map((item) => item.id),
      ['c', 'a'],
    );
    assert.deepEqual(got[0], seedBatch().articles[2]);
    assert.deepEqual(await store.getArticles([]), []);
    assert.deepEqual(await store.getArticles(['nope']), []);
  });

  it('gets thousands of articles at once', async () => {
    const store = await open();
    const all = Array.from({ length: 3000 }, (_, index) => article(`n${index}`, index + 1));
    await store.commit(batch({ articles: all }));
    const ids = all.map((item) => item.id).reverse();
    const got = await store.getArticles(ids);
    assert.deepEqual(
      got.map((item) => item.id),
      ids,
    );
  });

  it('gets pairs in the order asked, ids in either order, each once, leaving pairs not stored out', async () => {
    const store = await open();
    await store.commit(seedBatch());
    const got = await store.getPairs([
      { a: 'c', b: 'b' },
      { a: 'a', b: 'd' },
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
      { a: 'missing', b: 'a' },
    ]);
    assert.deepEqual(got, [pair('b', 'c'), pair('a', 'b')]);
    assert.deepEqual(await store.getPairs([]), []);
  });

  it('gets thousands of pairs at once, with their payloads as written', async () => {
    const store = await open();
    const all = Array.from({ length: 3000 }, (_, index) => article(`n${index}`, index + 1));
    const pairs = all.slice(1).map((item, index) => pair(`n${index}`, item.id, `{"n":${index},"s":"ü 🙂"}`));
    await store.commit(batch({ articles: all, pairs }));
    const asked = [...pairs].reverse();
    assert.deepEqual(await store.getPairs(asked), asked);
  });
}
