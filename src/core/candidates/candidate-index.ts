import { LEDE_BIT } from '../fingerprint/index.js';
import { DocumentSlots } from './document-slots.js';
import { withRoom } from './growth.js';
import { RescoredSet } from './rescored-set.js';
import { SampleIndex } from './sample-index.js';
import { kthSmallest } from './select.js';
import { SignatureBands } from './signature-bands.js';
import { sortIds } from './sort-ids.js';
import { QueryTally } from './tally.js';
import { TermDictionary } from './term-dictionary.js';
import { TermLists } from './term-lists.js';
import { TermPostings } from './term-postings.js';
import { TermTally } from './term-tally.js';
import { TopK } from './top-k.js';
import { inverseDocumentFrequency, maxRareDocFrequency, type TermStatistics, TopicMemo } from './topic.js';
import { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

const NONE = -1;
/** Units of a fixed-point logarithm: exact sums up to 2^53 / (2^32 ln 1001), 300,000 terms a document. */
const FIXED_POINT = 2 ** 32;

/**
 * Finds the documents worth comparing with a new one, three ways at once:
 * - LSH banding over MinHash signatures: near-duplicates (high shingle Jaccard);
 * - shared content-sampled shingles: containment either way, of a whole text or of its lede (a lede
 *   quoted in a page of ledes is a tenth of the page and a fraction of the article);
 * - shared rare terms weighted by IDF: rewrites and other reports of the same story.
 * The only stateful part of the core. Documents are numbered by the caller and held in dense slots, in
 * typed-array pools (no object per document), and a query adds up its evidence per slot.
 */
export class CandidateIndex implements TermStatistics {
  private readonly options: CandidateOptions;
  private readonly documents = new DocumentSlots();
  /** Made for the signature length of the first document seen. */
  private bands: SignatureBands | undefined;
  private readonly samples = new SampleIndex(this.documents);
  private readonly dictionary = new TermDictionary();
  private readonly termLists = new TermLists();
  private readonly postings = new TermPostings();
  /** Each slot's total rare-term weight, cached with the corpus size it was computed at (0: never). */
  private weights = new Float64Array(64);
  private weightsAt = new Int32Array(64);
  private readonly tally = new QueryTally();
  private readonly termTally = new TermTally();
  private readonly rescored = new RescoredSet();
  private readonly termRanking: TopK;
  /** The query in hand: its shortened signature, its terms' ids and document frequencies. */
  private querySignature = new Uint16Array(0);
  private queryIds = new Int32Array(256);
  /**
   * The terms whose ids `queryIds` holds (until a compaction renumbers ids): a document is usually
   * queried just before it is added, and then its terms are looked up once.
   */
  private queriedTerms: Uint32Array | undefined;
  private queryDfs = new Int32Array(256);
  /** The query's rare terms too common to walk, with their IDF: looked up in the best documents found. */
  private unwalkedIds = new Int32Array(256);
  private unwalkedWeights = new Float64Array(256);
  private unwalkedCount = 0;
  /** Scratch: sorted term ids, document frequencies; and the sort's own. */
  private scratch = new Int32Array(256);
  /** Topic similarities in the index as it stands: dropped at every change of its statistics. */
  private topics: TopicMemo | undefined;
  private sortScratch = new Int32Array(256);
  /** ln(df + 1) by df, grown on demand; and the same in fixed point. */
  private logTable = new Float64Array(0);
  private fixedLogs = new Float64Array(0);

  constructor(options: Partial<CandidateOptions> = {}) {
    this.options = { ...DEFAULT_CANDIDATE_OPTIONS, ...options };
    this.termRanking = new TopK(this.options.rescoredCandidates);
  }

  get size(): number {
    return this.documents.live;
  }

  has(doc: number): boolean {
    return this.documents.slotOf(doc) !== NONE;
  }

  add(doc: number, document: IndexedDocument): void {
    if (this.has(doc)) this.remove(doc);
    this.topics = undefined;
    const bands = this.bandsFor(document.signature);
    const slot = this.documents.assign(doc);
    bands.add(slot, document.signature);
    this.samples.add(slot, document.samples);
    const count = this.termIds(document.terms);
    this.termLists.add(slot, this.scratch, count);
    for (let i = 0; i < count; i++) {
      const id = this.scratch[i] ?? 0;
      this.dictionary.frequencies[id] = (this.dictionary.frequencies[id] ?? 0) + 1;
      this.postings.add(id, slot);
    }
    if (slot >= this.weights.length) {
      this.weights = withRoom(this.weights, slot + 1);
      this.weightsAt = withRoom(this.weightsAt, slot + 1);
    }
    this.weights[slot] = 0;
    this.weightsAt[slot] = 0;
  }

  /**
   * Removes a document at once from results and frequencies; its data and postings stay, skipped where
   * met, until removed slots come to outnumber live ones and everything is compacted.
   */
  remove(doc: number): void {
    const slot = this.documents.slotOf(doc);
    if (slot === NONE) return;
    this.topics = undefined;
    const count = this.termLists.read(slot);
    for (let i = 0; i < count; i++) {
      const id = this.termLists.ids[i] ?? 0;
      this.dictionary.frequencies[id] = (this.dictionary.frequencies[id] ?? 0) - 1;
    }
    this.samples.forget(slot);
    this.documents.release(slot);
    if (this.documents.count - this.documents.live > this.documents.live) this.compact();
  }

  /** What was indexed for a document, while it is indexed (its signature as kept: 16 bits a value). */
  indexed(doc: number): IndexedDocument | undefined {
    const slot = this.documents.slotOf(doc);
    if (slot === NONE || this.bands === undefined) return undefined;
    const count = this.termLists.read(slot);
    const terms = new Uint32Array(count);
    for (let i = 0; i < count; i++) terms[i] = this.dictionary.keyOf(this.termLists.ids[i] ?? 0);
    return { signature: this.bands.signatureOf(slot), samples: this.samples.samplesOf(slot), terms: terms.sort() };
  }

  /** Document frequency of every indexed term: what `idf` reads, for a replica elsewhere. */
  documentFrequencies(): { terms: Uint32Array; counts: Int32Array } {
    const { dictionary } = this;
    let live = 0;
    for (let id = 0; id < dictionary.size; id++) if ((dictionary.frequencies[id] ?? 0) > 0) live++;
    const terms = new Uint32Array(live);
    const counts = new Int32Array(live);
    let n = 0;
    for (let id = 0; id < dictionary.size; id++) {
      const count = dictionary.frequencies[id] ?? 0;
      if (count <= 0) continue;
      terms[n] = dictionary.keyOf(id);
      counts[n++] = count;
    }
    return { terms, counts };
  }

  /** Indexed documents holding a term. */
  frequency(term: number): number {
    return this.dictionary.frequency(term);
  }

  /** Inverse document frequency of a term in the indexed corpus (plus one for the querying document). */
  idf(term: number): number {
    return inverseDocumentFrequency(this.frequency(term), this.size);
  }

  /** Candidates for a document, best first by the strongest of the three signals. */
  query(document: IndexedDocument): Candidate[] {
    if (this.bands === undefined) return [];
    if (this.querySignature.length < this.bands.length) this.querySignature = new Uint16Array(this.bands.length);
    const empty = this.bands.shorten(document.signature, this.querySignature);
    this.tally.begin(this.documents.count);
    this.termTally.begin(this.documents.count);
    this.bands.selectBandHits(this.querySignature, empty, this.tally);
    this.addSharedSamples(document);
    this.scoreTerms(this.addSharedTerms(document));
    return this.collect(document, this.bands, empty);
  }

  private bandsFor(signature: Uint32Array): SignatureBands {
    this.bands ??= new SignatureBands(signature.length, this.options.bands);
    return this.bands;
  }

  /** The distinct ids of a document's terms, sorted, in `scratch` (new terms get ids); returns their number. */
  private termIds(terms: Uint32Array): number {
    if (terms.length > this.scratch.length) this.scratch = withRoom(this.scratch, terms.length);
    if (terms.length > this.sortScratch.length) this.sortScratch = new Int32Array(this.scratch.length);
    const ids = this.scratch;
    const known = terms === this.queriedTerms ? this.queryIds : undefined;
    for (let i = 0; i < terms.length; i++) {
      const id = known?.[i] ?? NONE;
      ids[i] = id === NONE ? this.dictionary.idOrNew(terms[i] ?? 0) : id;
    }
    sortIds(ids, terms.length, this.dictionary.size, this.sortScratch);
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) ids[count++] = ids[i] ?? 0;
    }
    return count;
  }

  /** Rebuilds every pool and posting from the live documents, renumbered in order. */
  private compact(): void {
    this.queriedTerms = undefined;
    const slots = this.documents.renumber();
    const count = this.documents.count;
    this.bands?.renumber(slots, count);
    this.samples.renumber(slots, count);
    slots.forEach((to, from) => {
      if (to === NONE) return;
      this.weights[to] = this.weights[from] ?? 0;
      this.weightsAt[to] = this.weightsAt[from] ?? 0;
    });
    this.termLists.renumber(slots, count, this.dictionary.renumber());
    this.postings.rebuild(this.termLists, count);
  }

  private addSharedSamples(document: IndexedDocument): void {
    const { tally, samples } = this;
    const maxLedeDf = Math.max(this.options.minLedeDocFrequency, this.size * this.options.maxLedeDocShare);
    const maxDf = Math.max(this.options.minSampleDocFrequency, this.size * this.options.maxSampleDocShare);
    for (let s = 0; s < document.samples.length; s++) {
      const sample = document.samples[s] ?? 0;
      const df = samples.collect((sample & ~LEDE_BIT) >>> 0, maxDf);
      if (df > maxDf) continue;
      tally.addSample(samples.found, df, sample & LEDE_BIT, df <= maxLedeDf ? LEDE_BIT : 0);
    }
  }

  /**
   * Credits each document holding one of the query's walked terms (its `termsWalked` rarest and all in
   * at most `walkedDocFrequency` documents; equal document frequencies at the bound all count) with their
   * IDF, and keeps its other rare terms for the rescoring; returns the query's own rare-term weight.
   */
  private addSharedTerms(document: IndexedDocument): number {
    const { dictionary } = this;
    const maxDf = this.maxRareDocFrequency();
    const logCorpus = Math.log(this.size + 1) + 1;
    const count = document.terms.length;
    if (this.queryDfs.length < count) {
      this.queryIds = new Int32Array(count * 2);
      this.queryDfs = new Int32Array(count * 2);
      this.unwalkedIds = new Int32Array(count * 2);
      this.unwalkedWeights = new Float64Array(count * 2);
    }
    const { queryIds: ids, queryDfs: dfs } = this;
    this.queriedTerms = document.terms;
    let ownWeight = 0;
    let rare = 0;
    for (let t = 0; t < count; t++) {
      const id = dictionary.id(document.terms[t] ?? 0);
      const df = id === NONE ? 0 : (dictionary.frequencies[id] ?? 0);
      ids[t] = id;
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
        this.unwalkedIds[this.unwalkedCount] = ids[t] ?? 0;
        this.unwalkedWeights[this.unwalkedCount++] = weight;
      } else {
        this.postings.credit(ids[t] ?? 0, weight, this.termTally);
      }
    }
    return ownWeight;
  }

  /** The document frequency of the query's `termsWalked`-th rarest indexed term. */
  private walkBound(count: number): number {
    if (count > this.scratch.length) this.scratch = withRoom(this.scratch, count);
    let present = 0;
    for (let t = 0; t < count; t++) {
      const df = this.queryDfs[t] ?? 0;
      if (df > 0) this.scratch[present++] = df;
    }
    return kthSmallest(this.scratch, present, this.options.termsWalked) ?? 0;
  }

  /**
   * Scores the documents that share the most walked weight on every rare term they share, normalised
   * by both documents' own weight (scores below the minimum are dropped); the best `termCandidates` of
   * them are candidates by themselves.
   */
  private scoreTerms(ownWeight: number): void {
    const { tally, termTally, termRanking, rescored, documents } = this;
    termRanking.clear();
    for (let i = 0; i < termTally.touchedCount; i++) {
      const slot = termTally.touched[i] ?? 0;
      if (documents.isLive(slot)) termRanking.offer(termTally.weight(slot), documents.docOfSlot[slot] ?? 0, slot);
    }
    rescored.clear();
    for (const slot of termRanking.drainBest()) rescored.add(slot, termTally.weight(slot));
    rescored.seal();
    for (let u = 0; u < this.unwalkedCount; u++) {
      this.postings.creditRescored(this.unwalkedIds[u] ?? 0, this.unwalkedWeights[u] ?? 0, rescored);
    }
    const scored: [number, number][] = [];
    for (let rank = 0; rank < rescored.count; rank++) {
      const slot = rescored.slots[rank] ?? 0;
      const score = (rescored.shared[rank] ?? 0) / Math.sqrt(Math.max(1e-9, ownWeight * this.weightOf(slot)));
      if (score < this.options.minTermScore) continue;
      tally.setTermScore(slot, score);
      scored.push([slot, score]);
    }
    scored.sort((x, y) => y[1] - x[1] || (documents.docOfSlot[x[0]] ?? 0) - (documents.docOfSlot[y[0]] ?? 0));
    for (const [slot] of scored.slice(0, this.options.termCandidates)) tally.markSelected(slot);
  }

  private collect(document: IndexedDocument, bands: SignatureBands, queryEmpty: boolean): Candidate[] {
    const { tally, documents } = this;
    const querySamples = document.samples.length;
    let queryLede = 0;
    for (let i = 0; i < querySamples; i++) queryLede += (document.samples[i] ?? 0) & LEDE_BIT;
    const result: Candidate[] = [];
    for (let i = 0; i < tally.touchedCount; i++) {
      const slot = tally.touched[i] ?? 0;
      // Most slots touched share only a term or a sample or two: neither selected nor containing.
      if (!tally.isSelected(slot) && tally.shared(slot) < 2) continue;
      if (!documents.isLive(slot)) continue;
      const containment = this.containment(slot, querySamples, queryLede);
      if (!tally.isSelected(slot) && containment === 0) continue;
      const jaccard = bands.jaccard(this.querySignature, queryEmpty, slot);
      const termScore = tally.termScore(slot);
      if (jaccard > 0 || containment > 0 || termScore > 0) {
        result.push({ doc: documents.docOfSlot[slot] ?? 0, jaccard, containment, termScore });
      }
    }
    return result.sort((x, y) => strength(y) - strength(x) || x.doc - y.doc);
  }

  /**
   * Shared samples over the smaller sample set, or, when higher, over either text's lede samples; 0
   * below the minimum or with fewer than two samples shared.
   */
  private containment(slot: number, querySamples: number, queryLede: number): number {
    const { tally, samples } = this;
    const shared = tally.shared(slot);
    if (shared < 2) return 0;
    const smaller = Math.max(1, Math.min(querySamples, samples.count(slot)));
    const containment = Math.min(1, shared / smaller);
    const lede = Math.max(
      this.ledeContainment(tally.sharedLede(slot), samples.ledeCount(slot)),
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

  /**
   * The query's term score for one pair, computed directly, from texts' distinct terms. Each text's
   * rare-term weights are kept until the index changes.
   */
  topicSimilarity(a: Uint32Array, b: Uint32Array): number {
    this.topics ??= new TopicMemo(this, this.options);
    return this.topics.similarity(a, b);
  }

  /**
   * A slot's own rare-term weight. IDF moves slowly as a corpus grows: a weight within 10% of the corpus
   * size it was computed at stands.
   */
  private weightOf(slot: number): number {
    const size = this.size;
    const at = this.weightsAt[slot] ?? 0;
    if (at !== 0 && Math.abs(size - at) <= at * 0.1) return this.weights[slot] ?? 0;
    const maxDf = this.maxRareDocFrequency();
    const count = this.termLists.read(slot);
    const { ids } = this.termLists;
    const { frequencies } = this.dictionary;
    const fixedLogs = this.fixedLogTable(maxDf);
    let rare = 0;
    let logDfs = 0;
    for (let i = 0; i < count; i++) {
      const df = frequencies[ids[i] ?? 0] ?? 0;
      if (df > maxDf) continue;
      rare++;
      logDfs += fixedLogs[df] ?? 0;
    }
    const weight = rare * (Math.log(size + 1) + 1) - logDfs / FIXED_POINT;
    this.weights[slot] = weight;
    this.weightsAt[slot] = size;
    return weight;
  }

  /**
   * ln(df + 1) as a whole number of 2^-32 units, for df up to `maxDf`. A weight sums these over a document's ids, whose order
   * depends on when each term was first met: integers add up to the same bits in any order, floats
   * would not, and an index must answer as one built from the same documents in another order.
   */
  private fixedLogTable(maxDf: number): Float64Array {
    if (maxDf >= this.fixedLogs.length) {
      this.fixedLogs = Float64Array.from({ length: maxDf + 1 }, (_, df) => Math.round(Math.log(df + 1) * FIXED_POINT));
    }
    return this.fixedLogs;
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
    return maxRareDocFrequency(this.size, this.options);
  }
}

function strength(c: Candidate): number {
  return Math.max(c.jaccard, c.containment, c.termScore);
}
