import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RangePair, scoreAlignment } from './pan13.js';

const gold: RangePair = { start: 100, end: 200, sourceStart: 1000, sourceEnd: 1100 };

test("PAN's character measures on hand-worked cases", () => {
  const cases: [string, RangePair[], { precision: number; recall: number; granularity: number }][] = [
    ['exact detection', [gold], { precision: 1, recall: 1, granularity: 1 }],
    ['nothing found', [], { precision: 0, recall: 0, granularity: 1 }],
    // half of each side found, all of it right
    [
      'half found',
      [{ start: 100, end: 150, sourceStart: 1000, sourceEnd: 1050 }],
      { precision: 1, recall: 0.5, granularity: 1 },
    ],
    // twice as long as the case on both sides: half of it is wrong
    [
      'too long',
      [{ start: 50, end: 250, sourceStart: 950, sourceEnd: 1150 }],
      { precision: 0.5, recall: 1, granularity: 1 },
    ],
    // found in two pieces
    [
      'two pieces',
      [
        { start: 100, end: 150, sourceStart: 1000, sourceEnd: 1050 },
        { start: 150, end: 200, sourceStart: 1050, sourceEnd: 1100 },
      ],
      { precision: 1, recall: 1, granularity: 2 },
    ],
    // right place in the suspicious text, wrong place in the source: no detection of the case
    [
      'wrong source',
      [{ start: 100, end: 200, sourceStart: 5000, sourceEnd: 5100 }],
      { precision: 0, recall: 0, granularity: 1 },
    ],
  ];
  for (const [name, detections, want] of cases) {
    const got = scoreAlignment([{ cases: [gold], detections }]);
    assert.equal(got.precision, want.precision, `${name} precision`);
    assert.equal(got.recall, want.recall, `${name} recall`);
    assert.equal(got.granularity, want.granularity, `${name} granularity`);
  }
});
