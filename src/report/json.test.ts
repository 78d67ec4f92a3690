import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../core/contract/index.js';
import { report } from './fixtures/small-report.js';
import { renderJson } from './json.js';

/** Every object's keys, in order, as path → keys, to compare layouts rather than values. */
function keyOrders(value: unknown, at = '$', out = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) keyOrders(item, `${at}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    out.set(at, Object.keys(value));
    for (const [key, field] of Object.entries(value)) keyOrders(field, `${at}.${key}`, out);
  }
  return out;
}

test('keys come in the contract order whatever order the report object was built in', () => {
  const shuffled = JSON.parse(JSON.stringify(report), (_key, value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse())
      : value,
  ) as Report;
  const orders = keyOrders(JSON.parse(renderJson(shuffled)));
  assert.deepEqual(orders.get('$'), ['version', 'articles', 'stories']);
  assert.deepEqual(orders.get('$.articles[1]'), [
    'id',
    'story',
    'relation',
    'source',
    'sources',
    'confidence',
    'signals',
    'evidence',
  ]);
  assert.deepEqual(orders.get('$.articles[1].evidence'), ['coverage', 'passages', 'substitutions', 'scores']);
  assert.deepEqual(orders.get('$.articles[1].evidence.passages[0]'), ['start', 'end', 'sourceStart', 'sourceEnd']);
  assert.deepEqual(orders.get('$.articles[1].evidence.scores'), ['jaccard', 'length_ratio']);
  assert.deepEqual(orders.get('$.stories[0]'), ['id', 'title', 'articles', 'original']);
  assert.equal(renderJson(shuffled), renderJson(report));
});

test('the output is the report itself, 2-space indented, with a trailing newline', () => {
  const json = renderJson(report);
  assert.deepEqual(JSON.parse(json), report);
  assert.ok(json.endsWith('}\n'));
  assert.ok(json.startsWith('{\n  "version": 1,\n  "articles": [\n    {\n      "id": "a1",'));
});

test('fields the engine adds are kept, after the contract fields; absent scores stay absent', () => {
  const base = report.articles[0];
  assert.ok(base !== undefined);
  const extended = { ...base, extra: { note: 'kept' } };
  const parsed = JSON.parse(renderJson({ ...report, articles: [extended], stories: [] }));
  assert.deepEqual(Object.keys(parsed.articles[0]).at(-1), 'extra');
  assert.deepEqual(parsed.articles[0].extra, { note: 'kept' });
  assert.equal('scores' in parsed.articles[0].evidence, false);
});

test('an empty report renders as empty lists', () => {
  assert.equal(
    renderJson({ version: 1, articles: [], stories: [] }),
    '{\n  "version": 1,\n  "articles": [],\n  "stories": []\n}\n',
  );
});
