import { UnionFind } from '../cluster/union-find.js';
import type { DerivationEdge, StoryMember } from './types.js';

/** Drops readings that contradict publication dates: a text cannot derive from a later one. */
export function respectDates(
  edges: readonly DerivationEdge[],
  members: ReadonlyMap<string, StoryMember>,
): DerivationEdge[] {
  return edges.filter((e) => {
    const child = members.get(e.child)?.published;
    const parent = members.get(e.parent)?.published;
    return child === undefined || parent === undefined || parent <= child;
  });
}

/**
 * The root of a group of texts derived from one another. With dates, the earliest. Without, the text
 * the others agree on: copies each drift from the original in their own way (boilerplate added, an end
 * cut, words spun), so the original is the one closest to all of them; one-way rules (a summary
 * derives from the longer text, never the reverse) vote for their parent, and so does the usual
 * wording where a spin swapped words.
 */
export function chooseRoot(
  group: readonly string[],
  edges: readonly DerivationEdge[],
  members: ReadonlyMap<string, StoryMember>,
): string {
  const score = new Map<string, number>(group.map((id) => [id, 0]));
  const readings = new Set(edges.map((e) => `${e.child}\u0000${e.parent}`));
  for (const e of edges) {
    // A pair read both ways (a spin one way, a paraphrase the other) votes by closeness alone: the
    // names the rules give each reading say nothing of the direction.
    const oneWay = !readings.has(`${e.parent}\u0000${e.child}`);
    // A spinner swaps usual words for rarer ones, so the side with the usual wording is the source
    // (capped: one pair, one vote). Paraphrasers often simplify instead, so only spins vote this way.
    const f = e.direction.features;
    const spin = e.direction.verdict.relation === 'spun' && f.substitutions >= 3;
    const wording = spin ? Math.max(-1, Math.min(1, f.wordingRarity)) : 0;
    score.set(e.parent, (score.get(e.parent) ?? 0) + (oneWay ? e.weight + 2 : e.closeness) + 2 * wording);
  }
  return [...group].sort((x, y) => {
    const px = members.get(x)?.published ?? Number.POSITIVE_INFINITY;
    const py = members.get(y)?.published ?? Number.POSITIVE_INFINITY;
    if (px !== py) return px - py;
    const diff = (score.get(y) ?? 0) - (score.get(x) ?? 0);
    if (Math.abs(diff) > 1e-9) return diff;
    return (members.get(x)?.seq ?? 0) - (members.get(y)?.seq ?? 0);
  })[0] as string;
}

/** Groups of texts linked by any derivation reading. */
export function derivationGroups(ids: readonly string[], edges: readonly DerivationEdge[]): string[][] {
  const sets = new UnionFind();
  for (const id of ids) sets.add(id);
  for (const e of edges) sets.union(e.child, e.parent);
  return sets.groups();
}

/**
 * Prim's maximum spanning tree grown from the root along derivation readings: each text hangs under
 * the closest text already placed, so a copy of a copy points at the copy it was made from.
 */
export function spanningTree(
  root: string,
  group: readonly string[],
  edges: readonly DerivationEdge[],
  members: ReadonlyMap<string, StoryMember>,
): Map<string, DerivationEdge> {
  const placed = new Set([root]);
  const parentOf = new Map<string, DerivationEdge>();
  const inGroup = new Set(group);
  const local = edges.filter((e) => inGroup.has(e.child) && inGroup.has(e.parent));
  while (placed.size < inGroup.size) {
    let best: DerivationEdge | undefined;
    for (const e of local) {
      if (placed.has(e.child) || !placed.has(e.parent)) continue;
      if (
        best === undefined ||
        e.weight > best.weight ||
        (e.weight === best.weight && seq(e.child) < seq(best.child))
      ) {
        best = e;
      }
    }
    if (best === undefined) {
      // Only readings pointing the other way remain (the rules fired for "placed derives from new"):
      // hang the new text under the placed one anyway, with that reading's evidence.
      const reverse = local.find((e) => placed.has(e.child) && !placed.has(e.parent));
      if (reverse === undefined) break;
      best = { ...reverse, child: reverse.parent, parent: reverse.child };
    }
    placed.add(best.child);
    parentOf.set(best.child, best);
  }
  return parentOf;

  function seq(id: string): number {
    return members.get(id)?.seq ?? 0;
  }
}
