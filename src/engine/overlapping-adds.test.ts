import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Article, Report } from '../core/contract/index.js';
import type { Issue } from '../errors/index.js';
import { openSqliteStore } from '../store/index.js';
import { Engine } from './engine.js';
import { demoArticles, ingested } from './testing/fixtures.js';
import type { AddSummary } from './types.js';

const DEMO = [...demoArticles().values()];

/** Four calls: a re-sent article, an id taken with another text, a replacement, several batches each. */
const CALLS: { articles: Article[]; replace: boolean }[] = [
  { articles: DEMO.slice(0, 9), replace: false },
  {
    articles: [DEMO[3] as Article, ...DEMO.slice(9, 16), { id: 'a01', text: 'Another text under a taken id.' }],
    replace: false,
  },
  { articles: [...DEMO.slice(16, 20), { id: DEMO[10]?.id ?? '', text: 'The text that replaces it.' }], replace: true },
  { articles: DEMO.slice(20), replace: false },
];

type Outcome = { summaries: AddSummary[]; issues: Issue[][]; report: Report };

/** The calls through one engine whose batches hold 4 articles, `together` (not awaited one by one) or not. */
async function addAll(together: boolean): Promise<Outcome> {
  const store = await openSqliteStore(':memory:');
  const engine = await Engine.open(store, { workers: 0, batchSize: 4, now: () => 0 });
  const issues: Issue[][] = CALLS.map(() => []);
  const call = (i: number) => {
    const { articles, replace } = CALLS[i] as (typeof CALLS)[number];
    return engine.add(ingested(articles), { replace, onIssue: (problem) => issues[i]?.push(problem) });
  };
  const summaries: AddSummary[] = [];
  if (together) summaries.push(...(await Promise.all(CALLS.map((_, i) => call(i)))));
  else for (const [i] of CALLS.entries()) summaries.push(await call(i));
  return { summaries, issues, report: await engine.report() };
}

it('adds called together are taken in the order called, each as if it ran alone', async () => {
  const alone = await addAll(false);
  const together = await addAll(true);
  assert.deepEqual(together, alone);
  // What each call saw of the ones before it: its own counts and issues, and the stories after it.
  assert.deepEqual(
    alone.summaries.map((s) => [s.added, s.unchanged, s.replaced, s.rejected]),
    [
      [9, 0, 0, 0],
      [7, 1, 0, 1],
      // The replacement is added as well as counted replaced.
      [5, 0, 1, 0],
      [5, 0, 0, 0],
    ],
  );
  assert.deepEqual(
    alone.issues.map((list) => list.map((problem) => problem.code)),
    [[], ['INPUT_DUPLICATE_ID'], [], []],
  );
});
