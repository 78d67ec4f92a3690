import { type SentenceTerms, sentenceTerms } from '../align/index.js';
import type { DocumentView } from './compare.js';

/**
 * The weighted sentence terms of each text compared under one set of term weights, made once: a text
 * is compared with a dozen candidates, often in one batch. A memo serves one weighting only; make a new
 * one when the weights change (a new batch).
 */
export class SentenceTermsMemo {
  private readonly made = new WeakMap<DocumentView, SentenceTerms>();

  constructor(private readonly weight: (stem: number) => number) {}

  of(view: DocumentView): SentenceTerms {
    let terms = this.made.get(view);
    if (terms === undefined) {
      terms = sentenceTerms({ stems: view.stems, starts: view.tokens.starts, sentences: view.sentences }, this.weight);
      this.made.set(view, terms);
    }
    return terms;
  }
}
