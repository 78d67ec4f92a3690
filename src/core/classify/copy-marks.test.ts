import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences, stemHashes, tokenize } from '../text/index.js';
import { comparePair, type DocumentView } from './compare.js';

function view(text: string): DocumentView {
  const tokens = tokenize(text, []);
  return { text, tokens, stems: stemHashes(text, tokens), sentences: splitSentences(text) };
}

const SOURCE =
  'The Harbour Board of Eastholm voted on Tuesday to close the old ferry pier after engineers found cracks ' +
  'in two of its supports. Repairs would cost more than a new pier, the harbour master, Ann Kell, told ' +
  'members, and the work could not start before the spring. Ferry services will move to the North Quay ' +
  'from the first of March, the board said in a statement.';
const flat = { weight: () => 1 };

test('a copy in another case is still verbatim, marked mangled_case', () => {
  const lower = comparePair(view(SOURCE.toLowerCase()), view(SOURCE), flat, 1);
  assert.equal(lower.ab.verdict.relation, 'verbatim');
  assert.ok(lower.ab.verdict.signals.includes('mangled_case'), JSON.stringify(lower.ab.verdict));
  assert.ok((lower.ab.features.caseChanged ?? 0) > 0.1);
  const same = comparePair(view(SOURCE), view(SOURCE), flat, 1);
  assert.equal(same.ab.features.caseChanged, 0);
  assert.ok(!same.ab.verdict.signals.includes('mangled_case'));
});

test('misspelt words in a copy are marked typos', () => {
  const misspelt = SOURCE.replace('engineers', 'enginers').replace('supports', 'suports').replace('members', 'memebrs');
  const typos = comparePair(view(misspelt), view(SOURCE), flat, 1);
  assert.equal(typos.ab.features.typos, 3);
  assert.ok(['verbatim', 'near_verbatim'].includes(typos.ab.verdict.relation), typos.ab.verdict.relation);
  assert.ok(typos.ab.verdict.signals.includes('typos'), JSON.stringify(typos.ab.verdict));
  // a word swapped for another, or put in another form, is no typo
  const swapped = comparePair(view(SOURCE.replace('engineers', 'inspectors')), view(SOURCE), flat, 1);
  assert.equal(swapped.ab.features.typos, 0);
  const inflected = comparePair(
    view(SOURCE.replace('voted', 'votes').replace('found', 'finds')),
    view(SOURCE),
    flat,
    1,
  );
  assert.equal(inflected.ab.features.typos, 0);
});
