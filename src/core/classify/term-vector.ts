/** A text's distinct content stems, ascending, with weights (1 + ln tf) · idf scaled to unit length. */
export interface TermVector {
  stems: Uint32Array;
  weights: Float64Array;
}

/** The term vector of a text's content stems (0 for a word with no content stem). */
export function termVector(stems: Uint32Array, weight: (stem: number) => number): TermVector {
  const sorted = stems.filter((s) => s !== 0).sort();
  const distinct = new Uint32Array(sorted.length);
  const weights = new Float64Array(sorted.length);
  let count = 0;
  let norm = 0;
  for (let i = 0; i < sorted.length; ) {
    const stem = sorted[i] ?? 0;
    let j = i;
    while (j < sorted.length && sorted[j] === stem) j++;
    const w = (1 + Math.log(j - i)) * weight(stem);
    distinct[count] = stem;
    weights[count++] = w;
    norm += w * w;
    i = j;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < count; k++) weights[k] = (weights[k] ?? 0) * scale;
  return { stems: distinct.slice(0, count), weights: weights.slice(0, count) };
}

/** Cosine of two term vectors: one merge of their sorted stems. */
export function termCosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.stems.length && j < b.stems.length) {
    const x = a.stems[i] ?? 0;
    const y = b.stems[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
