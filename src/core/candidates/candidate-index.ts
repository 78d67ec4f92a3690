import { estimateJaccard } from '../fingerprint/minhash.js';
import { bandKeys } from './band-keys.js';
import { Postings } from './postings.js';
import { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

interface Entry extends IndexedDocument {
  bandKeys: Uint32Array;
  /** Total rare-term weight, cached with the corpus size it was computed at. */
  weight: number;
  weightAt: number;
}

/**
 * Finds the documents worth comparing with a new one, three ways at once:
 * - LSH banding over MinHash signatures: near-duplicates (high shingle Jaccard);
 * - shared content-sampled shingles: containment either way (a lede inside a page of ledes);
 * - shared rare terms weighted by IDF: rewrites and other reports of the same story.
 * The only stateful part of the core; documents are numbered by the caller.
 */
export class CandidateIndex {
  private readonly options: CandidateOptions;
  private readonly docs = new Map<number, Entry>();
  private readonly bands = new Postings();
  private readonly samples = new Postings();
  private readonly terms = new Postings();
  private readonly docFrequency = new Map<number, number>();

  constructor(options: Partial<CandidateOptions> = {}) {
    this.options = { ...DEFAULT_CANDIDATE_OPTIONS, ...options };
  }

  get size(): number {
    return this.docs.size;
  }

  has(doc: number): boolean {
    return this.docs.has(doc);
  }

  add(doc: number, document: IndexedDocument): void {
    if (this.docs.has(doc)) this.remove(doc);
    const keys = bandKeys(document.signature, this.options.bands);
    for (let b = 0; b < keys.length; b++) this.bands.add(keys[b] ?? 0, doc);
    for (let i = 0; i < document.samples.length; i++) this.samples.add(document.samples[i] ?? 0, doc);
    for (let i = 0; i < document.terms.length; i++) {
      const term = document.terms[i] ?? 0;
      this.terms.add(term, doc);
      this.docFrequency.set(term, (this.docFrequency.get(term) ?? 0) + 1);
    }
    this.docs.set(doc, { ...document, bandKeys: keys, weight: 0, weightAt: 0 });
  }

  remove(doc: number): void {
    const entry = this.docs.get(doc);
    if (entry === undefined) return;
    for (let b = 0; b < entry.bandKeys.length; b++) this.bands.remove(entry.bandKeys[b] ?? 0, doc);
    for (let i = 0; i < entry.samples.length; i++) this.samples.remove(entry.samples[i] ?? 0, doc);
    for (let i = 0; i < entry.terms.length; i++) {
      const term = entry.terms[i] ?? 0;
      this.terms.remove(term, doc);
      const df = (this.docFrequency.get(term) ?? 1) - 1;
      if (df <= 0) this.docFrequency.delete(term);
      else this.docFrequency.set(term, df);
    }
    this.docs.delete(doc);
  }

  /** Inverse document frequency of a term in the indexed corpus (plus one for the querying document). */
  idf(term: number): number {
    return Math.log((this.docs.size + 1) / ((this.docFrequency.get(term) ?? 0) + 1)) + 1;
  }

  /** Candidates for a document not (yet) in the index, best first by the strongest of the three signals. */
  query(document: IndexedDocument): Candidate[] {
    const found = new Map<number, Candidate>();
    const get = (doc: number): Candidate => {
      let c = found.get(doc);
      if (c === undefined) {
        c = { doc, jaccard: 0, containment: 0, termScore: 0 };
        found.set(doc, c);
      }
      return c;
    };
    for (const key of bandKeys(document.signature, this.options.bands)) {
      for (const doc of this.bands.get(key)) get(doc);
    }
    this.addContainment(document, get);
    this.addTermOverlap(document, found, get);
    const result: Candidate[] = [];
    for (const candidate of found.values()) {
      const entry = this.docs.get(candidate.doc);
      if (entry === undefined) continue;
      candidate.jaccard = estimateJaccard(document.signature, entry.signature);
      if (candidate.jaccard > 0 || candidate.containment > 0 || candidate.termScore > 0) result.push(candidate);
    }
    return result.sort((x, y) => strength(y) - strength(x) || x.doc - y.doc);
  }

  private addContainment(document: IndexedDocument, get: (doc: number) => Candidate): void {
    const hits = new Map<number, number>();
    for (let i = 0; i < document.samples.length; i++) {
      for (const doc of this.samples.get(document.samples[i] ?? 0)) hits.set(doc, (hits.get(doc) ?? 0) + 1);
    }
    for (const [doc, shared] of hits) {
      const other = this.docs.get(doc);
      if (other === undefined) continue;
      const smaller = Math.max(1, Math.min(document.samples.length, other.samples.length));
      const containment = Math.min(1, shared / smaller);
      if (containment >= this.options.minContainment && shared >= 2) get(doc).containment = containment;
    }
  }

  private addTermOverlap(
    document: IndexedDocument,
    found: Map<number, Candidate>,
    get: (doc: number) => Candidate,
  ): void {
    const maxDf = this.maxRareDocFrequency();
    const shared = new Map<number, number>();
    for (let i = 0; i < document.terms.length; i++) {
      const term = document.terms[i] ?? 0;
      const postings = this.terms.get(term);
      if (postings.length === 0 || postings.length > maxDf) continue;
      const weight = this.idf(term);
      for (const doc of postings) shared.set(doc, (shared.get(doc) ?? 0) + weight);
    }
    const ownWeight = this.termWeight(document.terms);
    // Raw shared weight favours long documents; rescore the best few by their own current weight.
    const raw = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, this.options.termCandidates * 4);
    const scored: [number, number][] = [];
    for (const [doc, weight] of raw) {
      const other = this.docs.get(doc);
      if (other === undefined) continue;
      const score = weight / Math.sqrt(Math.max(1e-9, ownWeight * this.cachedWeight(other)));
      if (score >= this.options.minTermScore) scored.push([doc, score]);
    }
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [doc, score] of scored.slice(0, this.options.termCandidates)) get(doc).termScore = score;
    for (const [doc, score] of scored) {
      const known = found.get(doc);
      if (known !== undefined) known.termScore = score;
    }
  }

  /** The query's term score for one pair, computed directly. */
  topicSimilarity(a: IndexedDocument, b: IndexedDocument): number {
    const maxDf = this.maxRareDocFrequency();
    const other = new Set(b.terms);
    let shared = 0;
    for (let i = 0; i < a.terms.length; i++) {
      const term = a.terms[i] ?? 0;
      if (other.has(term) && (this.docFrequency.get(term) ?? 0) <= maxDf) shared += this.idf(term);
    }
    return shared / Math.sqrt(Math.max(1e-9, this.termWeight(a.terms) * this.termWeight(b.terms)));
  }

  /** IDF moves slowly as a large corpus grows: a weight within 10% of the corpus size it was computed at stands. */
  private cachedWeight(entry: Entry): number {
    const stale = Math.abs(this.docs.size - entry.weightAt) > entry.weightAt * 0.1;
    if (this.docs.size < 1000 || entry.weightAt === 0 || stale) {
      entry.weight = this.termWeight(entry.terms);
      entry.weightAt = this.docs.size;
    }
    return entry.weight;
  }

  private maxRareDocFrequency(): number {
    return Math.max(50, Math.floor(this.docs.size * this.options.maxTermDocShare));
  }

  private termWeight(terms: Uint32Array): number {
    const maxDf = this.maxRareDocFrequency();
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] ?? 0;
      if ((this.docFrequency.get(term) ?? 0) <= maxDf) total += this.idf(term);
    }
    return total;
  }
}

function strength(c: Candidate): number {
  return Math.max(c.jaccard, c.containment, c.termScore);
}
