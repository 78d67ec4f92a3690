import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/contract/index.js';
import { article } from '../store/contract-suite/fixtures.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { Engine } from './engine.js';
import { derivations, groups, ingested, pick, verdictOf } from './testing/fixtures.js';
import type { EngineOptions } from './types.js';
import { ArticleWindow, articleTime } from './window.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

describe('articleTime', () => {
  const added = '2025-03-10T00:00:00.000Z';
  const cases: [string, string | undefined, string][] = [
    ['its publication date', '2025-03-02T18:00:00Z', '2025-03-02T18:00:00Z'],
    ['the time added when it has no publication date', undefined, added],
    ['the time added when its date cannot be read', 'last Tuesday', added],
    ['the time added when it claims to be published later (a date in the future cannot be right)', '2099-01-01', added],
  ];
  for (const [what, published, expected] of cases) {
    it(`is ${what}`, () => {
      const stored = article('x', 1, published === undefined ? { added } : { added, published });
      assert.equal(articleTime(stored), at(expected));
    });
  }
});

describe('ArticleWindow', () => {
  const dated = (id: string, day: number) =>
    article(id, day + 1, { added: new Date(at('2025-01-01') + day * DAY).toISOString() });
  const ids = (articles: { id: string }[]) => articles.map((a) => a.id);

  it('admits everything and expires nothing without a span', () => {
    const window = new ArticleWindow(undefined);
    const { admitted, expired } = window.admit([dated('old', 0), dated('new', 400)]);
    assert.deepEqual(ids(admitted), ['old', 'new']);
    assert.deepEqual(expired, []);
  });

  it('expires what the newest time leaves behind, and never admits an article already too old', () => {
    const window = new ArticleWindow(30 * DAY);
    assert.deepEqual(ids(window.admit([dated('d0', 0), dated('d10', 10)]).admitted), ['d0', 'd10']);
    // Day 30 is exactly 30 days after day 0: still inside.
    assert.deepEqual(window.admit([dated('d30', 30)]), { admitted: [dated('d30', 30)], expired: [] });
    // Day 35 moves the horizon to day 5: day 0 goes; day 2, late, arrives already outside.
    const { admitted, expired } = window.admit([dated('d2', 2), dated('d35', 35)]);
    assert.deepEqual(ids(admitted), ['d35']);
    assert.deepEqual(expired, ['d0']);
    // An older article in a later batch does not move the horizon back.
    assert.deepEqual(window.admit([dated('d20', 20)]), { admitted: [dated('d20', 20)], expired: [] });
  });

  it('forgets the earlier time of an article added again under the same id', () => {
    const window = new ArticleWindow(10 * DAY);
    window.admit([dated('x', 0)]);
    window.admit([dated('x', 20)]);
    assert.deepEqual(window.admit([dated('y', 25)]).expired, []);
    assert.deepEqual(window.admit([dated('z', 31)]).expired, ['x']);
  });
});

async function open(store: Store, options: Partial<EngineOptions> = {}): Promise<Engine> {
  return Engine.open(store, { thesaurus: false, ...options });
}

async function add(engine: Engine, articles: readonly Article[]): Promise<number> {
  return (await engine.add(ingested(articles), { replace: false })).comparisons;
}

/** a04 is a verbatim copy of a03, published 90 minutes later. */
const [original, copy] = pick(['a03', 'a04']) as [Article, Article];

describe('Engine with a time window', () => {
  it('does not compare a new article with one the window has left, which stays in its story and the report', async () => {
    const store = await openSqliteStore(':memory:');
    const engine = await open(store, { window: HOUR });
    await add(engine, [original]);

    assert.equal(await add(engine, [copy]), 0);

    const report = await engine.report();
    assert.deepEqual(groups(report), [['a03'], ['a04']]);
    assert.equal(verdictOf(report, 'a04').relation, 'independent');
    assert.equal(verdictOf(report, 'a03').relation, 'independent');
    assert.ok(await store.getArticle('a03'), 'eviction is not deletion');
  });

  it('compares it as before while the window still holds it', async () => {
    const engine = await open(await openSqliteStore(':memory:'), { window: 2 * HOUR });
    await add(engine, [original]);
    assert.equal(await add(engine, [copy]), 1);
    assert.deepEqual(
      [verdictOf(await engine.report(), 'a04').relation, verdictOf(await engine.report(), 'a04').source],
      ['verbatim', 'a03'],
    );
  });

  it('indexes at load only the stored articles inside the window', async () => {
    const store = await openSqliteStore(':memory:');
    // The original, and two days later an unrelated story: the newest time the store has seen.
    await add(await open(store), [original, ...pick(['a16'])]);
    const lateCopy = (id: string) => ({ ...copy, id, published: '2025-03-04T06:00:00Z' });

    assert.equal(await add(await open(store, { window: DAY }), [lateCopy('late-1')]), 0);
    assert.equal(verdictOf(await (await open(store)).report(), 'late-1').relation, 'independent');

    // Opened without a window, the same store compares with everything again.
    const unbounded = await open(store);
    await add(unbounded, [lateCopy('late-2')]);
    assert.equal(verdictOf(await unbounded.report(), 'late-2').relation, 'verbatim');
    assert.deepEqual(groups(await unbounded.report()), [['a03', 'late-1', 'late-2'], ['a16']]);
  });

  it('goes by the time an article was added when it has no publication date', async () => {
    let now = at('2025-06-01T00:00:00Z');
    const undated = (a: Article, id = a.id): Article => ({ id, text: a.text });
    const engine = await open(await openSqliteStore(':memory:'), { window: DAY, now: () => now });
    await add(engine, [undated(original)]);
    now += 12 * HOUR;
    assert.equal(await add(engine, [undated(copy, 'half-a-day-later')]), 1);
    now += 2 * DAY;
    assert.equal(await add(engine, [undated(copy, 'days-later')]), 0);
    assert.deepEqual(groups(await engine.report()), [['a03', 'half-a-day-later'], ['days-later']]);
  });

  it('compares an article already outside the window on arrival with the articles inside it', async () => {
    // The copy comes in the batch of a later text of its original, which leaves it behind at once.
    const engine = await open(await openSqliteStore(':memory:'), { window: DAY, workers: 0 });
    assert.equal(await add(engine, [copy, { ...original, published: '2025-03-05T00:00:00Z' }]), 1);
    assert.deepEqual(groups(await engine.report()), [['a03', 'a04']]);
  });

  it('traces a story again from the store once its articles have left memory', async () => {
    const windowed = await open(await openSqliteStore(':memory:'), { window: DAY });
    const unbounded = await open(await openSqliteStore(':memory:'));
    for (const engine of [windowed, unbounded]) {
      await add(engine, pick(['a03', 'a04', 'a06', 'a08']));
      // Published in May: the March articles leave the window, their texts and comparisons leave memory.
      await add(engine, pick(['a25']));
      // Their story is traced again: its comparisons are read back from the store.
      await engine.remove(['a03']);
    }
    const report = await windowed.report();
    assert.deepEqual(derivations(report).a06, ['near_verbatim', 'a04']);
    assert.deepEqual(report, await unbounded.report());
    assert.equal((await windowed.explain('a04', 'a06')).textA, copy.text);
    assert.equal((await windowed.articles(['a08'])).get('a08')?.text, pick(['a08'])[0]?.text);
  });

  it('loads the texts and comparisons the window holds, and reads back the others when their story is traced', async () => {
    const store = await openSqliteStore(':memory:');
    const unbounded = await open(await openSqliteStore(':memory:'));
    for (const engine of [await open(store), unbounded]) {
      await add(engine, pick(['a03', 'a04', 'a06', 'a08']));
      await add(engine, pick(['a25']));
    }
    await (await open(store, { window: DAY })).remove(['a03']);
    await unbounded.remove(['a03']);
    assert.deepEqual(await (await open(store)).report(), await unbounded.report());
  });

  it('knows an article whose text has left memory when it comes again, unchanged or replaced', async () => {
    const engine = await open(await openSqliteStore(':memory:'), { window: DAY });
    await add(engine, [original]);
    await add(engine, pick(['a25']));
    const again = (replace: boolean, text: string) => engine.add(ingested([{ ...original, text }]), { replace });

    assert.equal((await again(false, original.text)).unchanged, 1);
    assert.equal((await again(true, `${original.text}\n\nUpdated.`)).replaced, 1);
    assert.deepEqual(groups(await engine.report()), [['a03'], ['a25']]);
  });
});
