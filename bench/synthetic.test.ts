import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SyntheticArticle, syntheticFeed } from './synthetic.js';

function take(n: number, seed = 7): SyntheticArticle[] {
  const out: SyntheticArticle[] = [];
  for (const article of syntheticFeed({ seed, perDay: 2000, words: 250 })) {
    out.push(article);
    if (out.length === n) break;
  }
  return out;
}

test('the same seed gives the same feed; another seed another', () => {
  assert.deepEqual(take(300), take(300));
  assert.notDeepEqual(take(50, 8), take(50));
});

test('the feed mixes new stories, copies, spun copies and reports in about the intended shares', () => {
  const feed = take(5000);
  const share = (kind: string) => feed.filter((a) => a.kind === kind).length / feed.length;
  assert.ok(Math.abs(share('copy') - 0.15) < 0.02, `copies ${share('copy')}`);
  assert.ok(Math.abs(share('spun') - 0.1) < 0.02, `spun ${share('spun')}`);
  assert.ok(Math.abs(share('report') - 0.1) < 0.02, `reports ${share('report')}`);
  const words = feed.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0) / feed.length;
  assert.ok(words > 150 && words < 350, `mean words ${words}`);
  assert.equal(new Set(feed.map((a) => a.id)).size, feed.length);
});

test('publication times advance with the feed', () => {
  const feed = take(4001);
  assert.equal(Date.parse(feed[4000]?.published ?? '') - Date.parse(feed[0]?.published ?? ''), 2 * 86_400_000);
});
