import { inverseDocumentFrequency, type TermStatistics } from '../../core/candidates/index.js';

/** Terms as signed 32-bit keys: small integers to a Map, where most unsigned hashes would not be. */
function key(term: number): number {
  return term | 0;
}

/**
 * A replica of the candidate index's document frequencies, kept in step by the terms of the documents
 * indexed and unindexed: a worker reads the same IDF weights as the main thread without the index.
 */
export class DocumentFrequencies implements TermStatistics {
  private readonly counts = new Map<number, number>();
  private documents: number;

  constructor(snapshot: { terms: Uint32Array; counts: Int32Array; size: number }) {
    for (let i = 0; i < snapshot.terms.length; i++)
      this.counts.set(key(snapshot.terms[i] ?? 0), snapshot.counts[i] ?? 0);
    this.documents = snapshot.size;
  }

  add(terms: Uint32Array): void {
    for (let i = 0; i < terms.length; i++) {
      const term = key(terms[i] ?? 0);
      this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    }
    this.documents++;
  }

  remove(terms: Uint32Array): void {
    for (let i = 0; i < terms.length; i++) {
      const term = key(terms[i] ?? 0);
      const count = (this.counts.get(term) ?? 0) - 1;
      if (count > 0) this.counts.set(term, count);
      else this.counts.delete(term);
    }
    this.documents--;
  }

  get size(): number {
    return this.documents;
  }

  frequency(term: number): number {
    return this.counts.get(key(term)) ?? 0;
  }

  idf(term: number): number {
    return inverseDocumentFrequency(this.frequency(term), this.size);
  }
}
