import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairFeatures, PairVerdict } from '../classify/index.js';
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
