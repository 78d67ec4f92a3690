import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, ArticleVerdict } from '../core/contract/index.js';
import type { MarkedPassage } from './passage-diff.js';
import { type Segment, segmentsOf, sideBySide } from './side-by-side.js';

const spelled = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

test('table: a text cut at its passages, changed words and disputed spans', () => {
  const text = 'The mayor said "we will rebuild" on Sunday.';
  const passage: MarkedPassage = { start: 4, end: 32, label: 1, changed: [{ start: 10, end: 14 }] };
  const cases: { name: string; marks: MarkedPassage[]; disputed: Parameters<typeof segmentsOf>[2]; want: Segment[] }[] =
    [
      { name: 'nothing marked', marks: [], disputed: [], want: [{ text }] },
      {
        name: 'a passage with a changed word',
        marks: [passage],
        disputed: [],
        want: [
          { text: 'The ' },
          { text: 'mayor ', passage: 1 },
          { text: 'said', passage: 1, changed: true },
          { text: ' "we will rebuild"', passage: 1 },
          { text: ' on Sunday.' },
        ],
      },
      {
        name: 'a disputed quotation across a passage edge',
        marks: [passage],
        disputed: [{ start: 16, end: 35, kind: 'quote' }],
        want: [
          { text: 'The ' },
          { text: 'mayor ', passage: 1 },
          { text: 'said', passage: 1, changed: true },
          { text: ' "', passage: 1 },
          { text: 'we will rebuild"', passage: 1, differs: 'quote' },
          { text: ' on', differs: 'quote' },
          { text: ' Sunday.' },
        ],
      },
      {
        name: 'spans beyond the text are clamped',
        marks: [{ start: 38, end: 400, label: 2, changed: [] }],
        disputed: [{ start: -5, end: 3, kind: 'date' }],
        want: [
          { text: 'The', differs: 'date' },
          { text: ' mayor said "we will rebuild" on Su' },
          { text: 'nday.', passage: 2 },
        ],
      },
    ];
  for (const { name, marks, disputed, want } of cases) {
    assert.deepEqual(segmentsOf(text, marks, disputed), want, name);
  }
});

test('property: the segments spell the text exactly, mark what a plain search finds, and no two neighbours are shown alike', () => {
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
  for (let round = 0; round < 300; round++) {
    const text = 'word '.repeat(1 + random(40));
    const marks: MarkedPassage[] = [];
    let at = 0;
    while (at < text.length && marks.length < 4) {
      const start = at + random(10);
      const end = start + 1 + random(20);
      const changedStart = start + random(Math.max(1, end - start));
      marks.push({ start, end, label: marks.length + 1, changed: [{ start: changedStart, end }] });
      at = end;
    }
    const disputed = [{ start: random(text.length), end: random(text.length + 5), kind: 'figure' as const }];
    const segments = segmentsOf(text, marks, disputed);
    assert.equal(spelled(segments), text);
    // Each run is shown as a plain search over every span says its first character should be.
    let position = 0;
    for (const segment of segments) {
      const inside = <T extends { start: number; end: number }>(spans: readonly T[]) =>
        spans.find((s) => s.start <= position && position < Math.min(s.end, text.length));
      const mark = inside(marks);
      assert.equal(segment.passage, mark?.label);
      assert.equal(segment.changed, mark !== undefined && inside(mark.changed) !== undefined ? true : undefined);
      assert.equal(segment.differs, inside(disputed)?.kind);
      position += segment.text.length;
    }
    for (let i = 1; i < segments.length; i++) {
      const [a, b] = [segments[i - 1], segments[i]];
      assert.ok(
        a?.passage !== b?.passage || a?.changed !== b?.changed || a?.differs !== b?.differs,
        'neighbours differ',
      );
      assert.notEqual(b?.text, '');
    }
  }
});

test('an article beside its source: changed words on both sides and the altered quotation', () => {
  const source: Article = {
    id: 'src',
    text: 'Officials said the dam held. "We have never seen the river rise this fast," the mayor said.',
  };
  const article: Article = {
    id: 'copy',
    text: 'Authorities said the dam held. "We have never seen the river arise this fast," the mayor said.',
  };
  const verdict: ArticleVerdict = {
    id: 'copy',
    story: 's1',
    relation: 'spun',
    source: 'src',
    sources: ['src'],
    confidence: 0.9,
    signals: ['synonym_substitution'],
    evidence: {
      coverage: 1,
      passages: [{ start: 0, end: article.text.length, sourceStart: 0, sourceEnd: source.text.length }],
      substitutions: [
        ['Officials', 'Authorities'],
        ['rise', 'arise'],
      ],
    },
  };
  const view = sideBySide(verdict, article, source);
  assert.equal(view.passages, 1);
  assert.deepEqual(view.substitutions, verdict.evidence.substitutions);
  assert.equal(spelled(view.sides.article), article.text);
  assert.equal(spelled(view.sides.source), source.text);
  const changed = (segments: readonly Segment[]) => segments.filter((s) => s.changed).map((s) => s.text);
  assert.deepEqual(changed(view.sides.article), ['Authorities', 'arise']);
  assert.deepEqual(changed(view.sides.source), ['Officials', 'rise']);
  assert.deepEqual(
    view.discrepancies.map((d) => [d.kind, d.changes]),
    [['quote', [{ removed: 'rise', added: 'arise' }]]],
  );
  assert.ok(view.sides.article.some((s) => s.differs === 'quote' && s.changed && s.text === 'arise'));
});
