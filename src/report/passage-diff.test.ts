import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedSpans, markPassages, type Span } from './passage-diff.js';

const whole = (text: string): Span => ({ start: 0, end: text.length });
const cut = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

test('changed words are found on both sides; case and whitespace do not count', () => {
  const source = 'The President spoke in the Oval Office under maximum pressure.';
  const article = 'the president  spoke in the Oval Workplace under most strain.';
  const { source: removed, article: added } = changedSpans(source, whole(source), article, whole(article));
  assert.deepEqual(cut(source, removed), ['Office', 'maximum pressure']);
  assert.deepEqual(cut(article, added), ['Workplace', 'most strain']);
});

test('table: identical, disjoint and empty ranges', () => {
  const text = 'Council votes to close the bridge.';
  assert.deepEqual(changedSpans(text, whole(text), text, whole(text)), { source: [], article: [] });
  const other = 'Flood waters rise overnight!';
  const disjoint = changedSpans(text, whole(text), other, whole(other));
  assert.deepEqual(cut(text, disjoint.source), [text]);
  assert.deepEqual(cut(other, disjoint.article), [other]);
  assert.deepEqual(changedSpans(text, { start: 3, end: 3 }, text, { start: 3, end: 3 }), { source: [], article: [] });
});

test('passages are clamped, laid out in reading order, and overlaps dropped per side', () => {
  const source = 'aaa bbb ccc ddd';
  const article = 'ccc ddd aaa bbb';
  const marks = markPassages(
    [
      { passage: { start: 8, end: 15, sourceStart: 0, sourceEnd: 7 }, label: 1 },
      { passage: { start: 0, end: 7, sourceStart: 8, sourceEnd: 999 }, label: 2 },
      { passage: { start: 2, end: 5, sourceStart: 9, sourceEnd: 11 }, label: 3 },
    ],
    source,
    article,
  );
  // Reordered passages: the source reads 1 then 2, the article 2 then 1; passage 3 overlaps 2 on both.
  assert.deepEqual(
    marks.source.map((m) => [m.label, m.start, m.end]),
    [
      [1, 0, 7],
      [2, 8, 15],
    ],
  );
  assert.deepEqual(
    marks.article.map((m) => [m.label, m.start, m.end]),
    [
      [2, 0, 7],
      [1, 8, 15],
    ],
  );
  assert.ok([...marks.source, ...marks.article].every((m) => m.changed.length === 0));
});
