import type { ArticleVerdict, Relation, Report, StorySummary } from '../core/contract/index.js';

/** One article in a story's derivation tree, with the articles derived from it. */
export interface DerivationNode {
  verdict: ArticleVerdict;
  children: DerivationNode[];
}

export interface StoryTree {
  story: StorySummary;
  /** The original first, then any other article whose source lies outside the story. */
  roots: DerivationNode[];
  /** Own reporting of the story: nothing derives from these. */
  independents: ArticleVerdict[];
}

export interface ReportTrees {
  stories: StoryTree[];
  /** Verdicts listed in no story (the contract forbids it; shown rather than dropped). */
  unassigned: ArticleVerdict[];
}

const RELATION_ORDER: Readonly<Record<Relation, number>> = {
  original: 0,
  independent: 1,
  verbatim: 2,
  near_verbatim: 3,
  spun: 4,
  paraphrase: 5,
  summary: 6,
  aggregate: 7,
};

/** Siblings read in a fixed order whatever order the engine listed them in: by relation, then id. */
export function compareVerdicts(a: ArticleVerdict, b: ArticleVerdict): number {
  const byRelation = (RELATION_ORDER[a.relation] ?? 99) - (RELATION_ORDER[b.relation] ?? 99);
  return byRelation !== 0 ? byRelation : a.id.localeCompare(b.id, 'en', { numeric: true });
}

function buildStoryTree(story: StorySummary, verdicts: ReadonlyMap<string, ArticleVerdict>): StoryTree {
  const members = [...new Set(story.articles)]
    .map((id) => verdicts.get(id))
    .filter((v): v is ArticleVerdict => v !== undefined)
    .sort(compareVerdicts);
  const inStory = new Set(members.map((v) => v.id));
  const childrenOf = new Map<string, ArticleVerdict[]>();
  for (const verdict of members) {
    if (verdict.source === null || !inStory.has(verdict.source) || verdict.source === verdict.id) continue;
    childrenOf.set(verdict.source, [...(childrenOf.get(verdict.source) ?? []), verdict]);
  }
  const placed = new Set<string>();
  const grow = (verdict: ArticleVerdict): DerivationNode => {
    placed.add(verdict.id);
    const children = (childrenOf.get(verdict.id) ?? []).filter((child) => !placed.has(child.id));
    for (const child of children) placed.add(child.id);
    return { verdict, children: children.map(grow) };
  };
  const isLeafIndependent = (v: ArticleVerdict) => v.relation === 'independent' && !childrenOf.has(v.id);
  const independents = members.filter(isLeafIndependent);
  const rootCandidates = members.filter(
    (v) => !isLeafIndependent(v) && (v.source === null || !inStory.has(v.source) || v.source === v.id),
  );
  rootCandidates.sort((a, b) => Number(b.id === story.original) - Number(a.id === story.original));
  const roots = rootCandidates.map(grow);
  for (const v of independents) placed.add(v.id);
  // Whatever a source cycle left unreached still gets shown, as a root of its own.
  for (const verdict of members) if (!placed.has(verdict.id)) roots.push(grow(verdict));
  return { story, roots, independents };
}

export function buildReportTrees(report: Report): ReportTrees {
  const verdicts = new Map(report.articles.map((v) => [v.id, v]));
  const listed = new Set(report.stories.flatMap((s) => s.articles));
  return {
    stories: report.stories.map((story) => buildStoryTree(story, verdicts)),
    unassigned: report.articles.filter((v) => !listed.has(v.id)).sort(compareVerdicts),
  };
}

/** Articles per relation, in the contract's relation order, zeros included. */
export function countRelations(report: Report): [Relation, number][] {
  const counts = new Map<Relation, number>();
  for (const verdict of report.articles) counts.set(verdict.relation, (counts.get(verdict.relation) ?? 0) + 1);
  return (Object.keys(RELATION_ORDER) as Relation[]).map((relation) => [relation, counts.get(relation) ?? 0]);
}
