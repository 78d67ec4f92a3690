import { type SentenceStems, type SentenceTerms, sentenceStems, weighSentenceStems } from '../align/index.js';
import type { DocumentView } from './compare.js';
import { type TermCounts, type TermVector, termCounts, termVector } from './term-vector.js';

/**
 * What comparisons read of a text that no term weights change (its counted terms, its sentences'
 * stems), made once a text and kept as long as the text is: memos of weighted terms, one a weighting,
 * draw on one of these.
 */
export class TextShapes {
  private readonly counts = new WeakMap<DocumentView, TermCounts>();
  private readonly sentences = new WeakMap<DocumentView, SentenceStems>();

  termCounts(view: DocumentView): TermCounts {
    let counts = view.counted ?? this.counts.get(view);
    if (counts === undefined) {
      counts = termCounts(view.stems);
      this.counts.set(view, counts);
    }
    return counts;
  }

  sentenceStems(view: DocumentView): SentenceStems {
    let stems = this.sentences.get(view);
    if (stems === undefined) {
      stems = sentenceStems({ stems: view.stems, starts: view.tokens.starts, sentences: view.sentences });
      this.sentences.set(view, stems);
    }
    return stems;
  }
}

/**
 * The weighted terms of each text compared under one set of term weights, per sentence and whole, made
 * once: a text is compared with a dozen candidates, often in one batch. A memo serves one weighting
 * only; make a new one when the weights change (a new batch), with the same `shapes`.
 */
export class WeightedTermsMemo {
  private readonly bySentence = new WeakMap<DocumentView, SentenceTerms>();
  private readonly ofCounts = new WeakMap<TermCounts, TermVector>();

  constructor(
    private readonly weight: (stem: number) => number,
    private readonly shapes = new TextShapes(),
  ) {}

  sentences(view: DocumentView): SentenceTerms {
    let terms = this.bySentence.get(view);
    if (terms === undefined) {
      terms = weighSentenceStems(this.shapes.sentenceStems(view), this.weight);
      this.bySentence.set(view, terms);
    }
    return terms;
  }

  vector(view: DocumentView): TermVector {
    return this.counted(this.shapes.termCounts(view));
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
