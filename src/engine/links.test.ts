import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairComparison, PairFeatures } from '../core/classify/index.js';
import { storyLink } from './links.js';

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
