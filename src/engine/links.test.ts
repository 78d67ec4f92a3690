import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairComparison, PairFeatures } from '../core/classify/index.js';
import { likenessOutcome } from './compute/index.js';
import { type Likeness, likenessLink, storedLink, storyLink } from './links.js';

const features = {} as PairFeatures;
const related = { features, verdict: { relation: 'related' as const, score: 0.4, signals: ['shared_rare_terms'] } };

function comparison(ab: PairComparison['ab']): PairComparison {
  return { topic: 0.4, ab, ba: related, passages: [], sentencePairs: [], substitutions: [] };
}

test('two reports of one story join it; tracing reads their comparison only when it found swapped phrases', () => {
  const plain = storyLink(comparison(related));
  assert.deepEqual([plain.link, plain.provenance], ['same', false]);
  const swapped = storyLink(
    comparison({
      ...related,
      swapPhrases: [
        { wording: 'synthetic intelligence', usual: 'artificial intelligence', start: 0, end: 22, rarity: 1 },
      ],
    }),
  );
  assert.deepEqual([swapped.link, swapped.provenance], ['same', true]);
});

test('a comparison stored before story similarity was measured is weighed by its rare-term similarity', () => {
  assert.equal(storyLink(comparison(related)).similarity, 0.4);
});

test('a pair only weighed for stories links them by its likeness alone, never for provenance', () => {
  const cases: [number, string][] = [
    [0.35, 'same'],
    [0.2, 'same'],
    [0.15, 'near'],
    [0.05, 'none'],
  ];
  for (const [similarity, link] of cases) {
    const bearing = likenessLink(similarity, 0.2);
    assert.deepEqual([bearing.link, bearing.provenance, bearing.similarity], [link, false, similarity]);
  }
  // As stored and read back at load, a likeness and a comparison each give their own bearing.
  const stored = JSON.parse(likenessOutcome(0.14, 0.25, 0.2).payload) as Likeness;
  assert.deepEqual(storedLink(stored, 0.2), likenessLink(0.25, 0.2));
  assert.deepEqual(storedLink(comparison(related), 0.2), storyLink(comparison(related)));
  assert.equal(likenessOutcome(0.1, 0.05, 0.2).payload, '', 'a pair with nothing alike is not kept');
});
