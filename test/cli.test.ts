import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/core/contract/index.js';
import { CLI, ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const demo = path.join(ROOT, 'demo', 'corpus', 'articles.jsonl');
const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'demo', 'corpus', 'expected.json'), 'utf8')) as Record<
  string,
  { relation: string; source: string | null; story: string }
>;

test('demo: every demo article gets its intended relation, source and story', () => {
  const run = storytrace(['demo', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.version, 1);
  assert.equal(report.articles.length, Object.keys(expected).length);
  const storyOf = new Map<string, string>();
  for (const verdict of report.articles) {
    const want = expected[verdict.id];
    assert.ok(want, `unexpected article ${verdict.id}`);
    assert.equal(verdict.relation, want.relation, `${verdict.id} relation`);
    assert.equal(verdict.source, want.source, `${verdict.id} source`);
    // one predicted story per intended story, and the other way round
    const known = storyOf.get(want.story);
    if (known === undefined) storyOf.set(want.story, verdict.story);
    else assert.equal(verdict.story, known, `${verdict.id} story`);
  }
  assert.equal(new Set(storyOf.values()).size, storyOf.size);
  for (const story of report.stories) {
    assert.ok(story.articles.length > 0);
    for (const id of story.articles) assert.equal(report.articles.find((a) => a.id === id)?.story, story.id);
  }
});

test('add, add again, report: incremental and idempotent, with every output format', () => {
  const dir = temporaryDir();
  const db = path.join(dir, 'store.db');
  const lines = fs.readFileSync(demo, 'utf8').trim().split('\n');
  fs.writeFileSync(path.join(dir, 'first.jsonl'), `${lines.slice(0, 12).join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'second.jsonl'), `${lines.slice(12).join('\n')}\n`);

  const first = storytrace(['add', path.join(dir, 'first.jsonl'), '--db', db, '--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).added, 12);
  const second = storytrace([
    'add',
    path.join(dir, 'second.jsonl'),
    path.join(dir, 'first.jsonl'),
    '--db',
    db,
    '--json',
  ]);
  assert.equal(second.status, 0, second.stderr);
  const summary = JSON.parse(second.stdout);
  assert.equal(summary.added, lines.length - 12);
  assert.equal(summary.unchanged, 12);

  const incremental = JSON.parse(storytrace(['report', '--db', db, '--format', 'json']).stdout) as Report;
  const whole = JSON.parse(storytrace(['demo', '--format', 'json']).stdout) as Report;
  const relations = (r: Report) => r.articles.map((a) => [a.id, a.relation, a.source]);
  assert.deepEqual(relations(incremental), relations(whole), 'adding in two batches gives what one batch gives');

  const html = storytrace(['report', '--db', db, '--format', 'html', '--out', path.join(dir, 'report.html')]);
  assert.equal(html.status, 0, html.stderr);
  assert.match(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!doctype html>/i);
  const text = storytrace(['report', '--db', db]);
  assert.match(text.stdout, /original/);

  const stories = storytrace(['stories', '--db', db, '--json']);
  const storyId = JSON.parse(stories.stdout)[0].id as string;
  const story = storytrace(['story', storyId, '--db', db]);
  assert.equal(story.status, 0, story.stderr);
  assert.equal(storytrace(['story', 's999', '--db', db]).status, 4);

  const compare = storytrace(['compare', 'a08', 'a03', '--db', db]);
  assert.equal(compare.status, 0, compare.stderr);
  assert.match(compare.stdout, /Substitutions \(\d+/);
  assert.equal(storytrace(['compare', 'a08', 'nope', '--db', db]).status, 4);
});

test('bad records are reported by file, line and id; the rest is added; the store stays whole', () => {
  const dir = temporaryDir();
  const db = path.join(dir, 'store.db');
  const good = (id: string, text: string) => JSON.stringify({ id, text });
  fs.writeFileSync(path.join(dir, 'empty.jsonl'), '');
  fs.writeFileSync(
    path.join(dir, 'mixed.jsonl'),
    [
      good('ok-1', 'The harbour board approved the new ferry timetable on Monday.'),
      '{not json',
      JSON.stringify({ text: 'a record without an id' }),
      good('ok-2', 'Rain is expected across the valley through the weekend, forecasters said.'),
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'dup.jsonl'), `${good('ok-1', 'A different text under a used id.')}\n`);
  const run = storytrace(['add', path.join(dir, 'empty.jsonl'), path.join(dir, 'mixed.jsonl'), '--db', db]);
  assert.equal(run.status, 3, 'exit 3: some records rejected');
  assert.match(run.stderr, /mixed\.jsonl:2.*INPUT_INVALID_JSON/);
  assert.match(run.stderr, /mixed\.jsonl:3.*INPUT_MISSING_ID/);
  assert.match(run.stderr, /empty\.jsonl.*INPUT_EMPTY/);
  const dup = storytrace(['add', path.join(dir, 'dup.jsonl'), '--db', db]);
  assert.equal(dup.status, 3);
  assert.match(dup.stderr, /dup\.jsonl:1 record "ok-1": INPUT_DUPLICATE_ID/);
  const report = JSON.parse(storytrace(['report', '--db', db, '--format', 'json']).stdout) as Report;
  assert.deepEqual(
    report.articles.map((a) => a.id),
    ['ok-1', 'ok-2'],
  );
  const replaced = storytrace(['add', path.join(dir, 'dup.jsonl'), '--db', db, '--replace', '--json']);
  assert.equal(replaced.status, 0, replaced.stderr);
  assert.equal(JSON.parse(replaced.stdout).replaced, 1);
});

test('usage errors exit 2 and --help shows examples', () => {
  assert.equal(storytrace(['analyze']).status, 2);
  assert.equal(storytrace(['report', '--format', 'pdf', '--db', ':memory:']).status, 2);
  const help = storytrace(['add', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:/);
});

test('the built command is executable, so npx storytrace runs it', () => {
  assert.ok((fs.statSync(CLI).mode & 0o111) !== 0, `${CLI} has no execute permission`);
});

test('demo: each story says what its versions agree on and where they differ, in JSON, text and HTML', () => {
  const json = JSON.parse(storytrace(['demo', '--format', 'json']).stdout) as Report;
  const flood = json.stories.find((s) => s.original === 'a03');
  assert.ok(flood?.brief && flood.discrepancies, 'the flood story has a brief and discrepancies');
  assert.ok(flood.brief.every((b) => b.supportedBy.length >= 2 && b.supportedBy.includes(b.from)));
  // The spun copy a08 altered a quotation of the original: "rise" became "arise".
  const altered = flood.discrepancies.find(
    (d) => d.kind === 'quote' && d.versions.map((v) => v.article).join() === 'a03,a08',
  );
  assert.deepEqual(altered?.changes?.[0], { removed: 'rise', added: 'arise' });
  // The independent report a07 has the claims no other version makes; a story of one article has none.
  assert.ok(flood.uniqueClaims?.some((c) => c.article === 'a07'));
  assert.equal(json.stories.find((s) => s.articles.length === 1)?.brief, undefined);

  const text = storytrace(['demo']).stdout;
  assert.match(text, /Discrepancies:\n {4}· quote a03 → a08: rise → arise/);
  assert.match(text, /Brief \(sentences most versions support\):/);
  const html = storytrace(['demo', '--format', 'html']).stdout;
  assert.match(html, /<h3>Discrepancies<\/h3>/);
  assert.match(html, /<h3>Brief<\/h3>/);
});

test('story: lists what each article says (names, quotations with speakers, figures, dates) beside its tree', () => {
  const db = path.join(temporaryDir(), 'demo.db');
  assert.equal(storytrace(['add', demo, '--db', db]).status, 0);
  const stories = JSON.parse(storytrace(['stories', '--db', db, '--json']).stdout) as {
    id: string;
    original: string;
  }[];
  const flood = stories.find((s) => s.original === 'a03');
  assert.ok(flood);
  const shown = JSON.parse(storytrace(['story', flood.id, '--db', db, '--json']).stdout) as {
    story: { discrepancies?: unknown[] };
    facts: Record<
      string,
      { people: string[]; quotes: { text: string; speaker?: string }[]; figures: { text: string }[] }
    >;
  };
  const a03 = shown.facts.a03;
  assert.ok(a03?.people.includes('Gareth Holm'), JSON.stringify(a03?.people));
  assert.ok(a03?.quotes.some((q) => q.speaker === 'Priya Sandhu'));
  assert.ok(a03?.figures.some((f) => f.text === '1,200 people'));
  assert.ok((shown.story.discrepancies ?? []).length > 0);
  const text = storytrace(['story', flood.id, '--db', db]).stdout;
  assert.match(text, /What each article says:\n {2}a03\n {4}people: Gareth Holm/);
});
