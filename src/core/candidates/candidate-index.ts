import { estimateJaccard, LEDE_BIT } from '../fingerprint/index.js';
import { bandKeys } from './band-keys.js';
import { Postings } from './postings.js';
import { QueryTally } from './tally.js';
import { TopK } from './top-k.js';
import { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

interface Entry {
  doc: number;
  document: IndexedDocument;
  bandKeys: Uint32Array;
  /** Ids of its terms in the term postings: their document frequencies without a hash look-up. */
  termIds: Int32Array;
  ledeSamples: number;
  /** Total rare-term weight, cached with the corpus size it was computed at. */
  weight: number;
  weightAt: number;
}

/**
 * Finds the documents worth comparing with a new one, three ways at once:
 * - LSH banding over MinHash signatures: near-duplicates (high shingle Jaccard);
 * - shared content-sampled shingles: containment either way, of a whole text or of its lede (a lede
 *   quoted in a page of ledes is a tenth of the page and a fraction of the article);
 * - shared rare terms weighted by IDF: rewrites and other reports of the same story.
 * The only stateful part of the core. Documents are numbered by the caller and held in dense slots,
 * so a query adds up its evidence per slot in typed arrays.
 */
export class CandidateIndex {
  private readonly options: CandidateOptions;
  private readonly slotOf = new Map<number, number>();
  private readonly entries: (Entry | undefined)[] = [];
  /** The caller's number of each slot's document (tie-breaks read it without touching the entry). */
  private docOfSlot = new Float64Array(64);
  private readonly freeSlots: number[] = [];
  /** Slots of removed documents: their postings stay, skipped, until the next compaction frees them. */
  private retired: number[] = [];
  private livePostings = 0;
  private deadPostings = 0;
  private bands = new Postings();
  /** Sample key → slot·2, plus 1 when the sample is in that document's lede. */
  private samples = new Postings();
  private terms = new Postings();
  /** Live documents per sample id and per term id (lists also hold removed documents' postings). */
  private sampleDf = new Int32Array(1024);
  private termDf = new Int32Array(1024);
  private readonly tally = new QueryTally();
  private readonly termRanking: TopK;
  /** Document frequency of each term of the query in hand. */
  private queryDfs = new Int32Array(256);
  /** The query's rare terms too common to walk, with their IDF: found in a candidate by binary search. */
  private unwalkedTerms = new Uint32Array(256);
  private unwalkedWeights = new Float64Array(256);
  private unwalkedCount = 0;
  /** ln(df + 1) by df, grown on demand. */
  private logTable = new Float64Array(0);

  constructor(options: Partial<CandidateOptions> = {}) {
    this.options = { ...DEFAULT_CANDIDATE_OPTIONS, ...options };
    // Raw shared weight favours long documents: the best few by it are rescored by their own weight.
    this.termRanking = new TopK(this.options.termCandidates * 4);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(doc: number): boolean {
    return this.slotOf.has(doc);
  }

  add(doc: number, given: IndexedDocument): void {
    if (this.slotOf.has(doc)) this.remove(doc);
    const document = withSortedTerms(given);
    const slot = this.freeSlots.pop() ?? this.entries.length;
    const entry: Entry = {
      doc,
      document,
      bandKeys: bandKeys(document.signature, this.options.bands),
      termIds: new Int32Array(document.terms.length),
      ledeSamples: 0,
      weight: 0,
      weightAt: 0,
    };
    this.post(slot, entry);
    this.entries[slot] = entry;
    if (slot >= this.docOfSlot.length) {
      const grown = new Float64Array(this.docOfSlot.length * 2);
      grown.set(this.docOfSlot);
      this.docOfSlot = grown;
    }
    this.docOfSlot[slot] = doc;
    this.slotOf.set(doc, slot);
  }

  /**
   * Removes a document at once from results and frequencies; its postings are skipped where met and
   * dropped when they come to outnumber the live ones, so removal costs no search of long lists.
   */
  remove(doc: number): void {
    const slot = this.slotOf.get(doc);
    const entry = slot === undefined ? undefined : this.entries[slot];
    if (slot === undefined || entry === undefined) return;
    for (let i = 0; i < entry.termIds.length; i++) uncounted(this.termDf, entry.termIds[i] ?? 0);
    for (let i = 0; i < entry.document.samples.length; i++) {
      uncounted(this.sampleDf, this.samples.id(sampleKey(entry.document.samples[i] ?? 0)));
    }
    this.entries[slot] = undefined;
    this.retired.push(slot);
    this.slotOf.delete(doc);
    const postings = postingsOf(entry);
    this.livePostings -= postings;
    this.deadPostings += postings;
    if (this.deadPostings > this.livePostings) this.compact();
  }

  /** Adds a document's postings and counts it in its terms' and samples' frequencies. */
  private post(slot: number, entry: Entry): void {
    const { document, bandKeys: keys, termIds } = entry;
    for (let b = 0; b < keys.length; b++) this.bands.add(keys[b] ?? 0, slot);
    entry.ledeSamples = 0;
    for (let i = 0; i < document.samples.length; i++) {
      const sample = document.samples[i] ?? 0;
      entry.ledeSamples += sample & LEDE_BIT;
      const id = this.samples.add(sampleKey(sample), slot * 2 + (sample & LEDE_BIT));
      this.sampleDf = counted(this.sampleDf, id);
    }
    for (let i = 0; i < document.terms.length; i++) {
      const id = this.terms.add(document.terms[i] ?? 0, slot);
      termIds[i] = id;
      this.termDf = counted(this.termDf, id);
    }
    this.livePostings += postingsOf(entry);
  }

  /** Rebuilds the postings from the live documents; the retired slots become free. */
  private compact(): void {
    this.bands = new Postings();
    this.samples = new Postings();
    this.terms = new Postings();
    this.sampleDf = new Int32Array(1024);
    this.termDf = new Int32Array(1024);
    this.livePostings = 0;
    this.deadPostings = 0;
    this.entries.forEach((entry, slot) => {
      if (entry !== undefined) this.post(slot, entry);
    });
    this.freeSlots.push(...this.retired);
    this.retired = [];
  }

  /** What was indexed for a document, while it is indexed. */
  indexed(doc: number): IndexedDocument | undefined {
    const slot = this.slotOf.get(doc);
    return slot === undefined ? undefined : this.entries[slot]?.document;
  }

  /** Document frequency of every indexed term: what `idf` reads, for a replica elsewhere. */
  documentFrequencies(): { terms: Uint32Array; counts: Int32Array } {
    const { keys, ids } = this.terms.keyIds();
    // Keys whose documents were all removed keep an id, with no live document.
    const live = ids.map((id) => this.termDf[id] ?? 0);
    return { terms: keys.filter((_, i) => (live[i] ?? 0) > 0), counts: live.filter((count) => count > 0) };
  }

  /** Inverse document frequency of a term in the indexed corpus (plus one for the querying document). */
  idf(term: number): number {
    return inverseDocumentFrequency(this.documentFrequency(term), this.size);
  }

  /** Candidates for a document, best first by the strongest of the three signals. */
  query(given: IndexedDocument): Candidate[] {
    const document = withSortedTerms(given);
    this.tally.begin(this.entries.length);
    this.addBandHits(document);
    this.addSharedSamples(document);
    this.scoreTerms(this.addSharedTerms(document));
    return this.collect(document);
  }

  private addBandHits(document: IndexedDocument): void {
    const { tally, bands } = this;
    const keys = bandKeys(document.signature, this.options.bands);
    for (let b = 0; b < keys.length; b++) {
      const id = bands.id(keys[b] ?? 0);
      const start = bands.start(id);
      tally.select(bands.values, start, start + bands.count(id));
    }
  }

  private addSharedSamples(document: IndexedDocument): void {
    const { tally, samples } = this;
    const maxLedeDf = Math.max(this.options.minLedeDocFrequency, this.size * this.options.maxLedeDocShare);
    const maxDf = Math.max(this.options.minSampleDocFrequency, this.size * this.options.maxSampleDocShare);
    for (let s = 0; s < document.samples.length; s++) {
      const sample = document.samples[s] ?? 0;
      const id = samples.id(sampleKey(sample));
      const start = samples.start(id);
      const df = id === -1 ? 0 : (this.sampleDf[id] ?? 0);
      if (df > maxDf) continue;
      const end = start + samples.count(id);
      tally.addSample(samples.values, start, end, sample & LEDE_BIT, df <= maxLedeDf ? LEDE_BIT : 0);
    }
  }

  /**
   * Credits each document holding one of the query's `termsWalked` rarest terms with their IDF (equal
   * document frequencies at the bound all count); returns the query's own rare-term weight.
   */
  private addSharedTerms(document: IndexedDocument): number {
    const { tally, terms } = this;
    const maxDf = this.maxRareDocFrequency();
    const logCorpus = Math.log(this.size + 1) + 1;
    const count = document.terms.length;
    if (this.queryDfs.length < count) {
      this.queryDfs = new Int32Array(count * 2);
      this.unwalkedTerms = new Uint32Array(count * 2);
      this.unwalkedWeights = new Float64Array(count * 2);
    }
    const dfs = this.queryDfs;
    let ownWeight = 0;
    let rare = 0;
    for (let t = 0; t < count; t++) {
      const id = terms.id(document.terms[t] ?? 0);
      const df = id === -1 ? 0 : (this.termDf[id] ?? 0);
      dfs[t] = df;
      if (df === 0 || df > maxDf) continue;
      ownWeight += logCorpus - this.logDf(df);
      rare++;
    }
    const { termsWalked, walkedDocFrequency } = this.options;
    const walkedDf = rare <= termsWalked ? maxDf : Math.max(this.walkBound(count), Math.min(maxDf, walkedDocFrequency));
    this.unwalkedCount = 0;
    for (let t = 0; t < count; t++) {
      const df = dfs[t] ?? 0;
      if (df === 0 || df > maxDf) continue;
      const weight = logCorpus - this.logDf(df);
      if (df > walkedDf) {
        this.unwalkedTerms[this.unwalkedCount] = document.terms[t] ?? 0;
        this.unwalkedWeights[this.unwalkedCount++] = weight;
        continue;
      }
      const id = terms.id(document.terms[t] ?? 0);
      const start = terms.start(id);
      tally.addTerm(terms.values, start, start + terms.count(id), weight);
    }
    return ownWeight;
  }

  /** The document frequency of the query's `termsWalked`-th rarest indexed term. */
  private walkBound(count: number): number {
    const present = this.queryDfs.slice(0, count).filter((df) => df > 0);
    present.sort();
    return present[this.options.termsWalked - 1] ?? 0;
  }

  /**
   * Scores the documents that share the most walked weight on every rare term they share, normalised
   * by both documents' own weight (scores below the minimum are dropped); the best `termCandidates` of
   * them are candidates by themselves.
   */
  private scoreTerms(ownWeight: number): void {
    const { tally, termRanking } = this;
    termRanking.clear();
    for (let i = 0; i < tally.touchedCount; i++) {
      const slot = tally.touched[i] ?? 0;
      const weight = tally.termWeight(slot);
      if (weight > 0 && this.entries[slot] !== undefined) termRanking.offer(weight, this.docOfSlot[slot] ?? 0, slot);
    }
    const scored: [number, number][] = [];
    for (const slot of termRanking.drainBest()) {
      const entry = this.entries[slot] as Entry;
      const shared = tally.termWeight(slot) + this.sharedUnwalkedWeight(entry.document.terms);
      const score = shared / Math.sqrt(Math.max(1e-9, ownWeight * this.weightOf(entry)));
      if (score < this.options.minTermScore) continue;
      tally.setTermScore(slot, score);
      scored.push([slot, score]);
    }
    scored.sort((x, y) => y[1] - x[1] || (this.docOfSlot[x[0]] ?? 0) - (this.docOfSlot[y[0]] ?? 0));
    for (const [slot] of scored.slice(0, this.options.termCandidates)) tally.markSelected(slot);
  }

  /** IDF of the query's rare terms that were not walked and that a sorted term list holds. */
  private sharedUnwalkedWeight(other: Uint32Array): number {
    let shared = 0;
    for (let u = 0; u < this.unwalkedCount; u++) {
      const term = this.unwalkedTerms[u] ?? 0;
      let low = 0;
      let high = other.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((other[mid] ?? 0) < term) low = mid + 1;
        else high = mid;
      }
      if (other[low] === term) shared += this.unwalkedWeights[u] ?? 0;
    }
    return shared;
  }

  private collect(document: IndexedDocument): Candidate[] {
    const { tally } = this;
    const querySamples = document.samples.length;
    let queryLede = 0;
    for (let i = 0; i < querySamples; i++) queryLede += (document.samples[i] ?? 0) & LEDE_BIT;
    const result: Candidate[] = [];
    for (let i = 0; i < tally.touchedCount; i++) {
      const slot = tally.touched[i] ?? 0;
      // Most slots touched share only a term or a sample or two: neither selected nor containing.
      if (!tally.isSelected(slot) && tally.shared(slot) < 2) continue;
      const entry = this.entries[slot];
      if (entry === undefined) continue;
      const containment = this.containment(slot, entry, querySamples, queryLede);
      if (!tally.isSelected(slot) && containment === 0) continue;
      const jaccard = estimateJaccard(document.signature, entry.document.signature);
      const termScore = tally.termScore(slot);
      if (jaccard > 0 || containment > 0 || termScore > 0)
        result.push({ doc: entry.doc, jaccard, containment, termScore });
    }
    return result.sort((x, y) => strength(y) - strength(x) || x.doc - y.doc);
  }

  /**
   * Shared samples over the smaller sample set, or, when higher, over either text's lede samples; 0
   * below the minimum or with fewer than two samples shared.
   */
  private containment(slot: number, entry: Entry, querySamples: number, queryLede: number): number {
    const { tally } = this;
    const shared = tally.shared(slot);
    if (shared < 2) return 0;
    const smaller = Math.max(1, Math.min(querySamples, entry.document.samples.length));
    const containment = Math.min(1, shared / smaller);
    const lede = Math.max(
      this.ledeContainment(tally.sharedLede(slot), entry.ledeSamples),
      this.ledeContainment(tally.sharedQueryLede(slot), queryLede),
    );
    if (lede > containment) return lede;
    return containment >= this.options.minContainment ? containment : 0;
  }

  private ledeContainment(shared: number, ledeSamples: number): number {
    if (shared < this.options.minLedeShared) return 0;
    const containment = shared / ledeSamples;
    return containment >= this.options.minLedeContainment ? containment : 0;
  }

  /** The query's term score for one pair, computed directly. */
  topicSimilarity(a: IndexedDocument, b: IndexedDocument): number {
    const maxDf = this.maxRareDocFrequency();
    const other = new Set(b.terms);
    let shared = 0;
    for (let i = 0; i < a.terms.length; i++) {
      const term = a.terms[i] ?? 0;
      if (other.has(term) && this.documentFrequency(term) <= maxDf) shared += this.idf(term);
    }
    return shared / Math.sqrt(Math.max(1e-9, this.termWeight(a.terms) * this.termWeight(b.terms)));
  }

  /** IDF moves slowly as a corpus grows: a weight within 10% of the corpus size it was computed at stands. */
  private weightOf(entry: Entry): number {
    const size = this.size;
    if (entry.weightAt === 0 || Math.abs(size - entry.weightAt) > entry.weightAt * 0.1) {
      const maxDf = this.maxRareDocFrequency();
      const logCorpus = Math.log(size + 1) + 1;
      let weight = 0;
      for (let i = 0; i < entry.termIds.length; i++) {
        const df = this.termDf[entry.termIds[i] ?? 0] ?? 0;
        if (df <= maxDf) weight += logCorpus - this.logDf(df);
      }
      entry.weight = weight;
      entry.weightAt = size;
    }
    return entry.weight;
  }

  private documentFrequency(term: number): number {
    const id = this.terms.id(term);
    return id === -1 ? 0 : (this.termDf[id] ?? 0);
  }

  private logDf(df: number): number {
    if (df >= this.logTable.length) {
      const table = new Float64Array(Math.max(64, df * 2));
      table.set(this.logTable);
      for (let i = this.logTable.length; i < table.length; i++) table[i] = Math.log(i + 1);
      this.logTable = table;
    }
    return this.logTable[df] ?? 0;
  }

  private maxRareDocFrequency(): number {
    const { maxTermDocShare, maxTermDocFrequency } = this.options;
    return Math.min(maxTermDocFrequency, Math.max(50, Math.floor(this.size * maxTermDocShare)));
  }

  private termWeight(terms: Uint32Array): number {
    const maxDf = this.maxRareDocFrequency();
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] ?? 0;
      if (this.documentFrequency(term) <= maxDf) total += this.idf(term);
    }
    return total;
  }
}

/** IDF of a term in `df` of `size` indexed documents, counting the querying document in. */
export function inverseDocumentFrequency(df: number, size: number): number {
  return Math.log((size + 1) / (df + 1)) + 1;
}

/** Shared terms are found by merging term lists: they must be in ascending order (prepared ones are). */
function withSortedTerms(document: IndexedDocument): IndexedDocument {
  const { terms } = document;
  for (let i = 1; i < terms.length; i++) {
    if ((terms[i] ?? 0) < (terms[i - 1] ?? 0)) return { ...document, terms: Uint32Array.from(terms).sort() };
  }
  return document;
}

/** Postings a document holds: its band keys, samples and terms. */
function postingsOf(entry: Entry): number {
  return entry.bandKeys.length + entry.document.samples.length + entry.document.terms.length;
}

/** The frequency array with one more document at `id`, grown when `id` is new. */
function counted(dfs: Int32Array<ArrayBuffer>, id: number): Int32Array<ArrayBuffer> {
  let array = dfs;
  if (id >= array.length) {
    array = new Int32Array(Math.max(id + 1, array.length * 2));
    array.set(dfs);
  }
  array[id] = (array[id] ?? 0) + 1;
  return array;
}

function uncounted(dfs: Int32Array, id: number): void {
  dfs[id] = (dfs[id] ?? 0) - 1;
}

function sampleKey(sample: number): number {
  return (sample & ~LEDE_BIT) >>> 0;
}

function strength(c: Candidate): number {
  return Math.max(c.jaccard, c.containment, c.termScore);
}
