import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairFeatures, PairVerdict } from '../classify/index.js';
import { compareIds } from '../contract/order.js';
import { chooseRoot, spanningTree } from './tree.js';
import type { DerivationEdge, StoryMember } from './types.js';

const FEATURES: PairFeatures = {
  wordsA: 100,
  wordsB: 100,
  coverageA: 1,
  coverageB: 1,
  exactA: 1,
  exactB: 1,
  substitutionRate: 0,
  substitutions: 0,
  passages: 1,
  sentencesA: 5,
  sentencesMatchedA: 5,
  sentencesMatchedB: 5,
  sentenceSimilarity: 1,
  sentenceOrder: 1,
  topicSimilarity: 1,
  storySimilarity: 1,
  wordingRarity: 0,
  quotesLede: false,
};

function edge(child: string, parent: string, relation: PairVerdict['relation'], weight: number): DerivationEdge {
  return {
    child,
    parent,
    direction: { features: FEATURES, verdict: { relation, score: 1, signals: [] } },
    closeness: 1,
    weight,
  };
}

// Two verbatim copies, and a rewrite of either: nothing but an arbitrary rule can tell the copies apart.
const EDGES = [
  edge('copy-b', 'copy-a', 'verbatim', 5),
  edge('copy-a', 'copy-b', 'verbatim', 5),
  edge('rewrite', 'copy-b', 'paraphrase', 2.5),
  edge('rewrite', 'copy-a', 'paraphrase', 2.5),
];

function members(order: readonly string[]): Map<string, StoryMember> {
  return new Map(order.map((id, i) => [id, { id, seq: i + 1, headline: id, snippetPage: false }]));
}

test('equal candidates for root and parent are chosen by id, whatever the arrival and edge order', () => {
  for (const arrival of [
    ['copy-b', 'rewrite', 'copy-a'],
    ['copy-a', 'copy-b', 'rewrite'],
  ]) {
    for (const edges of [EDGES, [...EDGES].reverse()]) {
      const group = [...arrival];
      const root = chooseRoot(group, edges, members(arrival));
      assert.equal(root, 'copy-a');
      const tree = spanningTree(root, group, edges);
      assert.equal(tree.get('copy-b')?.parent, 'copy-a');
      assert.equal(tree.get('rewrite')?.parent, 'copy-a', 'the equally close source placed first: the root');
    }
  }
});

test('a text reached only by readings pointing the other way hangs under the placed text', () => {
  const tree = spanningTree('first', ['first', 'second'], [edge('first', 'second', 'summary', 2)]);
  assert.equal(tree.get('second')?.parent, 'first');
  assert.equal(tree.get('second')?.child, 'second');
});

/** Prim's tree by scanning every reading at each step: the plain definition the heap must match. */
function scannedTree(root: string, group: readonly string[], edges: readonly DerivationEdge[]) {
  const placedAt = new Map([[root, 0]]);
  const parentOf = new Map<string, DerivationEdge>();
  const before = (e: DerivationEdge, best: DerivationEdge): boolean => {
    if (e.weight !== best.weight) return e.weight > best.weight;
    const placedFirst = (placedAt.get(e.parent) ?? 0) - (placedAt.get(best.parent) ?? 0);
    return (placedFirst || compareIds(e.child, best.child)) < 0;
  };
  while (placedAt.size < group.length) {
    let best: DerivationEdge | undefined;
    for (const e of edges) {
      if (placedAt.has(e.child) || !placedAt.has(e.parent)) continue;
      if (best === undefined || before(e, best)) best = e;
    }
    if (best === undefined) {
      for (const e of edges) {
        if (!placedAt.has(e.child) || placedAt.has(e.parent)) continue;
        const flipped = { ...e, child: e.parent, parent: e.child };
        if (best === undefined || before(flipped, best)) best = flipped;
      }
      if (best === undefined) break;
    }
    placedAt.set(best.child, placedAt.size);
    parentOf.set(best.child, best);
  }
  return parentOf;
}

test('the tree grown from a heap is the tree a scan of every reading grows (random groups, many ties)', () => {
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const group = Array.from({ length: 2 + random(12) }, (_, i) => `t${i}`);
    const edges = Array.from({ length: random(40) }, () => {
      const child = group[random(group.length)] as string;
      const parent = group[random(group.length)] as string;
      return edge(child, parent, 'near_verbatim', 1 + random(3));
    }).filter((e) => e.child !== e.parent);
    const root = group[random(group.length)] as string;
    assert.deepEqual(spanningTree(root, group, edges), scannedTree(root, group, edges), `round ${round}`);
  }
});

test('of two undated near-identical twins, the one with a title or caption above the shared text is the copy', () => {
  // 'captioned' holds all of 'plain' (coverage 0.95 of it) after 12 words of its own; 'plain' holds
  // most of 'captioned' from its first word.
  const twins = (captionFirst: boolean): DerivationEdge[] => {
    const reading = (child: string, parent: string, leadA: number, leadB: number, coverageB: number) => ({
      ...edge(child, parent, 'near_verbatim', 4),
      direction: {
        features: { ...FEATURES, leadA, leadB, coverageB },
        verdict: { relation: 'near_verbatim' as const, score: 1, signals: [] },
      },
    });
    const edges = [reading('captioned', 'plain', 12, 0, 0.95), reading('plain', 'captioned', 0, 12, 0.9)];
    return captionFirst ? edges : [...edges].reverse();
  };
  for (const order of [true, false]) {
    assert.equal(chooseRoot(['captioned', 'plain'], twins(order), members(['captioned', 'plain'])), 'plain');
  }
  // A rewrite that rewords the lead is no copy with a caption: it holds too little of the other whole.
  const reworded = [
    {
      ...edge('human', 'rewrite', 'near_verbatim', 4),
      direction: {
        features: { ...FEATURES, leadA: 10, leadB: 0, coverageB: 0.7 },
        verdict: { relation: 'near_verbatim' as const, score: 1, signals: [] },
      },
    },
    {
      ...edge('rewrite', 'human', 'near_verbatim', 4),
      direction: {
        features: { ...FEATURES, leadA: 0, leadB: 10, coverageB: 0.53 },
        verdict: { relation: 'near_verbatim' as const, score: 1, signals: [] },
      },
    },
  ];
  // Nothing tells them apart, so the smaller id: the rule would have made the rewrite the root.
  assert.equal(chooseRoot(['rewrite', 'human'], reworded, members(['rewrite', 'human'])), 'human');
});
