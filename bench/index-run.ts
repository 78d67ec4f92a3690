/** Runs documents through a CandidateIndex the way the engine does (query, filter, then insert). */
import { CandidateIndex, type IndexedDocument } from '../src/core/candidates/index.js';
import { DEFAULT_ENGINE_OPTIONS, worthComparing } from '../src/engine/engine.js';
import type { OraclePair } from './oracle.js';

/** Best candidates the engine compares per article. */
export const ENGINE_COMPARISONS = DEFAULT_ENGINE_OPTIONS.comparisonsPerArticle;

export interface IndexRun {
  /** Insertion position of each document. */
  position: Int32Array;
  /** For each document, the earlier documents its query returned through the engine filter, by rank. */
  found: Map<number, number>[];
}

/** Inserts documents in `order`, each queried first against those already in. */
export function runIndex(docs: readonly IndexedDocument[], order: readonly number[]): IndexRun {
  const index = new CandidateIndex();
  const position = new Int32Array(docs.length);
  const found: Map<number, number>[] = docs.map(() => new Map());
  order.forEach((doc, at) => {
    const indexed = docs[doc] as IndexedDocument;
    position[doc] = at;
    const hits = found[doc] as Map<number, number>;
    for (const c of index.query(indexed).filter(worthComparing)) hits.set(c.doc, hits.size);
    index.add(doc, indexed);
  });
  return { position, found };
}

export interface Recall {
  pairs: number;
  /** Pairs the later document's query found through the engine filter. */
  found: number;
  /** ...and ranked among the candidates the engine compares. */
  compared: number;
}

export function recallOf(run: IndexRun, pairs: readonly OraclePair[]): Recall {
  const recall: Recall = { pairs: pairs.length, found: 0, compared: 0 };
  for (const { a, b } of pairs) {
    const [earlier, later] = (run.position[a] ?? 0) < (run.position[b] ?? 0) ? [a, b] : [b, a];
    const rank = run.found[later]?.get(earlier);
    if (rank === undefined) continue;
    recall.found++;
    if (rank < ENGINE_COMPARISONS) recall.compared++;
  }
  return recall;
}
