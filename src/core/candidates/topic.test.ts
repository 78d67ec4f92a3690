import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { inverseDocumentFrequency, type TermStatistics, TopicMemo } from './topic.js';
import { DEFAULT_CANDIDATE_OPTIONS } from './types.js';

/** A corpus of 2,000 documents where term t is held by (t · 7) mod 120 of them: common terms count for nothing. */
const STATISTICS: TermStatistics = { size: 2000, frequency: (term) => (term * 7) % 120 };
const MAX_RARE = 100; // max(50, 5% of 2,000)

/** The definition: IDF of the rare terms both hold over the geometric mean of each one's rare-term weight. */
function plain(a: Uint32Array, b: Uint32Array): number {
  const rare = (term: number) => {
    const df = STATISTICS.frequency(term);
    return df <= MAX_RARE ? inverseDocumentFrequency(df, STATISTICS.size) : 0;
  };
  const sum = (terms: Iterable<number>) => [...terms].reduce((total, term) => total + rare(term), 0);
  const inB = new Set(b);
  return sum([...a].filter((term) => inB.has(term))) / Math.sqrt(Math.max(1e-9, sum(a) * sum(b)));
}

test('one memo weighing many pairs agrees with the definition and with a fresh reading of each pair', () => {
  const next = mulberry32(5);
  const texts = Array.from({ length: 30 }, () => {
    const terms = new Set(Array.from({ length: Math.floor(next() * 40) }, () => 1 + Math.floor(next() * 200)));
    return Uint32Array.from(terms).sort();
  });
  const memo = new TopicMemo(STATISTICS, DEFAULT_CANDIDATE_OPTIONS);
  for (const a of texts) {
    for (const b of texts) {
      const remembered = memo.similarity(a, b);
      assert.equal(remembered, new TopicMemo(STATISTICS, DEFAULT_CANDIDATE_OPTIONS).similarity(a, b));
      assert.ok(Math.abs(remembered - plain(a, b)) < 1e-12);
    }
  }
});
