import { compareIds } from '../contract/order.js';
import { creditsItself } from '../facts/index.js';
import { derivationEdge, directionOf, isDerived } from './edges.js';
import type { ComparedPair, DerivationEdge, StoryMember } from './types.js';

/** Share of a citing text's sentences its cited source must match for the citation to be a derivation. */
const CITED_MIN_MATCHED = 0.25;
/** A citing text this much shorter than its source condenses it. */
const CONDENSED_LENGTH = 0.6;
const CITED_CONFIDENCE = 0.75;

/**
 * For each member, the other members of the story it credits for its reporting: those whose outlet, or
 * whose page's own credit ("(Reuters) -"), is a name it cites ("according to Reuters"). A member that
 * answers to the name itself (Reuters' own copy saying "Reuters reported") cites nobody by it.
 */
export function citedMembers(members: readonly StoryMember[]): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  const answersTo = (m: StoryMember, name: string) =>
    creditsItself(name, m.outlet) ||
    (m.attribution?.carries !== undefined && creditsItself(name, m.attribution.carries));
  for (const member of members) {
    const names = (member.attribution?.cites ?? []).filter((name) => !answersTo(member, name));
    if (names.length === 0) continue;
    const sources = members
      .filter((m) => m.id !== member.id && names.some((name) => answersTo(m, name)))
      .map((m) => m.id)
      .sort(compareIds);
    if (sources.length > 0) cited.set(member.id, sources);
  }
  return cited;
}

/**
 * Derivation readings with what texts say of their sources. A text that credits another for its
 * reporting derives from it, never the reverse: readings the other way go, and where no rule read the
 * pair as a derivation, a citation with enough of the source's sentences behind it is one (a rewrite
 * that names its source, "Reuters reports", rewords more freely than the rules alone can trust).
 */
export function withCitations(
  edges: readonly DerivationEdge[],
  pairs: ReadonlyMap<string, ComparedPair>,
  cited: ReadonlyMap<string, readonly string[]>,
  key: (a: string, b: string) => string,
): DerivationEdge[] {
  const cites = (child: string, parent: string) => cited.get(child)?.includes(parent) === true;
  const kept = edges.filter((e) => !cites(e.parent, e.child));
  const read = new Set(kept.map((e) => `${e.child}\u0000${e.parent}`));
  const added: DerivationEdge[] = [];
  for (const [child, sources] of cited) {
    for (const parent of sources) {
      const pair = pairs.get(key(child, parent));
      if (pair === undefined || read.has(`${child}\u0000${parent}`)) continue;
      const edge = citationEdge(pair, child, parent);
      if (edge !== undefined) added.push(edge);
    }
  }
  return [...kept, ...added];
}

function citationEdge(pair: ComparedPair, child: string, parent: string): DerivationEdge | undefined {
  const direction = directionOf(pair, child);
  const f = direction.features;
  if (isDerived(direction) || f.sentencesMatchedA < CITED_MIN_MATCHED) return undefined;
  const condensed = f.wordsB > 0 && f.wordsA / f.wordsB <= CONDENSED_LENGTH;
  return derivationEdge(child, parent, {
    ...direction,
    verdict: {
      relation: condensed ? 'summary' : 'paraphrase',
      score: CITED_CONFIDENCE,
      signals: ['credits_source', 'sentence_alignment'],
    },
  });
}
