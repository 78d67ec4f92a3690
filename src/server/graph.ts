import type { Article, ArticleVerdict } from '../core/contract/index.js';
import { headline } from '../engine/index.js';

export interface GraphNode {
  id: string;
  relation: ArticleVerdict['relation'];
  confidence: number;
  title: string;
  outlet: string | null;
}

/** "`to` derives from `from`": an edge from a source to the article made from it. */
export interface GraphEdge {
  from: string;
  to: string;
  relation: ArticleVerdict['relation'];
  confidence: number;
}

/** A story's provenance graph: its articles, and an edge from each source an article names. */
export function provenanceGraph(
  verdicts: readonly ArticleVerdict[],
  texts: ReadonlyMap<string, Article>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const members = new Set(verdicts.map((v) => v.id));
  const nodes = verdicts.map((v) => {
    const article = texts.get(v.id);
    return {
      id: v.id,
      relation: v.relation,
      confidence: v.confidence,
      title: article === undefined ? v.id : headline(article),
      outlet: article?.outlet ?? null,
    };
  });
  const edges = verdicts.flatMap((v) =>
    v.sources
      .filter((source) => members.has(source))
      .map((source) => ({ from: source, to: v.id, relation: v.relation, confidence: v.confidence })),
  );
  return { nodes, edges };
}
