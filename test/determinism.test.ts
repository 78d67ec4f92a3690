import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/core/contract/index.js';
import { mulberry32 } from '../src/spin/prng.js';
import { ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const SHARED = path.resolve(ROOT, '..', 'shared');
const PREPARE = path.join(SHARED, 'eval', 'prepare.mjs');
const hasSet = (dir: string) => fs.existsSync(PREPARE) && fs.existsSync(path.join(SHARED, 'data', dir));
const SHUFFLE_SEEDS = [1, 2, 3];

interface Corpus {
  name: string;
  /** Why the corpus cannot be tested here, or false. */
  skip: string | false;
  lines: () => string[];
  /** Why adding in halves may not match one analysis of the whole, or false. */
  halvesDiffer: string | false;
}

/** Why a corpus added in two batches may differ from one analysis of it. */
const STATISTICS_OF_THEIR_TIME =
  'a stored comparison keeps the corpus statistics (IDF, boilerplate, candidate ranking) of the batch that made it, ' +
  'so a link near a threshold can read differently than in one analysis of the whole';

const corpora: Corpus[] = [
  {
    name: 'demo',
    skip: false,
    lines: () => readLines(path.join(ROOT, 'demo', 'corpus', 'articles.jsonl')),
    halvesDiffer: false,
  },
  ...['wild-dev', 'giveme5w1h'].map((name) => ({
    name,
    skip: hasSet(name) ? (false as const) : `no ${name} data at ${SHARED}`,
    lines: () => prepared(name),
    halvesDiffer: STATISTICS_OF_THEIR_TIME,
  })),
];

/** A labelled set in the contract's input form, as the evaluation prepares it (no labels). */
function prepared(name: string): string[] {
  const out = temporaryDir();
  const run = spawnSync(process.execPath, [PREPARE, out, path.join(SHARED, 'data')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return readLines(path.join(out, name, 'docs.jsonl'));
}

function readLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

function writeLines(lines: readonly string[]): string {
  const file = path.join(temporaryDir(), 'articles.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The JSON report of one in-memory analysis, exactly as printed. */
function analyze(lines: readonly string[]): string {
  const run = storytrace(['analyze', writeLines(lines), '--db', ':memory:', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Fisher–Yates with a seeded generator: the same seed, the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * What must not depend on input order, one line per article: its relation, its source, and its story
 * named by its members (story ids are numbered in input order).
 */
function placements(report: Report): Map<string, string> {
  const members = new Map(report.stories.map((s) => [s.id, [...s.articles].sort().join(' ')]));
  return new Map(
    report.articles.map((a) => [a.id, `${a.relation} of ${a.source ?? '-'} in story [${members.get(a.story)}]`]),
  );
}

/** The articles placed differently, each with both placements. */
function differences(expected: Report, actual: Report): string[] {
  const want = placements(expected);
  const got = placements(actual);
  const ids = [...new Set([...want.keys(), ...got.keys()])].sort();
  return ids.flatMap((id) =>
    want.get(id) === got.get(id) ? [] : [`${id}: ${want.get(id) ?? 'absent'} → ${got.get(id) ?? 'absent'}`],
  );
}

for (const corpus of corpora) {
  test(`${corpus.name}: the same input in the same order gives a byte-identical JSON report`, {
    skip: corpus.skip,
  }, () => {
    const lines = corpus.lines();
    assert.equal(analyze(lines), analyze(lines));
  });

  test(`${corpus.name}: a shuffled input order gives the same stories, relations and sources`, {
    skip: corpus.skip,
  }, () => {
    const lines = corpus.lines();
    const inOrder = JSON.parse(analyze(lines)) as Report;
    for (const seed of SHUFFLE_SEEDS) {
      const reordered = JSON.parse(analyze(shuffled(lines, seed))) as Report;
      assert.deepEqual(differences(inOrder, reordered), [], `shuffle seed ${seed}`);
    }
  });

  test(`${corpus.name}: adding in two halves, then report, gives what one analysis of the whole gives`, {
    skip: corpus.skip,
    todo: corpus.halvesDiffer,
  }, () => {
    const lines = corpus.lines();
    const half = Math.ceil(lines.length / 2);
    const db = path.join(temporaryDir(), 'store.db');
    for (const part of [lines.slice(0, half), lines.slice(half)]) {
      const add = storytrace(['add', writeLines(part), '--db', db]);
      assert.equal(add.status, 0, add.stderr);
    }
    const report = storytrace(['report', '--db', db, '--format', 'json']);
    assert.equal(report.status, 0, report.stderr);
    const whole = JSON.parse(analyze(lines)) as Report;
    assert.deepEqual(differences(whole, JSON.parse(report.stdout) as Report), []);
  });
}
