import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSpinLexicon, lexiconPhrases, parseSpinLexicon } from './spin-lexicon.js';

test('a lexicon file round-trips, most confirmed first, comments and blank lines skipped', () => {
  const text = formatSpinLexicon([
    { wording: 'seed spherical', usual: 'seed round', articles: 1 },
    { wording: 'machine studying', usual: 'machine learning', articles: 3 },
  ]);
  assert.deepEqual(text.split('\n').slice(1, 3), [
    'machine studying\tmachine learning\t3',
    'seed spherical\tseed round\t1',
  ]);
  const lexicon = parseSpinLexicon(`${text}\n\n# more\nSynthetic  Intelligence\tartificial intelligence\n`);
  assert.deepEqual(
    [...lexicon],
    [
      ['machine studying', 'machine learning'],
      ['seed spherical', 'seed round'],
      ['synthetic intelligence', 'artificial intelligence'],
    ],
  );
});

test('malformed lines are refused with their number', () => {
  assert.throws(() => parseSpinLexicon('ok phrase\tusual phrase\nonly one field\n'), /line 2/);
  assert.throws(() => parseSpinLexicon('three word phrase\tusual\n'), /line 1/);
});

test('the lexicon’s phrases in a text, once each, where they first are, whatever their case', () => {
  const lexicon = parseSpinLexicon('machine studying\tmachine learning\nseed spherical\tseed round\n');
  const text = 'Its Machine Studying lab closed a seed spherical. More machine studying followed.';
  const found = lexiconPhrases(text, lexicon);
  assert.deepEqual(
    found.map((p) => [p.wording, p.usual, text.slice(p.start, p.end)]),
    [
      ['Machine Studying', 'machine learning', 'Machine Studying'],
      ['seed spherical', 'seed round', 'seed spherical'],
    ],
  );
  assert.deepEqual(lexiconPhrases(text, new Map()), []);
});
