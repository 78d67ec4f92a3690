import { type SentenceTerms, sentenceTerms } from '../align/index.js';
import type { DocumentView } from './compare.js';
import { type TermCounts, type TermVector, termCounts, termVector } from './term-vector.js';

/**
 * The weighted terms of each text compared under one set of term weights, per sentence and whole, made
 * once: a text is compared with a dozen candidates, often in one batch. A memo serves one weighting
 * only; make a new one when the weights change (a new batch).
 */
export class WeightedTermsMemo {
  private readonly bySentence = new WeakMap<DocumentView, SentenceTerms>();
  private readonly whole = new WeakMap<DocumentView, TermVector>();
  private readonly ofCounts = new WeakMap<TermCounts, TermVector>();

  constructor(private readonly weight: (stem: number) => number) {}

  sentences(view: DocumentView): SentenceTerms {
    let terms = this.bySentence.get(view);
    if (terms === undefined) {
      terms = sentenceTerms({ stems: view.stems, starts: view.tokens.starts, sentences: view.sentences }, this.weight);
      this.bySentence.set(view, terms);
    }
    return terms;
  }

  vector(view: DocumentView): TermVector {
    let vector = this.whole.get(view);
    if (vector === undefined) {
      vector = termVector(termCounts(view.stems), this.weight);
      this.whole.set(view, vector);
    }
    return vector;
  }

  /** The term vector of a text known by its counted terms alone (as indexed), the same as its view's. */
  counted(counts: TermCounts): TermVector {
    let vector = this.ofCounts.get(counts);
    if (vector === undefined) {
      vector = termVector(counts, this.weight);
      this.ofCounts.set(counts, vector);
    }
    return vector;
  }
}
