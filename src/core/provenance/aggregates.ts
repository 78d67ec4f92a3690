import { directionOf, isDerived } from './edges.js';
import type { ComparedPair, StoryMember } from './types.js';

export interface AggregateSource {
  id: string;
  strength: number;
}

/**
 * Aggregator pages: a page shaped like a list of headlines and snippets, not a copy of any one
 * article. Returns each with the articles whose ledes it quotes, strongest first (none when its
 * sources are not in the corpus).
 */
export function findAggregates(members: readonly StoryMember[], pairs: readonly ComparedPair[]): Map<string, AggregateSource[]> {
  const memberSet = new Set(members.map((m) => m.id));
  const ledes = new Map<string, AggregateSource[]>();
  const copies = new Set<string>();
  for (const pair of pairs) {
    for (const [self, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      if (!memberSet.has(self)) continue;
      const direction = directionOf(pair, self);
      if (isDerived(direction)) copies.add(self);
      if (direction.verdict.relation !== 'lede') continue;
      const list = ledes.get(self) ?? [];
      list.push({ id: other, strength: direction.features.exactB });
      ledes.set(self, list);
    }
  }
  const aggregates = new Map<string, AggregateSource[]>();
  const snippetPages = new Set(members.filter((m) => m.snippetPage).map((m) => m.id));
  for (const id of snippetPages) if (!ledes.has(id)) ledes.set(id, []);
  for (const [id, sources] of ledes) {
    // Several articles opening with the same wire or press-release sentence share a lede without any
    // being an aggregator: quoting ledes makes an aggregate only on a page shaped like one.
    if (copies.has(id) || !snippetPages.has(id)) continue;
    aggregates.set(
      id,
      sources.sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1)),
    );
  }
  return aggregates;
}
