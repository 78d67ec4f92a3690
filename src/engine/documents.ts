import type { IndexedDocument } from '../core/candidates/index.js';
import { type DocumentView, type TermCounts, termCounts } from '../core/classify/index.js';
import { fingerprint } from '../core/fingerprint/index.js';
import { type Span, splitSentences, stemHashes, tokenize } from '../core/text/index.js';

export interface PreparedDocument {
  view: DocumentView;
  indexed: IndexedDocument;
  /** Its content stems counted (`indexed.terms` are the stems). */
  terms: TermCounts;
}

/** Words, stems and sentences of a text, boilerplate spans masked out of the words: what a comparison reads. */
export function documentView(text: string, boilerplate: readonly Span[]): DocumentView {
  const tokens = tokenize(text, boilerplate);
  return { text, tokens, stems: stemHashes(text, tokens), sentences: splitSentences(text) };
}

/**
 * A text's view and what the candidate index keeps of it (fingerprint, distinct terms). The engine
 * thread indexes every text but compares few of them when workers compare, so the view's sentences are
 * split when first read.
 */
export function prepareDocument(text: string, boilerplate: readonly Span[]): PreparedDocument {
  const tokens = tokenize(text, boilerplate);
  const stems = stemHashes(text, tokens);
  const print = fingerprint(tokens);
  const terms = termCounts(stems);
  let sentences: Span[] | undefined;
  return {
    view: {
      text,
      tokens,
      stems,
      counted: terms,
      get sentences() {
        sentences ??= splitSentences(text);
        return sentences;
      },
    },
    indexed: { signature: print.signature, samples: print.samples, terms: terms.stems },
    terms,
  };
}

/** A bounded cache of prepared documents: candidates recur, texts do not change. */
export class DocumentCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private capacity: number) {}

  /** Grows the cache to hold at least `count` documents (a job's, so none is prepared twice in it). */
  holdAtLeast(count: number): void {
    this.capacity = Math.max(this.capacity, count);
  }

  get(id: string, make: () => T): T {
    const known = this.entries.get(id);
    if (known !== undefined) {
      this.entries.delete(id);
      this.entries.set(id, known);
      return known;
    }
    const made = make();
    this.entries.set(id, made);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return made;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}
