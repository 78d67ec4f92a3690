import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PairFeatures, PairVerdict } from '../classify/index.js';
import { citedMembers, withCitations } from './citations.js';
import { derivationEdge } from './edges.js';
import { key } from './trace.js';
import { chooseRoot } from './tree.js';
import type { ComparedPair, DerivationEdge, StoryMember } from './types.js';

const member = (id: string, extra: Partial<StoryMember> = {}): StoryMember => ({
  id,
  seq: 1,
  headline: id,
  snippetPage: false,
  ...extra,
});

const LOOSE: PairFeatures = {
  wordsA: 200,
  wordsB: 220,
  coverageA: 0.1,
  coverageB: 0.1,
  exactA: 0.1,
  exactB: 0.1,
  substitutionRate: 0,
  substitutions: 0,
  passages: 1,
  sentencesA: 10,
  sentencesMatchedA: 0.3,
  sentencesMatchedB: 0.3,
  sentenceSimilarity: 0.3,
  sentenceOrder: 1,
  topicSimilarity: 0.3,
  storySimilarity: 0.4,
  wordingRarity: 0,
  quotesLede: false,
};
const RELATED: PairVerdict = { relation: 'related', score: 0.4, signals: ['shared_rare_terms'] };

/** A pair no rule reads as a derivation, with these features for "a derives from b". */
function pair(a: string, b: string, ab: Partial<PairFeatures> = {}): ComparedPair {
  return {
    a,
    b,
    comparison: {
      topic: 0.3,
      ab: { features: { ...LOOSE, ...ab }, verdict: RELATED },
      ba: { features: LOOSE, verdict: RELATED },
      passages: [],
      sentencePairs: [],
      substitutions: [],
    },
  };
}

const pairsOf = (...pairs: ComparedPair[]) => new Map(pairs.map((p) => [key(p.a, p.b), p]));

describe('citedMembers', () => {
  const wire = member('wire', { outlet: 'nasdaq.com', attribution: { dateline: 'Reuters', carries: 'Reuters' } });
  const post = member('post', { outlet: 'washingtonpost.com' });
  const cases: [string, StoryMember[], Record<string, string[]>][] = [
    [
      'by the outlet that published it',
      [post, member('local', { attribution: { cites: ['The Washington Post'] } })],
      { local: ['post'] },
    ],
    [
      'by the agency whose copy it carries',
      [wire, member('blog', { attribution: { cites: ['Reuters'] } })],
      { blog: ['wire'] },
    ],
    [
      'never by itself: the agency citing its own reporting',
      [member('own', { attribution: { dateline: 'Reuters', carries: 'Reuters', cites: ['Reuters'] } }), wire],
      {},
    ],
    ['nobody when the outlet is not in the story', [post, member('blog', { attribution: { cites: ['Axios'] } })], {}],
  ];
  for (const [name, members, expected] of cases) {
    it(name, () => assert.deepEqual(Object.fromEntries(citedMembers(members)), expected));
  }
});

describe('withCitations', () => {
  const cited = new Map([['blog', ['wire']]]);
  const reading = (child: string, parent: string, relation: PairVerdict['relation']): DerivationEdge =>
    derivationEdge(child, parent, { features: LOOSE, verdict: { relation, score: 0.8, signals: [] } });

  it('reads a citation with enough matched sentences as a rewrite of the source cited', () => {
    const edges = withCitations([], pairsOf(pair('blog', 'wire')), cited, key);
    assert.equal(edges.length, 1);
    assert.deepEqual(
      [edges[0]?.child, edges[0]?.parent, edges[0]?.direction.verdict.relation],
      ['blog', 'wire', 'paraphrase'],
    );
    assert.deepEqual(edges[0]?.direction.verdict.signals, ['credits_source', 'sentence_alignment']);
  });

  it('reads a much shorter citing text as a summary', () => {
    const edges = withCitations([], pairsOf(pair('blog', 'wire', { wordsA: 80 })), cited, key);
    assert.equal(edges[0]?.direction.verdict.relation, 'summary');
  });

  it('reads nothing into a citation with too little of the source behind it', () => {
    assert.deepEqual(withCitations([], pairsOf(pair('blog', 'wire', { sentencesMatchedA: 0.2 })), cited, key), []);
  });

  it('turns away readings that make the source derive from the text citing it, keeps the rules own', () => {
    const ruled = [reading('blog', 'wire', 'near_verbatim'), reading('wire', 'blog', 'near_verbatim')];
    const edges = withCitations(ruled, pairsOf(pair('blog', 'wire')), cited, key);
    assert.deepEqual(
      edges.map((e) => [e.child, e.parent, e.direction.verdict.relation]),
      [['blog', 'wire', 'near_verbatim']],
    );
  });
});

describe('chooseRoot with what texts say of their sources', () => {
  const near = (child: string, parent: string, closeness: number): DerivationEdge => ({
    ...derivationEdge(child, parent, {
      features: LOOSE,
      verdict: { relation: 'near_verbatim', score: 0.8, signals: [] },
    }),
    closeness,
  });
  // 'long' is the closest to everything: without other signs it is the root.
  const edges = [
    near('short', 'long', 0.9),
    near('long', 'short', 0.4),
    near('other', 'long', 0.9),
    near('long', 'other', 0.4),
  ];
  const group = ['long', 'other', 'short'];

  it('takes the text the others agree on when none says anything', () => {
    const members = new Map(group.map((id) => [id, member(id)]));
    assert.equal(chooseRoot(group, edges, members), 'long');
  });

  it('takes the text keeping an agency dateline over the closest', () => {
    const members = new Map(group.map((id) => [id, member(id)]));
    members.set('short', member('short', { attribution: { dateline: 'Reuters', carries: 'Reuters' } }));
    assert.equal(chooseRoot(group, edges, members), 'short');
  });

  it('takes the text the others credit over the dateline', () => {
    const members = new Map(group.map((id) => [id, member(id)]));
    members.set('short', member('short', { attribution: { dateline: 'Reuters', carries: 'Reuters' } }));
    assert.equal(chooseRoot(group, edges, members, new Map([['long', ['other']]])), 'other');
  });

  it('takes the earliest text first, whatever the texts say', () => {
    const members = new Map(group.map((id) => [id, member(id)]));
    members.set('long', member('long', { published: 1 }));
    members.set('other', member('other', { published: 2 }));
    members.set('short', member('short', { published: 3, attribution: { dateline: 'Reuters' } }));
    assert.equal(chooseRoot(group, edges, members, new Map([['long', ['other']]])), 'long');
  });
});
