import type { MachineStyle } from '../classify/index.js';
import { appendTo } from '../collections/multimap.js';
import { compareIds } from '../contract/order.js';
import type { ArticleVerdict, Evidence, StorySummary } from '../contract/types.js';
import { findAggregates } from './aggregates.js';
import { citedMembers, withCitations } from './citations.js';
import { derivationEdges, orientPassages, orientSubstitutions } from './edges.js';
import { spinPhrasesVerdict } from './spin-phrases.js';
import { chooseRoot, derivationGroups, readBothWays, respectDates, spanningTree } from './tree.js';
import type { ComparedPair, DerivationEdge, StoryMember } from './types.js';

export interface TracedStory {
  story: StorySummary;
  verdicts: ArticleVerdict[];
}

const EMPTY_EVIDENCE: Evidence = { coverage: 0, passages: [], substitutions: [] };

/**
 * Provenance of one story (`pairs` may include pairs reaching other stories: aggregators quote across): aggregator pages first, then for each group of texts derived from one
 * another a root and a tree hanging every other text under its closest source. Roots with children are
 * originals; everything else derives from nothing in the corpus and is an independent report, unless it
 * shows a spinner's swapped phrases against other reports of the story, or reads as machine-rewritten
 * news: then its source lies outside the corpus. `cited` is what `citedMembers` reads of `members`, for a
 * caller that has read it already.
 */
export function traceStory(
  storyId: string,
  members: readonly StoryMember[],
  pairs: readonly ComparedPair[],
  cited: ReadonlyMap<string, readonly string[]> = citedMembers(members),
): TracedStory {
  const byId = new Map(members.map((m) => [m.id, m]));
  const ids = [...members].sort((x, y) => x.seq - y.seq).map((m) => m.id);
  const local = pairs.filter((p) => byId.has(p.a) && byId.has(p.b));
  const pairOf = new Map(local.map((p) => [key(p.a, p.b), p]));
  const aggregates = findAggregates(members, pairs);
  const touching = new Map(pairs.map((p) => [key(p.a, p.b), p]));
  const edges = respectDates(
    withCitations(derivationEdges(local), pairOf, cited, key).filter(
      (e) => !aggregates.has(e.child) && !aggregates.has(e.parent),
    ),
    byId,
  );
  // A pair read as a derivation both ways, with no dates to settle it, could have gone either way.
  const eitherWay = readBothWays(edges);
  const verdicts = new Map<string, ArticleVerdict>();
  let mainRoot: { id: string; size: number } | undefined;

  for (const { ids: group, edges: readings } of derivationGroups(
    ids.filter((id) => !aggregates.has(id)),
    edges,
  )) {
    if (group.length < 2) continue;
    const root = chooseRoot(group, readings, byId, cited);
    const tree = spanningTree(root, group, readings);
    for (const [child, edge] of tree) {
      const verdict = derivedVerdict(storyId, edge, pairOf);
      verdicts.set(child, eitherWay(edge) ? unsureOfDirection(verdict) : verdict);
    }
    const children = tree.size;
    const rootUnsure = [...tree.values()].some((e) => e.parent === root && eitherWay(e));
    verdicts.set(root, {
      id: root,
      story: storyId,
      relation: children > 0 ? 'original' : 'independent',
      source: null,
      sources: [],
      confidence: round(
        Math.min(
          rootUnsure ? DIRECTION_UNSURE : 1,
          0.5 + 0.4 * Math.max(...[...tree.values()].map((e) => e.direction.verdict.score), 0),
        ),
      ),
      signals: children > 0 ? ['has_derivatives'] : [],
      evidence: { ...EMPTY_EVIDENCE, scores: { derivatives: children } },
    });
    if (
      children > 0 &&
      (mainRoot === undefined ||
        group.length > mainRoot.size ||
        (group.length === mainRoot.size && compareIds(root, mainRoot.id) < 0))
    )
      mainRoot = { id: root, size: group.length };
  }

  for (const [id, sources] of aggregates) {
    const quoted = sources.map((s) => s.id);
    const passages = sources.flatMap((s) => {
      const pair = touching.get(key(id, s.id));
      return pair ? orientPassages(pair.comparison.passages, pair, id) : [];
    });
    const words = passages.reduce((sum, p) => sum + (p.end - p.start), 0);
    const first = sources[0];
    verdicts.set(id, {
      id,
      story: storyId,
      relation: 'aggregate',
      source: first?.id ?? null,
      sources: quoted,
      confidence: quoted.length > 1 ? 0.8 : 0.6,
      signals: [
        ...(quoted.length > 0 ? ['lede_reuse'] : []),
        ...(quoted.length > 1 ? ['multiple_sources'] : []),
        ...(byId.get(id)?.snippetPage ? ['snippet_page'] : []),
      ],
      evidence: { coverage: 0, passages, substitutions: [], scores: { sources: quoted.length, passageChars: words } },
    });
  }

  const swapsOf = pairsWithSwaps(local);
  for (const id of ids) {
    const verdict = verdicts.get(id);
    if (verdict !== undefined && verdict.relation !== 'independent') continue;
    const spun = spinPhrasesVerdict(storyId, id, swapsOf.get(id) ?? [], byId.get(id)?.lexiconPhrases);
    const style = byId.get(id)?.machineStyle;
    verdicts.set(
      id,
      spun !== undefined
        ? spun
        : style !== undefined
          ? machineRewriteVerdict(storyId, id, style)
          : (verdict ?? {
              id,
              story: storyId,
              relation: 'independent',
              source: null,
              sources: [],
              // On the labelled sets, 81–98% of the texts no rule finds reuse in are indeed independent.
              confidence: 0.8,
              signals: ['no_reuse_found'],
              evidence: EMPTY_EVIDENCE,
            }),
    );
  }
  const original = mainRoot?.id ?? earliest(members)?.id ?? null;
  const story: StorySummary = {
    id: storyId,
    title: (original === null ? undefined : byId.get(original)?.headline) ?? '',
    articles: ids,
    original,
  };
  return { story, verdicts: ids.map((id) => withLanguage(verdicts.get(id) as ArticleVerdict, byId)) };
}

/**
 * How sure a derivation can be when the texts could be each other's source: two near-identical texts
 * with no dates are a copy and its original, but which is which is a guess (on the labelled web copies,
 * a third of such guesses were wrong).
 */
const DIRECTION_UNSURE = 0.7;

function unsureOfDirection(verdict: ArticleVerdict): ArticleVerdict {
  return { ...verdict, confidence: Math.min(verdict.confidence, DIRECTION_UNSURE) };
}

function derivedVerdict(storyId: string, edge: DerivationEdge, pairOf: Map<string, ComparedPair>): ArticleVerdict {
  const pair = pairOf.get(key(edge.child, edge.parent)) as ComparedPair;
  const { verdict, features } = edge.direction;
  const rewrite = verdict.relation === 'paraphrase' || verdict.relation === 'summary';
  const passages = orientPassages(rewrite ? pair.comparison.sentencePairs : pair.comparison.passages, pair, edge.child);
  return {
    id: edge.child,
    story: storyId,
    relation: verdict.relation as ArticleVerdict['relation'],
    source: edge.parent,
    sources: [edge.parent],
    confidence: verdict.score,
    signals: verdict.signals,
    evidence: {
      coverage: round(rewrite ? features.sentencesMatchedA : features.coverageA),
      passages,
      substitutions:
        verdict.relation === 'spun' || verdict.relation === 'near_verbatim'
          ? orientSubstitutions(pair, edge.child)
          : [],
      scores: {
        exactCoverage: round(features.exactA),
        sourceCoverage: round(features.coverageB),
        substitutionRate: round(features.substitutionRate),
        sentenceMatch: round(features.sentencesMatchedA),
        sentenceSimilarity: round(features.sentenceSimilarity),
        topicSimilarity: round(features.topicSimilarity),
        lengthRatio: round(features.wordsB === 0 ? 0 : features.wordsA / features.wordsB),
      },
    },
  };
}

/**
 * A text nothing in the corpus explains, written in the stock phrases of machine-rewritten news: a
 * rewrite of a source outside the corpus, so derived, with no source to name.
 */
function machineRewriteVerdict(storyId: string, id: string, style: MachineStyle): ArticleVerdict {
  return {
    id,
    story: storyId,
    relation: style.condensed ? 'summary' : 'paraphrase',
    source: null,
    sources: [],
    confidence: round(Math.min(0.85, 0.5 + style.density / 10)),
    signals: ['machine_rewrite_style', 'source_not_in_corpus'],
    evidence: {
      ...EMPTY_EVIDENCE,
      scores: { styleDensity: round(style.density), stylePhrases: style.phrases.length },
      stylePhrases: style.phrases,
    },
  };
}

/**
 * The verdict with its text's language, and `cross_lingual` when it derives from a text in another: a
 * translation that aligns with its source.
 */
function withLanguage(verdict: ArticleVerdict, members: ReadonlyMap<string, StoryMember>): ArticleVerdict {
  const language = members.get(verdict.id)?.language;
  if (language === undefined) return verdict;
  const sourceLanguage = verdict.source === null ? undefined : members.get(verdict.source)?.language;
  const translated = sourceLanguage !== undefined && sourceLanguage !== language;
  return { ...verdict, language, ...(translated ? { signals: [...verdict.signals, 'cross_lingual'] } : {}) };
}

/** For each article, the pairs in which it has swapped phrases. */
function pairsWithSwaps(pairs: readonly ComparedPair[]): Map<string, ComparedPair[]> {
  const byArticle = new Map<string, ComparedPair[]>();
  for (const pair of pairs) {
    if ((pair.comparison.ab.swapPhrases?.length ?? 0) > 0) appendTo(byArticle, pair.a, pair);
    if ((pair.comparison.ba.swapPhrases?.length ?? 0) > 0) appendTo(byArticle, pair.b, pair);
  }
  return byArticle;
}

function earliest(members: readonly StoryMember[]): StoryMember | undefined {
  return [...members].sort(
    (x, y) =>
      (x.published ?? Number.POSITIVE_INFINITY) - (y.published ?? Number.POSITIVE_INFINITY) || compareIds(x.id, y.id),
  )[0];
}

export function key(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
