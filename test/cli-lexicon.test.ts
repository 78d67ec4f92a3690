import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const DEMO = path.join(ROOT, 'demo', 'corpus', 'articles.jsonl');

interface Verdict {
  id: string;
  relation: string;
  source: string | null;
  signals: string[];
  evidence: { spinPhrases?: { wording: string; usual: string; start: number; end: number }[] };
}

function verdictOf(reportJson: string, id: string): Verdict {
  const verdict = (JSON.parse(reportJson) as { articles: Verdict[] }).articles.find((a) => a.id === id);
  assert.ok(verdict, `no verdict for ${id}`);
  return verdict;
}

test('lexicon: the spinner phrases a store confirmed flag that spinner’s copy in a corpus without its source', () => {
  const dir = temporaryDir();
  const learnt = path.join(dir, 'learnt.db');
  assert.equal(storytrace(['add', DEMO, '--db', learnt]).status, 0);
  const lexicon = storytrace(['lexicon', '--db', learnt, '--out', 'spin.tsv'], { cwd: dir });
  assert.equal(lexicon.status, 0, lexicon.stderr);
  const entries = fs
    .readFileSync(path.join(dir, 'spin.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  // a08 is the demo's spun copy of a03: "chief executive" became "primary executive"
  assert.ok(
    entries.some(([spun, usual]) => spun === 'primary executive' && usual === 'chief executive'),
    JSON.stringify(entries),
  );

  // The spun copy, without its source, next to an unrelated report.
  const lines = fs.readFileSync(DEMO, 'utf8').split('\n').filter(Boolean);
  const pick = (id: string) => lines.find((line) => (JSON.parse(line) as { id: string }).id === id) ?? '';
  fs.writeFileSync(path.join(dir, 'other.jsonl'), `${pick('a08')}\n${pick('a01')}\n`);
  const without = storytrace(['analyze', 'other.jsonl', '--db', ':memory:', '--format', 'json'], { cwd: dir });
  assert.equal(verdictOf(without.stdout, 'a08').relation, 'independent');
  const flagged = storytrace(
    ['analyze', 'other.jsonl', '--db', ':memory:', '--format', 'json', '--spin-lexicon', 'spin.tsv'],
    { cwd: dir },
  );
  assert.equal(flagged.status, 0, flagged.stderr);
  const a08 = verdictOf(flagged.stdout, 'a08');
  assert.equal(a08.relation, 'spun');
  assert.equal(a08.source, null);
  assert.ok(a08.signals.includes('spin_phrases'));
  const text = (JSON.parse(pick('a08')) as { text: string }).text;
  for (const phrase of a08.evidence.spinPhrases ?? [])
    assert.equal(text.slice(phrase.start, phrase.end), phrase.wording);
  assert.ok((a08.evidence.spinPhrases ?? []).length >= 3);
  assert.equal(verdictOf(flagged.stdout, 'a01').relation, 'independent');
});

test('lexicon: a lexicon file that cannot be read, or a malformed line, is a usage error naming it', () => {
  const dir = temporaryDir();
  fs.writeFileSync(path.join(dir, 'bad.tsv'), '# comment\nsynthetic intelligence\n');
  const malformed = storytrace(['add', DEMO, '--db', ':memory:', '--spin-lexicon', 'bad.tsv'], { cwd: dir });
  assert.equal(malformed.status, 2);
  assert.match(malformed.stderr, /bad\.tsv: line 2/);
  const missing = storytrace(['add', DEMO, '--db', ':memory:', '--spin-lexicon', 'none.tsv'], { cwd: dir });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /none\.tsv/);
});
