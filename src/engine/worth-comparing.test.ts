import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Candidate } from '../core/candidates/index.js';
import { worthAligning, worthComparing } from './engine.js';

test('a candidate is aligned in full, only weighed for stories, or left alone, by what it shares', () => {
  const candidate = (shares: Partial<Candidate>): Candidate => ({
    doc: 1,
    jaccard: 0,
    containment: 0,
    termScore: 0,
    ...shares,
  });
  const cases: [Partial<Candidate>, 'aligned' | 'weighed' | 'left'][] = [
    [{ jaccard: 0.05 }, 'aligned'],
    [{ jaccard: 0.04 }, 'left'],
    [{ containment: 0.15 }, 'aligned'],
    [{ containment: 0.14 }, 'left'],
    // No shingles shared: aligned only from the rare-term score the rewrites in the labelled sets reach.
    [{ termScore: 0.25 }, 'aligned'],
    [{ termScore: 0.24 }, 'weighed'],
    [{ termScore: 0.12 }, 'weighed'],
    [{ termScore: 0.11 }, 'left'],
    [{ jaccard: 0.04, containment: 0.14, termScore: 0.2 }, 'weighed'],
  ];
  for (const [shares, expected] of cases) {
    const c = candidate(shares);
    const found = worthAligning(c) ? 'aligned' : worthComparing(c) ? 'weighed' : 'left';
    assert.equal(found, expected, JSON.stringify(shares));
  }
});
