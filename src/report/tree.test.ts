import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleVerdict, Relation, Report } from '../core/contract/index.js';
import { report } from './fixtures/small-report.js';
import { buildReportTrees, countRelations, type DerivationNode } from './tree.js';

function verdict(id: string, relation: Relation, source: string | null, story = 's1'): ArticleVerdict {
  return {
    id,
    story,
    relation,
    source,
    sources: source === null ? [] : [source],
    confidence: 0.5,
    signals: [],
    evidence: { coverage: 0.5, passages: [], substitutions: [] },
  };
}

const shape = (nodes: DerivationNode[]): unknown[] =>
  nodes.map((n) => (n.children.length === 0 ? n.verdict.id : { [n.verdict.id]: shape(n.children) }));

test('derivations hang under their sources, the original first, independents apart', () => {
  const [s1, s2] = buildReportTrees(report).stories;
  // a4 summarises the spun a3, so it sits one level deeper; siblings go by relation, then id.
  assert.deepEqual(shape(s1?.roots ?? []), [{ a1: ['a2', { a3: ['a4'] }, 'a6'] }]);
  assert.deepEqual(
    s1?.independents.map((v) => v.id),
    ['a5'],
  );
  assert.deepEqual(shape(s2?.roots ?? []), [{ b1: ['b2'] }]);
});

test('the tree does not depend on the order the engine listed articles in', () => {
  const reversed: Report = {
    ...report,
    articles: [...report.articles].reverse(),
    stories: report.stories.map((s) => ({ ...s, articles: [...s.articles].reverse() })),
  };
  assert.deepEqual(
    buildReportTrees(reversed).stories.map((t) => shape(t.roots)),
    buildReportTrees(report).stories.map((t) => shape(t.roots)),
  );
});

test('broken reports still show every article once: cycles, outside sources, no story', () => {
  const broken: Report = {
    version: 1,
    articles: [
      verdict('x1', 'spun', 'x2'), // x1 and x2 claim each other: a cycle with no root
      verdict('x2', 'verbatim', 'x1'),
      verdict('x3', 'summary', 'elsewhere'), // source outside the story: becomes a root
      verdict('x4', 'independent', null, 'none'), // listed in no story
    ],
    stories: [{ id: 's1', title: 'Broken', articles: ['x1', 'x2', 'x3', 'ghost'], original: null }],
  };
  const trees = buildReportTrees(broken);
  // The cycle is cut where the fixed sibling order meets it first: verbatim x2 sorts before spun x1.
  assert.deepEqual(shape(trees.stories[0]?.roots ?? []), ['x3', { x2: ['x1'] }]);
  assert.deepEqual(
    trees.unassigned.map((v) => v.id),
    ['x4'],
  );
});

test('relation counts cover every relation, zeros included', () => {
  assert.deepEqual(countRelations(report), [
    ['original', 2],
    ['independent', 1],
    ['verbatim', 1],
    ['near_verbatim', 0],
    ['spun', 1],
    ['paraphrase', 1],
    ['summary', 1],
    ['aggregate', 1],
  ]);
});
