import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/core/contract/index.js';
import { ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const demo = new Map(
  fs
    .readFileSync(path.join(ROOT, 'demo', 'corpus', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => [JSON.parse(line).id as string, line]),
);

/** A JSONL file of demo articles, each changed by `edit` where given. */
function jsonl(dir: string, name: string, ids: string[], edit: Record<string, unknown> = {}): string {
  const file = path.join(dir, name);
  const lines = ids.map((id) => JSON.stringify({ ...JSON.parse(demo.get(id) ?? '{}'), ...edit }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function verdicts(db: string): Map<string, Report['articles'][number]> {
  const run = storytrace(['report', '--db', db, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return new Map((JSON.parse(run.stdout) as Report).articles.map((a) => [a.id, a]));
}

test('add --window: a copy arriving after the window has passed its original is not compared with it', () => {
  const dir = temporaryDir();
  // a04 is a verbatim copy of a03, published 90 minutes later.
  const original = jsonl(dir, 'a03.jsonl', ['a03']);
  const copy = jsonl(dir, 'a04.jsonl', ['a04']);
  const outside = path.join(dir, 'outside.db');
  assert.equal(storytrace(['add', original, '--db', outside]).status, 0);

  const run = storytrace(['add', copy, '--db', outside, '--window', '1h']);

  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /added 1, .*; 0 comparisons; 2 stories in the store/);
  const kept = verdicts(outside);
  assert.deepEqual([kept.get('a04')?.relation, kept.get('a03')?.relation], ['independent', 'independent']);

  const inside = path.join(dir, 'inside.db');
  assert.equal(storytrace(['add', original, '--db', inside]).status, 0);
  assert.match(storytrace(['add', copy, '--db', inside, '--window', '2h']).stdout, /; 1 comparisons; 1 stories/);
  assert.equal(verdicts(inside).get('a04')?.source, 'a03');
});

test('add --window on a reopened store leaves older articles out of the index, not out of the store', () => {
  const dir = temporaryDir();
  const db = path.join(dir, 'store.db');
  // The flood original, then the chip recall two days later.
  assert.equal(storytrace(['add', jsonl(dir, 'first.jsonl', ['a03', 'a16']), '--db', db]).status, 0);
  const lateCopy = (id: string) => jsonl(dir, `${id}.jsonl`, ['a04'], { id, published: '2025-03-04T06:00:00Z' });

  const windowed = storytrace(['add', lateCopy('late-1'), '--db', db, '--window', '1d']);

  assert.equal(windowed.status, 0, windowed.stderr);
  assert.match(windowed.stdout, /; 0 comparisons;/);
  assert.equal(verdicts(db).get('late-1')?.relation, 'independent');
  assert.equal(verdicts(db).size, 3, 'the original is still in the store and the report');

  const unbounded = storytrace(['add', lateCopy('late-2'), '--db', db]);
  assert.equal(unbounded.status, 0, unbounded.stderr);
  assert.equal(verdicts(db).get('late-2')?.relation, 'verbatim');
});

test('add --window refuses a duration it cannot read, with a usage error', () => {
  for (const bad of ['30', '30x', '0d', '1.5d']) {
    const run = storytrace(['add', '-', '--db', ':memory:', '--window', bad]);
    assert.equal(run.status, 2, bad);
    assert.match(run.stderr, new RegExp(`USAGE: invalid duration "${bad.replace('.', '\\.')}"`));
  }
  assert.match(storytrace(['add', '--help']).stdout, /--window <duration>/);
});
