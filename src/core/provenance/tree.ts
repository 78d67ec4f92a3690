import { UnionFind } from '../cluster/union-find.js';
import { BinaryHeap } from '../collections/binary-heap.js';
import { appendTo } from '../collections/multimap.js';
import { compareIds } from '../contract/order.js';
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

/** Words a copy's lead may add above the text it took (a title, a caption) before they tell the copy. */
const ADDED_LEAD_WORDS = 5;
const COPIES = new Set(['verbatim', 'near_verbatim']);
/** The share of the other twin a copy holds whole, above what it added: a rewrite rewords the lead instead. */
const WHOLE_IN_COPY = 0.9;

/**
 * The root of a group of texts derived from one another. With dates, the earliest. Without, what the
 * texts say first: the one the others credit for their reporting ("The Washington Post reported"),
 * then the one keeping an agency's dateline (republishers strip it as they edit the agency's copy).
 * Then the text the others agree on: copies each drift from the original in their own way
 * (boilerplate added, an end cut, words spun), so the original is the one closest to all of them;
 * one-way rules (a summary derives from the longer text, never the reverse) vote for their parent, and
 * so does the usual wording where a spin swapped words.
 */
export function chooseRoot(
  group: readonly string[],
  edges: readonly DerivationEdge[],
  members: ReadonlyMap<string, StoryMember>,
  cited: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  const citedBy = new Map<string, number>();
  for (const id of group) for (const source of cited.get(id) ?? []) citedBy.set(source, (citedBy.get(source) ?? 0) + 1);
  const dateline = (id: string) => (members.get(id)?.attribution?.dateline === undefined ? 0 : 1);
  const score = new Map<string, number>(group.map((id) => [id, 0]));
  const eitherWay = readBothWays(edges);
  for (const e of edges) {
    // A pair read both ways (a spin one way, a paraphrase the other) votes by closeness alone: the
    // names the rules give each reading say nothing of the direction.
    const oneWay = !eitherWay(e);
    // A spinner swaps usual words for rarer ones, so the side with the usual wording is the source
    // (capped: one pair, one vote). Paraphrasers often simplify instead, so only spins vote this way.
    const f = e.direction.features;
    const spin = e.direction.verdict.relation === 'spun' && f.substitutions >= 3;
    const wording = spin ? Math.max(-1, Math.min(1, f.wordingRarity)) : 0;
    // Of twins, the one with a title, caption or credit above the shared text is the copy that added it;
    // the whole of a truncated copy is still the source (what a copy drops comes at the end).
    const twins = !oneWay && COPIES.has(e.direction.verdict.relation);
    const whole = f.coverageB >= WHOLE_IN_COPY;
    const added = twins && whole && (f.leadA ?? 0) >= (f.leadB ?? 0) + ADDED_LEAD_WORDS ? 1 : 0;
    score.set(e.parent, (score.get(e.parent) ?? 0) + (oneWay ? e.weight + 2 : e.closeness) + 2 * wording + added);
  }
  return [...group].sort((x, y) => {
    const px = members.get(x)?.published ?? Number.POSITIVE_INFINITY;
    const py = members.get(y)?.published ?? Number.POSITIVE_INFINITY;
    if (px !== py) return px - py;
    const credited = (citedBy.get(y) ?? 0) - (citedBy.get(x) ?? 0) || dateline(y) - dateline(x);
    if (credited !== 0) return credited;
    const diff = (score.get(y) ?? 0) - (score.get(x) ?? 0);
    if (Math.abs(diff) > 1e-9) return diff;
    return compareIds(x, y);
  })[0] as string;
}

/** Whether a reading's pair is read as a derivation the other way too, among `edges`. */
export function readBothWays(edges: readonly DerivationEdge[]): (e: DerivationEdge) => boolean {
  const readings = new Set(edges.map((e) => `${e.child}\u0000${e.parent}`));
  return (e) => readings.has(`${e.parent}\u0000${e.child}`);
}

/** Groups of texts linked by any derivation reading, each with the readings between its texts. */
export function derivationGroups(
  ids: readonly string[],
  edges: readonly DerivationEdge[],
): { ids: string[]; edges: DerivationEdge[] }[] {
  const sets = new UnionFind();
  for (const id of ids) sets.add(id);
  for (const e of edges) sets.union(e.child, e.parent);
  const groups = sets.groups().map((group) => ({ ids: group, edges: [] as DerivationEdge[] }));
  const groupOf = new Map(groups.flatMap((group) => group.ids.map((id) => [id, group] as const)));
  for (const e of edges) groupOf.get(e.child)?.edges.push(e);
  return groups;
}

/**
 * Prim's maximum spanning tree grown from the root along derivation readings: each text hangs under
 * the closest text already placed, so a copy of a copy points at the copy it was made from. Between
 * equally close sources, the one placed first (nearer the root) wins; between equal children, the
 * smaller id: the tree never depends on the order of `edges` (the readings between the group's texts).
 * The readings that could place a text wait in a heap, so a story of thousands of copies is not
 * quadratic.
 */
export function spanningTree(
  root: string,
  group: readonly string[],
  edges: readonly DerivationEdge[],
): Map<string, DerivationEdge> {
  const placedAt = new Map([[root, 0]]);
  const parentOf = new Map<string, DerivationEdge>();
  const inGroup = new Set(group);
  const byParent = indexesBy(edges, (e) => e.parent);
  const byChild = indexesBy(edges, (e) => e.child);
  // `order` (the reading's place in `edges`) settles what nothing else does, as a scan of `edges` would.
  const before = (x: QueuedEdge, y: QueuedEdge): boolean => {
    if (x.edge.weight !== y.edge.weight) return x.edge.weight > y.edge.weight;
    const placedFirst = (placedAt.get(x.edge.parent) ?? 0) - (placedAt.get(y.edge.parent) ?? 0);
    const first = placedFirst || compareIds(x.edge.child, y.edge.child);
    return first !== 0 ? first < 0 : x.order < y.order;
  };
  const forward = new BinaryHeap(before);
  // Readings pointing the other way (the rules fired for "placed derives from new"): used only when no
  // forward reading places anything, to hang the new text under the placed one with that evidence.
  const flipped = new BinaryHeap(before);
  const place = (id: string): void => {
    for (const order of byParent.get(id) ?? []) forward.push({ edge: edges[order] as DerivationEdge, order });
    for (const order of byChild.get(id) ?? []) {
      const e = edges[order] as DerivationEdge;
      flipped.push({ edge: { ...e, child: e.parent, parent: e.child }, order });
    }
  };
  const nextUnplaced = (heap: BinaryHeap<QueuedEdge>): DerivationEdge | undefined => {
    for (let queued = heap.pop(); queued !== undefined; queued = heap.pop()) {
      if (!placedAt.has(queued.edge.child)) return queued.edge;
    }
    return undefined;
  };
  place(root);
  while (placedAt.size < inGroup.size) {
    const best = nextUnplaced(forward) ?? nextUnplaced(flipped);
    if (best === undefined) break;
    placedAt.set(best.child, placedAt.size);
    parentOf.set(best.child, best);
    place(best.child);
  }
  return parentOf;
}

interface QueuedEdge {
  edge: DerivationEdge;
  order: number;
}

function indexesBy(edges: readonly DerivationEdge[], end: (e: DerivationEdge) => string): Map<string, number[]> {
  const indexes = new Map<string, number[]>();
  edges.forEach((e, i) => {
    appendTo(indexes, end(e), i);
  });
  return indexes;
}
