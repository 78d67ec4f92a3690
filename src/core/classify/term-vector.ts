/** A text's distinct content stems, ascending, with the number of times each occurs. */
export interface TermCounts {
  stems: Uint32Array;
  counts: Uint32Array;
}

/** A text's distinct content stems, ascending, with weights (1 + ln tf) · idf scaled to unit length. */
export interface TermVector {
  stems: Uint32Array;
  weights: Float64Array;
}

/** The distinct content stems of a text's words (0: a word with no content stem) and their counts. */
export function termCounts(stems: Uint32Array): TermCounts {
  const sorted = stems.filter((s) => s !== 0).sort();
  const distinct = new Uint32Array(sorted.length);
  const counts = new Uint32Array(sorted.length);
  let kept = 0;
  for (let i = 0; i < sorted.length; ) {
    const stem = sorted[i] ?? 0;
    let j = i;
    while (j < sorted.length && sorted[j] === stem) j++;
    distinct[kept] = stem;
    counts[kept++] = j - i;
    i = j;
  }
  return { stems: distinct.slice(0, kept), counts: counts.slice(0, kept) };
}

/** The term vector of a text's counted stems. */
export function termVector({ stems, counts }: TermCounts, weight: (stem: number) => number): TermVector {
  const weights = new Float64Array(stems.length);
  let norm = 0;
  for (let k = 0; k < stems.length; k++) {
    const w = (1 + Math.log(counts[k] ?? 1)) * weight(stems[k] ?? 0);
    weights[k] = w;
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) * scale;
  return { stems, weights };
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
