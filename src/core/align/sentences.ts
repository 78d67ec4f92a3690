import type { Span } from '../text/types.js';
import { StemPostings } from './stem-postings.js';

export interface SentenceMatch {
  a: number;
  b: number;
  /** Weighted Dice overlap of the two sentences' content stems. */
  similarity: number;
  /** Share of A's sentence weight found in B's sentence. */
  containment: number;
}

export interface SentenceAlignment {
  /** Best match of each A sentence with content (at most one each). */
  matches: SentenceMatch[];
  /** A sentences with content. */
  sentencesA: number;
  sentencesB: number;
  /** Share of A's sentences matched above the threshold. */
  matchedA: number;
  /** Share of B's sentences that some matched A sentence points to. */
  matchedB: number;
  /** Mean best similarity over A's sentences. */
  meanSimilarity: number;
  /** Share of consecutive matched pairs that keep B's order: 1 for a rewrite that follows the source. */
  order: number;
}

/**
 * Shared weight is summed in one side's term order, so the two directions' sums may differ in the last
 * bits: ties and thresholds are judged to this tolerance, and no verdict hangs on rounding.
 */
export const EPSILON = 1e-9;

/** One text as sentence alignment reads it: content stems (0 for none), their offsets, its sentences. */
export interface SentenceSide {
  stems: Uint32Array;
  starts: Uint32Array;
  sentences: readonly Span[];
}

/** Sentence embeddings of one text from a sentence model: row s, unit length, is sentence s (zeros for none). */
export interface SentenceVectors {
  dimension: number;
  values: Float32Array;
}

/** Both texts' sentence embeddings, and the cosine at which two sentences start to count as alike. */
export interface SentenceMeaning {
  a: SentenceVectors;
  b: SentenceVectors;
  floor: number;
}

/** Each sentence's distinct content stems, in the order first used, flattened: what no term weight changes. */
export interface SentenceStems {
  /** Stems of sentence s: stems[offsets[s] .. offsets[s + 1]). */
  offsets: Uint32Array;
  stems: Uint32Array;
}

/** Each sentence's distinct content stems and their weights. */
export interface SentenceTerms extends SentenceStems {
  weights: Float64Array;
  /** Total weight of each sentence's terms. */
  totals: Float64Array;
}

/**
 * Matches each sentence of A to the sentence of B sharing most weighted content stems, and each of B to
 * one of A. This is what separates a rewrite that follows its source sentence by sentence from an
 * independent report: the latter shares names and numbers, but not sentence after sentence in order.
 * The shared weight of every sentence pair comes from one pass over an inverted index of B's terms,
 * and serves both directions (Dice similarity is symmetric; containment is read from either side).
 */
export function alignSentencesBothWays(
  a: SentenceSide,
  b: SentenceSide,
  weight: (stem: number) => number,
  threshold = 0.3,
): { ab: SentenceAlignment; ba: SentenceAlignment } {
  return alignSentenceTerms(sentenceTerms(a, weight), sentenceTerms(b, weight), threshold);
}

/**
 * `alignSentencesBothWays` over sentence terms already made (a text compared many times makes them once).
 * With sentence embeddings, two sentences are as similar as the larger of their shared terms and their
 * meaning say: a rewrite that swaps most words for others keeps the meaning.
 */
export function alignSentenceTerms(
  termsA: SentenceTerms,
  termsB: SentenceTerms,
  threshold = 0.3,
  meaning?: SentenceMeaning,
): { ab: SentenceAlignment; ba: SentenceAlignment } {
  if (meaning === undefined) return alignByTerms(termsA, termsB, threshold);
  const countA = termsA.totals.length;
  const countB = termsB.totals.length;
  const shared = new Float64Array(countA * countB);
  const postings = postingsOf(termsB);
  const rows = new SharedRows(countB);
  for (let sa = 0; sa < countA; sa++) {
    const count = rows.sum(termsA, sa, postings);
    for (let k = 0; k < count; k++) {
      const sb = rows.reached[k] as number;
      shared[sa * countB + sb] = rows.row[sb] as number;
    }
  }
  // Both directions read the same matrices, row by row one way and column by column the other.
  const alike = alikeness(meaning, countA, countB);
  return {
    ab: bestMatches(termsA.totals, termsB.totals, { shared, alike, row: countB, column: 1 }, threshold),
    ba: bestMatches(termsB.totals, termsA.totals, { shared, alike, row: 1, column: countB }, threshold),
  };
}

/**
 * The shared weight (and likeness in meaning, if any) of sentence a of one side and b of the other, at
 * `a * row + b * column`.
 */
interface PairMatrices {
  shared: Float64Array;
  alike: Float64Array;
  row: number;
  column: number;
}

/**
 * Each sentence pair's cosine, rescaled so that the floor is 0 and identity 1: a model's unrelated
 * sentences are seldom orthogonal, and below the floor a cosine says nothing.
 */
function alikeness({ a, b, floor }: SentenceMeaning, countA: number, countB: number): Float64Array {
  const alike = new Float64Array(countA * countB);
  const dimension = Math.min(a.dimension, b.dimension);
  for (let i = 0; i < countA && (i + 1) * dimension <= a.values.length; i++) {
    for (let j = 0; j < countB && (j + 1) * dimension <= b.values.length; j++) {
      let cosine = 0;
      for (let d = 0; d < dimension; d++)
        cosine += (a.values[i * dimension + d] ?? 0) * (b.values[j * dimension + d] ?? 0);
      alike[i * countB + j] = Math.max(0, Math.min(1, (cosine - floor) / (1 - floor)));
    }
  }
  return alike;
}

/** For each sentence of one side, its best match on the other (the first of equals). */
function bestMatches(
  totalsA: Float64Array,
  totalsB: Float64Array,
  { shared, alike, row, column }: PairMatrices,
  threshold: number,
): SentenceAlignment {
  const found = new BestMatches(threshold);
  for (let a = 0; a < totalsA.length; a++) {
    const weightA = totalsA[a] ?? 0;
    if (weightA === 0) continue;
    let best: SentenceMatch | undefined;
    for (let b = 0; b < totalsB.length; b++) {
      const weightB = totalsB[b] ?? 0;
      const at = a * row + b * column;
      const overlap = shared[at] ?? 0;
      const similarity = Math.max((2 * overlap) / (weightA + weightB), alike[at] ?? 0);
      if (weightB === 0 || similarity === 0) continue;
      if (best === undefined || similarity > best.similarity + EPSILON) {
        best = { a, b, similarity, containment: overlap / weightA };
      }
    }
    found.add(best);
  }
  return found.alignment(totalsB);
}

/** Shared weights of one sentence of A with the sentences of B, one row at a time. */
class SharedRows {
  /** The row's shared weight with each B sentence it reaches (others: stale). */
  readonly row: Float64Array;
  /** The B sentences the row reaches, in the order first reached. */
  readonly reached: Int32Array;
  /** The last row that reached each B sentence. */
  private readonly rowOf: Int32Array;

  constructor(sentencesB: number) {
    this.row = new Float64Array(sentencesB);
    this.reached = new Int32Array(sentencesB);
    this.rowOf = new Int32Array(sentencesB).fill(-1);
  }

  /** Sums sentence `sa` of A's shared weight with each B sentence its stems reach; returns how many it reaches. */
  sum(termsA: SentenceTerms, sa: number, postings: StemPostings): number {
    const { row, reached, rowOf } = this;
    let count = 0;
    for (let t = termsA.offsets[sa] ?? 0; t < (termsA.offsets[sa + 1] ?? 0); t++) {
      const slot = postings.find(termsA.stems[t] ?? 0);
      if (slot === -1) continue;
      const w = termsA.weights[t] ?? 0;
      for (let k = postings.from(slot); k < postings.to(slot); k++) {
        const sb = postings.sentences[k] as number;
        if (rowOf[sb] !== sa) {
          rowOf[sb] = sa;
          row[sb] = 0;
          reached[count++] = sb;
        }
        row[sb] = (row[sb] as number) + w;
      }
    }
    return count;
  }
}

/** The best match of each sentence with content of one side, in order, as they are found. */
class BestMatches {
  private readonly matches: SentenceMatch[] = [];
  private withContent = 0;
  private similaritySum = 0;

  constructor(private readonly threshold: number) {}

  /** The next sentence with content, and its best match (undefined: no sentence shares anything with it). */
  add(best: SentenceMatch | undefined): void {
    this.withContent++;
    if (best === undefined) return;
    this.similaritySum += best.similarity;
    if (best.similarity >= this.threshold - EPSILON || best.containment >= 0.6 - EPSILON) this.matches.push(best);
  }

  alignment(totalsB: Float64Array): SentenceAlignment {
    const { matches, withContent } = this;
    const pointed = new Set(matches.map((m) => m.b));
    let ordered = 0;
    for (let k = 1; k < matches.length; k++) if ((matches[k]?.b ?? 0) > (matches[k - 1]?.b ?? 0)) ordered++;
    let withContentB = 0;
    for (const total of totalsB) if (total > 0) withContentB++;
    return {
      matches,
      sentencesA: withContent,
      sentencesB: withContentB,
      matchedA: withContent === 0 ? 0 : matches.length / withContent,
      matchedB: withContentB === 0 ? 0 : pointed.size / withContentB,
      meanSimilarity: withContent === 0 ? 0 : this.similaritySum / withContent,
      order: matches.length < 2 ? 0 : ordered / (matches.length - 1),
    };
  }
}

/**
 * `alignSentenceTerms` without meaning. Only sentences that share a term can match, and a sentence
 * shares terms with few of the other text's: each A sentence's shared weights are summed in one row,
 * over the B sentences its terms reach, and read in B's order; B's best matches are kept column by
 * column as the rows come, in A's order. The same sums, in the same order, as the whole matrix of
 * `bestMatches`, so the same matches, without reading or allocating the cells no term reaches.
 */
function alignByTerms(
  termsA: SentenceTerms,
  termsB: SentenceTerms,
  threshold: number,
): { ab: SentenceAlignment; ba: SentenceAlignment } {
  const { totals: totalsA } = termsA;
  const { totals: totalsB } = termsB;
  const postings = postingsOf(termsB);
  const rows = new SharedRows(totalsB.length);
  const { row, reached } = rows;
  const column = {
    best: new Int32Array(totalsB.length).fill(-1),
    similarity: new Float64Array(totalsB.length),
    overlap: new Float64Array(totalsB.length),
  };
  const byA = new BestMatches(threshold);
  for (let sa = 0; sa < totalsA.length; sa++) {
    const weightA = totalsA[sa] ?? 0;
    if (weightA === 0) continue;
    const count = rows.sum(termsA, sa, postings);
    const inOrder = reached.subarray(0, count).sort();
    let best: SentenceMatch | undefined;
    for (const sb of inOrder) {
      const weightB = totalsB[sb] ?? 0;
      const overlap = row[sb] ?? 0;
      // As the whole matrix reads it with nothing alike in meaning (no weight is negative in use).
      const similarity = Math.max((2 * overlap) / (weightA + weightB), 0);
      if (weightB === 0 || similarity === 0) continue;
      if (best === undefined || similarity > best.similarity + EPSILON) {
        best = { a: sa, b: sb, similarity, containment: overlap / weightA };
      }
      // B's side: this row is the next candidate of the column.
      const known = column.best[sb] as number;
      if (known === -1 || similarity > (column.similarity[sb] as number) + EPSILON) {
        column.best[sb] = sa;
        column.similarity[sb] = similarity;
        column.overlap[sb] = overlap;
      }
    }
    byA.add(best);
  }
  const byB = new BestMatches(threshold);
  for (let sb = 0; sb < totalsB.length; sb++) {
    const weightB = totalsB[sb] ?? 0;
    if (weightB === 0) continue;
    const sa = column.best[sb] as number;
    const similarity = column.similarity[sb] as number;
    byB.add(
      sa === -1 ? undefined : { a: sb, b: sa, similarity, containment: (column.overlap[sb] as number) / weightB },
    );
  }
  return {
    ab: byA.alignment(totalsB),
    ba: byB.alignment(totalsA),
  };
}

/** Each sentence's distinct content stems, weighted. */
export function sentenceTerms(side: SentenceSide, weight: (stem: number) => number): SentenceTerms {
  return weighSentenceStems(sentenceStems(side), weight);
}

/** Each sentence's distinct content stems. */
export function sentenceStems(side: SentenceSide): SentenceStems {
  const { stems, starts, sentences } = side;
  const offsets = new Uint32Array(sentences.length + 1);
  const termStems = new Uint32Array(stems.length);
  const seen = new Set<number>();
  let count = 0;
  let s = 0;
  for (let t = 0; t < stems.length; t++) {
    const at = starts[t] ?? 0;
    while (s < sentences.length && at >= (sentences[s]?.end ?? 0)) {
      offsets[++s] = count;
      seen.clear();
    }
    const stem = stems[t] ?? 0;
    if (stem === 0 || s >= sentences.length || seen.has(stem)) continue;
    seen.add(stem);
    termStems[count++] = stem;
  }
  while (s < sentences.length) offsets[++s] = count;
  return { offsets, stems: termStems.slice(0, count) };
}

/** Sentence stems with each one's weight and each sentence's total weight. */
export function weighSentenceStems({ offsets, stems }: SentenceStems, weight: (stem: number) => number): SentenceTerms {
  const weights = new Float64Array(stems.length);
  const totals = new Float64Array(offsets.length - 1);
  for (let s = 0; s < totals.length; s++) {
    let total = 0;
    for (let t = offsets[s] ?? 0; t < (offsets[s + 1] ?? 0); t++) {
      const w = weight(stems[t] ?? 0);
      weights[t] = w;
      total += w;
    }
    totals[s] = total;
  }
  return { offsets, stems, weights, totals };
}

/**
 * Each text's postings, by its sentence stems: no weighting changes them, and a text whose stems are
 * made once (`TextShapes`) is aligned with every text it is compared with.
 */
const POSTINGS = new WeakMap<Uint32Array, StemPostings>();

function postingsOf(terms: SentenceStems): StemPostings {
  let postings = POSTINGS.get(terms.stems);
  if (postings === undefined) {
    postings = new StemPostings(terms);
    POSTINGS.set(terms.stems, postings);
  }
  return postings;
}
