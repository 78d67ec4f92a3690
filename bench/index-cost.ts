/** What the candidate index costs: candidates handed to the full comparison, and time per article. */
import { CandidateIndex, type IndexedDocument } from '../src/core/candidates/index.js';
import { fingerprint } from '../src/core/fingerprint/index.js';
import { type PreparedDocument, prepareDocument } from '../src/engine/documents.js';
import { worthComparing } from '../src/engine/engine.js';

export interface CandidateLoad {
  articles: number;
  /** Mean candidates per article passing the engine filter. */
  mean: number;
  /** Mean of those let through by each signal (a candidate may count under several). */
  byJaccard: number;
  byContainment: number;
  byTerms: number;
  /** Largest number for one article. */
  most: number;
}

/** Candidates per article when a corpus is added one article at a time. */
export function candidateLoad(docs: readonly IndexedDocument[]): CandidateLoad {
  const index = new CandidateIndex();
  const load: CandidateLoad = { articles: docs.length, mean: 0, byJaccard: 0, byContainment: 0, byTerms: 0, most: 0 };
  docs.forEach((doc, i) => {
    const passing = index.query(doc).filter(worthComparing);
    load.mean += passing.length;
    load.most = Math.max(load.most, passing.length);
    for (const c of passing) {
      if (c.jaccard >= 0.05) load.byJaccard++;
      if (c.containment >= 0.15) load.byContainment++;
      if (c.termScore >= 0.2) load.byTerms++;
    }
    index.add(i, doc);
  });
  const n = Math.max(1, docs.length);
  return {
    ...load,
    mean: load.mean / n,
    byJaccard: load.byJaccard / n,
    byContainment: load.byContainment / n,
    byTerms: load.byTerms / n,
  };
}

export interface StageSpeed {
  /** Articles per second of the engine's whole per-article preparation (words, stems, sentences, fingerprint). */
  prepare: number;
  /** Articles per second of the fingerprint alone, from tokenized text. */
  fingerprint: number;
  /** Articles per second of query + engine filter + insert. */
  candidates: number;
  /** Articles per second of fingerprint and candidates together: the index's share of the per-article cost. */
  fingerprintAndCandidates: number;
}

/** Seconds of the fastest of `repeats` runs (the first ones pay for compilation). */
function fastest(repeats: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

/** Single-threaded throughput of each stage over `texts`, as the engine runs them. */
export function stageSpeed(texts: readonly string[], repeats = 5): StageSpeed {
  let prepared: PreparedDocument[] = [];
  let sentences = 0;
  const prepare = fastest(repeats, () => {
    prepared = texts.map((t) => prepareDocument(t, []));
    // The engine thread splits sentences only when it compares: a whole preparation includes them.
    for (const p of prepared) sentences += p.view.sentences.length;
  });
  if (sentences === 0 && texts.length > 0) throw new Error('no sentences found');
  const print = fastest(repeats, () => {
    for (const p of prepared) fingerprint(p.view.tokens);
  });
  const candidates = fastest(repeats, () => {
    const index = new CandidateIndex();
    prepared.forEach((p, i) => {
      index.query(p.indexed).filter(worthComparing);
      index.add(i, p.indexed);
    });
  });
  const n = texts.length;
  return {
    prepare: n / prepare,
    fingerprint: n / print,
    candidates: n / candidates,
    fingerprintAndCandidates: n / (print + candidates),
  };
}
