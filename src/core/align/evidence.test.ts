import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { tokenize } from '../text/index.js';
import { align, DEFAULT_ALIGN_OPTIONS, minEvidenceWords } from './index.js';

/** Invented filler: words no other filler shares by more than chance. */
function filler(seed: number, length: number): string {
  const random = mulberry32(seed);
  return Array.from({ length }, () => `${seed % 2 === 0 ? 'ka' : 'mo'}${Math.floor(random() * 5000)}`).join(' ');
}

const STOCK = 'according to the regional weather service on Monday morning';
const PARAGRAPH =
  'The council voted to close the Harbor Street bridge for eighteen months of repairs after engineers found ' +
  'corroded steel in two of its supports, and the mayor said the closure would cost the port about four ' +
  'million dollars in lost trade.';
const SHORT = 'ferry services will double on weekday evenings';

test('the evidence threshold grows with the texts: chance phrases have more room in longer ones', () => {
  const o = DEFAULT_ALIGN_OPTIONS;
  assert.equal(minEvidenceWords(300, 300, o), 11);
  assert.equal(minEvidenceWords(1000, 1000, o), 13);
  assert.equal(minEvidenceWords(5000, 1000, o), 15);
  assert.equal(minEvidenceWords(20, 30, o), o.minPassageWords);
});

test('a stock phrase two unrelated texts share is measured but is not evidence', () => {
  const a = tokenize(`${filler(2, 200)} ${STOCK} ${filler(4, 200)}`);
  const b = tokenize(`${filler(6, 150)} ${STOCK} ${filler(8, 250)}`);
  const result = align(a, b);
  assert.equal(result.passages.length, 1);
  assert.ok(result.coverageA > 0);
  assert.deepEqual(result.evidence, []);
});

test('a copied paragraph is evidence, with its substitutions', () => {
  const spun = PARAGRAPH.replace('repairs', 'maintenance');
  const a = tokenize(`${filler(2, 200)} ${spun} ${filler(4, 200)}`);
  const b = tokenize(`${filler(6, 150)} ${PARAGRAPH} ${filler(8, 250)}`);
  const [passage] = align(a, b).evidence;
  assert.ok(passage);
  assert.equal(passage.substitutions.length, 1);
  assert.equal(passage.matched, PARAGRAPH.split(' ').length - 1);
});

test('a short passage in order after a copied one is evidence; out of order it is not', () => {
  // Alone, the short passage would need 11 words; between the paragraph and the end of both texts
  // there are only about 20 words each side to match by chance.
  const source = tokenize(`${filler(6, 300)} ${PARAGRAPH} ${filler(8, 8)} ${SHORT} ${filler(10, 6)}`);
  const inOrder = tokenize(`${filler(2, 300)} ${PARAGRAPH} ${filler(4, 10)} ${SHORT} ${filler(12, 5)}`);
  const outOfOrder = tokenize(`${filler(2, 300)} ${SHORT} ${filler(4, 10)} ${PARAGRAPH} ${filler(12, 5)}`);
  const words = SHORT.split(' ').length;
  assert.ok(words < minEvidenceWords(inOrder.count, source.count, DEFAULT_ALIGN_OPTIONS));
  for (const [copy, evidence] of [
    [inOrder, 2],
    [outOfOrder, 1],
  ] as const) {
    const result = align(copy, source);
    assert.ok(result.passages.some((p) => p.matched === words));
    assert.equal(result.evidence.length, evidence);
  }
});
