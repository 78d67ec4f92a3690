import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/core/contract/index.js';
import { ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const demo = path.join(ROOT, 'demo', 'corpus', 'articles.jsonl');

function report(db: string): Report {
  const run = storytrace(['report', '--db', db, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Report;
}

/** The contract: every article appears once, in exactly one story, and each story lists only stored articles. */
function assertWhole(r: Report): void {
  const ids = r.articles.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  const members = r.stories.flatMap((s) => s.articles);
  assert.deepEqual([...members].sort(), [...ids].sort());
  for (const a of r.articles) assert.ok(r.stories.find((s) => s.id === a.story)?.articles.includes(a.id), a.id);
}

test('rm removes articles, re-traces their stories, names unknown ids and exits 4 for them', () => {
  const db = path.join(temporaryDir(), 'store.db');
  assert.equal(storytrace(['add', demo, '--db', db]).status, 0);

  const run = storytrace(['rm', 'a03', 'zz', '--db', db]);

  assert.equal(run.status, 4, 'exit 4: an id was not found');
  assert.match(run.stderr, /record "zz": NOT_FOUND/);
  assert.equal(run.stdout, 'removed 1, not found 1; 6 stories in the store\n');
  const after = report(db);
  assertWhole(after);
  assert.equal(after.articles.length, 24);
  assert.ok(!JSON.stringify(after).includes('"a03"'), 'nothing names the removed original');
  // a04 is a03's verbatim copy: it becomes the original the other copies derive from.
  const a04 = after.articles.find((a) => a.id === 'a04');
  assert.equal(a04?.relation, 'original');
  assert.equal(after.articles.find((a) => a.id === 'a08')?.source, 'a04');
});

test("rm of a story's only article removes the story; --json prints the summary; no id is a usage error", () => {
  const db = path.join(temporaryDir(), 'store.db');
  assert.equal(storytrace(['add', demo, '--db', db]).status, 0);
  const storyOfA01 = report(db).articles.find((a) => a.id === 'a01')?.story;

  const run = storytrace(['rm', 'a01', '--db', db, '--json']);

  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { removed: 1, notFound: 0, stories: 5, issues: [] });
  const after = report(db);
  assertWhole(after);
  assert.equal(
    after.stories.find((s) => s.id === storyOfA01),
    undefined,
  );
  assert.equal(storytrace(['rm', '--db', db]).status, 2);
});
