import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import type { Span } from '../text/types.js';
import {
  alignSentencesBothWays,
  alignSentenceTerms,
  EPSILON,
  type SentenceAlignment,
  type SentenceSide,
  sentenceTerms,
} from './sentences.js';

/**
 * The plain definition, as an oracle: for each sentence of A, every sentence of B, shared weight
 * summed term by term; the first best match wins.
 */
function reference(a: SentenceSide, b: SentenceSide, weight: (stem: number) => number): SentenceAlignment {
  const terms = (side: SentenceSide) =>
    side.sentences.map((span) => {
      const map = new Map<number, number>();
      side.stems.forEach((stem, t) => {
        const at = side.starts[t] ?? 0;
        if (stem !== 0 && at >= span.start && at < span.end && !map.has(stem)) map.set(stem, weight(stem));
      });
      return { map, total: [...map.values()].reduce((x, y) => x + y, 0) };
    });
  const termsA = terms(a);
  const termsB = terms(b);
  const matches: SentenceAlignment['matches'] = [];
  let withContent = 0;
  let similaritySum = 0;
  termsA.forEach((sa, i) => {
    if (sa.total === 0) return;
    withContent++;
    let best: SentenceAlignment['matches'][number] | undefined;
    termsB.forEach((sb, j) => {
      let shared = 0;
      for (const [term, w] of sa.map) if (sb.map.has(term)) shared += w;
      if (sb.total === 0 || shared === 0) return;
      const similarity = (2 * shared) / (sa.total + sb.total);
      if (best === undefined || similarity > best.similarity + EPSILON)
        best = { a: i, b: j, similarity, containment: shared / sa.total };
    });
    if (best === undefined) return;
    similaritySum += best.similarity;
    if (best.similarity >= 0.3 - EPSILON || best.containment >= 0.6 - EPSILON) matches.push(best);
  });
  const pointed = new Set(matches.map((m) => m.b)).size;
  let ordered = 0;
  for (let k = 1; k < matches.length; k++) if ((matches[k]?.b ?? 0) > (matches[k - 1]?.b ?? 0)) ordered++;
  const withContentB = termsB.filter((s) => s.total > 0).length;
  return {
    matches,
    sentencesA: withContent,
    sentencesB: withContentB,
    matchedA: withContent === 0 ? 0 : matches.length / withContent,
    matchedB: withContentB === 0 ? 0 : pointed / withContentB,
    meanSimilarity: withContent === 0 ? 0 : similaritySum / withContent,
    order: matches.length < 2 ? 0 : ordered / (matches.length - 1),
  };
}

/** Sums taken in another order differ in the last bits; compare to 1e-9. */
function rounded(alignment: SentenceAlignment): SentenceAlignment {
  const r = (x: number) => Math.round(x * 1e9) / 1e9;
  return {
    ...alignment,
    matches: alignment.matches.map((m) => ({ ...m, similarity: r(m.similarity), containment: r(m.containment) })),
    meanSimilarity: r(alignment.meanSimilarity),
  };
}

/** A random text as stems over a small vocabulary (0 = stopword), one token per character offset. */
function randomSide(random: () => number, vocabulary: number): SentenceSide {
  const length = Math.floor(random() * 120);
  const stems = Uint32Array.from({ length }, () => (random() < 0.3 ? 0 : 1 + Math.floor(random() * vocabulary)));
  const starts = Uint32Array.from({ length }, (_, i) => i * 2);
  const sentences: Span[] = [];
  let start = 0;
  while (start < length * 2) {
    const end = Math.min(length * 2, start + 2 + Math.floor(random() * 30));
    sentences.push({ start, end });
    start = end;
  }
  return { stems, starts, sentences };
}

test('sentence alignment both ways agrees with the plain definition (differential, 500 random pairs)', () => {
  const random = mulberry32(11);
  const weight = (stem: number) => 1 + (stem % 7) / 3;
  for (let round = 0; round < 500; round++) {
    const vocabulary = 5 + Math.floor(random() * 60);
    const a = randomSide(random, vocabulary);
    // half the pairs: B is A's sentences partly reused, so matches are frequent
    const b =
      random() < 0.5 ? randomSide(random, vocabulary) : { ...a, stems: a.stems.map((s) => (random() < 0.3 ? 0 : s)) };
    const { ab, ba } = alignSentencesBothWays(a, b, weight);
    assert.deepEqual(rounded(ab), rounded(reference(a, b, weight)), `round ${round} a→b`);
    assert.deepEqual(rounded(ba), rounded(reference(b, a, weight)), `round ${round} b→a`);
  }
});

test('without meaning, only the pairs of sentences that share a term are read, to the same bits as the whole matrix', () => {
  const random = mulberry32(23);
  const weight = (stem: number) => 0.1 + (stem % 11) / 7;
  let matches = 0;
  for (let round = 0; round < 400; round++) {
    const vocabulary = 3 + Math.floor(random() * 80);
    const a = sentenceTerms(randomSide(random, vocabulary), weight);
    const b = sentenceTerms(randomSide(random, vocabulary), weight);
    // Meaning that finds nothing alike: every pair of sentences is read, and only terms count.
    const nothing = (count: number) => ({ dimension: 1, values: new Float32Array(count) });
    const whole = alignSentenceTerms(a, b, 0.3, {
      a: nothing(a.totals.length),
      b: nothing(b.totals.length),
      floor: 0.5,
    });
    const byTerms = alignSentenceTerms(a, b, 0.3);
    assert.deepEqual(byTerms, whole, `round ${round}`);
    matches += byTerms.ab.matches.length + byTerms.ba.matches.length;
  }
  assert.ok(matches > 1000, `only ${matches} matches: the cases say little`);
});

test('no sentences, or no content, align to nothing', () => {
  const empty: SentenceSide = { stems: new Uint32Array(), starts: new Uint32Array(), sentences: [] };
  const stopwords: SentenceSide = {
    stems: new Uint32Array([0, 0]),
    starts: new Uint32Array([0, 2]),
    sentences: [{ start: 0, end: 4 }],
  };
  const { ab, ba } = alignSentencesBothWays(empty, stopwords, () => 1);
  for (const side of [ab, ba]) {
    assert.deepEqual(side.matches, []);
    assert.equal(side.matchedA, 0);
    assert.equal(side.order, 0);
  }
});

test('sentence embeddings match sentences that share no terms, above the floor only, both ways', () => {
  // Two sentences each, no term in common; A's first means what B's second does.
  const side = (stems: number[]): SentenceSide => ({
    stems: Uint32Array.from(stems),
    starts: Uint32Array.from(stems.map((_, i) => i * 10)),
    sentences: [
      { start: 0, end: 20 },
      { start: 20, end: 40 },
    ],
  });
  const a = sentenceTerms(side([1, 2, 3, 4]), () => 1);
  const b = sentenceTerms(side([5, 6, 7, 8]), () => 1);
  const vectors = (rows: number[][]) => ({ dimension: 2, values: Float32Array.from(rows.flat()) });
  const meaning = (floor: number) => ({
    a: vectors([
      [1, 0],
      [0, 1],
    ]),
    b: vectors([
      [0.6, 0.8],
      [1, 0],
    ]),
    floor,
  });
  const lexical = alignSentenceTerms(a, b);
  assert.equal(lexical.ab.matches.length, 0);
  const { ab, ba } = alignSentenceTerms(a, b, 0.3, meaning(0.5));
  assert.deepEqual(
    ab.matches.map((m) => [m.a, m.b, Math.round(m.similarity * 100) / 100, m.containment]),
    [
      [0, 1, 1, 0],
      [1, 0, 0.6, 0],
    ],
  );
  assert.deepEqual(
    ba.matches.map((m) => [m.a, m.b]),
    [
      [0, 1],
      [1, 0],
    ],
  );
  // Above a floor of 0.9, only the identical meaning counts.
  assert.deepEqual(
    alignSentenceTerms(a, b, 0.3, meaning(0.9)).ab.matches.map((m) => [m.a, m.b]),
    [[0, 1]],
  );
});
