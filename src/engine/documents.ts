import type { IndexedDocument } from '../core/candidates/index.js';
import type { DocumentView } from '../core/classify/index.js';
import { fingerprint } from '../core/fingerprint/index.js';
import { type Span, splitSentences, stemHashes, tokenize } from '../core/text/index.js';

export interface PreparedDocument {
  view: DocumentView;
  indexed: IndexedDocument;
}

/** Words, stems, sentences and fingerprints of a text, boilerplate spans masked out of the words. */
export function prepareDocument(text: string, boilerplate: readonly Span[]): PreparedDocument {
  const tokens = tokenize(text, boilerplate);
  const stems = stemHashes(text, tokens);
  const print = fingerprint(tokens);
  return {
    view: { text, tokens, stems, sentences: splitSentences(text) },
    indexed: { signature: print.signature, samples: print.samples, terms: distinctNonZero(stems) },
  };
}

function distinctNonZero(values: Uint32Array): Uint32Array {
  const set = new Set<number>();
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) set.add(values[i] ?? 0);
  return Uint32Array.from(set).sort();
}

/** A bounded cache of prepared documents: candidates recur, texts do not change. */
export class DocumentCache {
  private readonly entries = new Map<string, PreparedDocument>();
  constructor(private readonly capacity: number) {}

  get(id: string, make: () => PreparedDocument): PreparedDocument {
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
