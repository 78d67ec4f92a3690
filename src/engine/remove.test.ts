import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Report } from '../core/contract/index.js';
import type { Issue } from '../errors/index.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { Engine } from './engine.js';
import { demoArticles, derivations, groups, ingested, pick, verdictOf } from './testing/fixtures.js';

async function engineWith(articles: readonly Article[], store?: Store): Promise<{ engine: Engine; store: Store }> {
  const opened = store ?? (await openSqliteStore(':memory:'));
  const engine = await Engine.open(opened);
  await engine.add(ingested(articles), { replace: false });
  return { engine, store: opened };
}

/** What a fresh engine over the same store reads back: the committed state, not the one in memory. */
async function reopened(store: Store): Promise<Report> {
  return (await Engine.open(store)).report();
}

function mentions(report: Report, id: string): boolean {
  return (
    report.articles.some((a) => a.id === id || a.source === id || a.sources.includes(id)) ||
    report.stories.some((s) => s.original === id || s.articles.includes(id))
  );
}

/**
 * Two unrelated demo reports (flood defences, a cycle lane) and a page made of the first paragraphs of
 * each: the page links both to one story, and nothing else links them.
 */
function bridgedStories(): Article[] {
  const demo = demoArticles();
  const paragraphs = (id: string) => (demo.get(id)?.text ?? '').split('\n\n').slice(0, 3);
  return [
    { id: 'flood', text: demo.get('a01')?.text ?? '' },
    { id: 'bridge', text: [...paragraphs('a01'), ...paragraphs('a02')].join('\n\n') },
    { id: 'lane', text: demo.get('a02')?.text ?? '' },
  ];
}

describe('Engine.remove', () => {
  it('re-traces the copies of a removed original, as if it had never been added', async () => {
    const { engine, store } = await engineWith(pick(['a03', 'a04', 'a06', 'a08']));
    // The demo's intent: a03 is the original, a04 its verbatim copy, a06 near-verbatim, a08 spun.
    assert.deepEqual(derivations(await engine.report()), {
      a03: ['original', null],
      a04: ['verbatim', 'a03'],
      a06: ['near_verbatim', 'a03'],
      a08: ['spun', 'a03'],
    });

    const summary = await engine.remove(['a03']);

    assert.deepEqual(summary, { removed: 1, notFound: 0, stories: 1 });
    const after = await engine.report();
    // The verbatim copy carries the original's text, so it takes the original's place.
    assert.deepEqual(derivations(after), {
      a04: ['original', null],
      a06: ['near_verbatim', 'a04'],
      a08: ['spun', 'a04'],
    });
    assert.equal(mentions(after, 'a03'), false);
    const never = await (await engineWith(pick(['a04', 'a06', 'a08']))).engine.report();
    assert.deepEqual(derivations(after), derivations(never));
    assert.deepEqual(await reopened(store), after);
    assert.equal(await store.getArticle('a03'), undefined);
    assert.deepEqual(await store.pairsOf('a03'), []);
  });

  it('splits a story whose only link it was, and drops a story it was alone in', async () => {
    const { engine, store } = await engineWith(bridgedStories());
    assert.deepEqual(groups(await engine.report()), [['bridge', 'flood', 'lane']]);
    assert.equal(verdictOf(await engine.report(), 'flood').source, 'bridge');

    await engine.remove(['bridge']);

    const split = await engine.report();
    assert.deepEqual(groups(split), [['flood'], ['lane']]);
    assert.deepEqual(derivations(split), { flood: ['independent', null], lane: ['independent', null] });
    // The first part keeps the story's id, the other gets a new one.
    assert.deepEqual(
      split.stories.map((s) => s.id),
      ['s1', 's2'],
    );
    assert.deepEqual(await reopened(store), split);

    await engine.remove(['flood']);

    assert.deepEqual(groups(await engine.report()), [['lane']]);
    assert.deepEqual(
      (await store.listStories()).map((s) => s.articles),
      [['lane']],
    );
  });

  it('reports each unknown id once as NOT_FOUND, naming it, and removes the others', async () => {
    const { engine, store } = await engineWith(pick(['a03', 'a04', 'a10']));
    const issues: Issue[] = [];

    const summary = await engine.remove(['nope', 'a04', 'nope', 'a10'], { onIssue: (i) => issues.push(i) });

    assert.deepEqual(summary, { removed: 2, notFound: 1, stories: 1 });
    assert.deepEqual(
      issues.map((i) => [i.code, i.record]),
      [['NOT_FOUND', 'nope']],
    );
    assert.deepEqual(
      (await reopened(store)).articles.map((a) => [a.id, a.relation]),
      [['a03', 'independent']],
    );
  });

  it('writes a removal of several articles in one transaction, and nothing for unknown ids alone', async () => {
    const { engine, store } = await engineWith(pick(['a03', 'a04', 'a06', 'a10', 'a12']));
    let commits = 0;
    const commit = store.commit.bind(store);
    store.commit = async (batch) => {
      commits++;
      return commit(batch);
    };

    await engine.remove(['a04', 'a12', 'a06']);
    assert.equal(commits, 1);
    await engine.remove(['missing']);
    assert.equal(commits, 1);
    assert.deepEqual(groups(await reopened(store)), [['a03'], ['a10']]);
  });
});
