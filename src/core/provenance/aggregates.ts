import { compareIds } from '../contract/order.js';
import { directionOf, isDerived } from './edges.js';
import type { ComparedPair, StoryMember } from './types.js';

export interface AggregateSource {
  id: string;
  /** Where the quoted lede starts on the aggregator page. */
  position: number;
  /** The quoted article belongs to another story. */
  outside: boolean;
}

/**
 * Aggregator pages: a page shaped like a list of headlines and snippets, or one quoting the ledes of
 * articles from several stories, and not a copy of any one article. `pairs` may reach outside the
 * story. Returns each with the articles it quotes in page order (none when they are not in the corpus).
 */
export function findAggregates(
  members: readonly StoryMember[],
  pairs: readonly ComparedPair[],
): Map<string, AggregateSource[]> {
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
      if (isDerived(direction) && memberSet.has(other)) copies.add(self);
      if (direction.verdict.relation !== 'lede') continue;
      const list = ledes.get(self) ?? [];
      const passages = pair.comparison.passages.map((p) => (pair.a === self ? p.start : p.sourceStart));
      list.push({ id: other, position: Math.min(...passages), outside: !memberSet.has(other) });
      ledes.set(self, list);
    }
  }
  const aggregates = new Map<string, AggregateSource[]>();
  const snippetPages = new Set(members.filter((m) => m.snippetPage).map((m) => m.id));
  for (const id of snippetPages) if (!ledes.has(id)) ledes.set(id, []);
  for (const [id, sources] of ledes) {
    // Reports of one event often open with the same wire or press-release sentence without being
    // aggregators: quoting ledes makes an aggregate on a page shaped like one, or across stories.
    const acrossStories = sources.length >= 2 && sources.some((s) => s.outside);
    if (copies.has(id) || !(snippetPages.has(id) || acrossStories)) continue;
    aggregates.set(
      id,
      sources.sort((x, y) => x.position - y.position || compareIds(x.id, y.id)),
    );
  }
  return aggregates;
}
