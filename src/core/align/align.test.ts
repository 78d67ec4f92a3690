import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../text/index.js';
import { align } from './index.js';

const SOURCE =
  'The city council voted on Tuesday to close the Harbor Street bridge for eighteen months of repairs, ' +
  'after engineers found corroded steel in two of its supports. Mayor Lena Ortiz said the closure would ' +
  'cost the port about four million dollars in lost trade but that safety came first.';

test('an identical text aligns completely, with exact offsets both ways', () => {
  const a = tokenize(SOURCE);
  const result = align(a, a);
  assert.equal(result.coverageA, 1);
  assert.equal(result.exactB, 1);
  assert.deepEqual(result.substitutions, []);
  const [p] = result.passages;
  assert.equal(SOURCE.slice(p?.start, p?.end), SOURCE.slice(p?.sourceStart, p?.sourceEnd));
});

test('a copy in mangled case with boilerplate still aligns', () => {
  const copy = `Click here to get the app\n${SOURCE.toUpperCase()}\nSource link`;
  const result = align(tokenize(copy), tokenize(SOURCE));
  assert.equal(result.exactB, 1);
  assert.ok(result.exactA > 0.8 && result.exactA < 1);
});

test('synonym substitutions become substitution pairs inside one passage', () => {
  const spun = SOURCE.replace('voted', 'elected')
    .replace('repairs', 'maintenance')
    .replace('lost trade', 'misplaced commerce');
  const a = tokenize(spun);
  const b = tokenize(SOURCE);
  const result = align(a, b);
  assert.equal(result.passages.length, 1);
  const pairs = result.substitutions.map((s) => [
    SOURCE.slice(b.starts[s.bStart], b.ends[s.bEnd - 1]),
    spun.slice(a.starts[s.aStart], a.ends[s.aEnd - 1]),
  ]);
  assert.deepEqual(pairs, [
    ['voted', 'elected'],
    ['repairs', 'maintenance'],
    ['lost trade', 'misplaced commerce'],
  ]);
  assert.ok(result.coverageA > 0.95);
});

test('unrelated texts and empty texts align nowhere', () => {
  const other = tokenize(
    'Quarterly earnings rose sharply as demand for memory chips recovered across Asia and Europe.',
  );
  assert.deepEqual(align(other, tokenize(SOURCE)).passages, []);
  const empty = align(tokenize(''), tokenize(SOURCE));
  assert.equal(empty.coverageA, 0);
  assert.equal(empty.coverageB, 0);
});

test('moved paragraphs are still found (tiling is not one monotone chain)', () => {
  const [first, second] = SOURCE.split('. Mayor');
  const moved = `Mayor${second} ${first}.`;
  const result = align(tokenize(moved), tokenize(SOURCE));
  assert.ok(result.passages.length >= 2);
  assert.ok(result.exactA > 0.95, `exact ${result.exactA}`);
});
