import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Report } from '../core/contract/index.js';
import { articles, report } from './fixtures/small-report.js';
import { renderText } from './text.js';

test('derived articles are indented under their source with their key evidence', () => {
  const lines = renderText(report, articles).split('\n');
  assert.ok(lines.includes('Story s1 — Harbor City closes the Millbrook Bridge (6 articles)'));
  const spun = lines.find((line) => line.includes('a3  spun'));
  assert.equal(
    spun,
    '  ├─ a3  spun (0.97) from a1 — coverage 96%, 4 substitutions: council→administrative body, close→shut, ' +
      'Bridge→Span, trust→believe · newsfeed24.example, 2024-05-08 [synonym_substitution]',
  );
  // The summary of the spun copy hangs one level below it, behind the continuing branch of a1.
  assert.ok(lines.some((line) => line.startsWith('  │  └─ a4  summary (0.71) from a3 — coverage 62%')));
  assert.ok(lines.some((line) => line.startsWith('  └─ a6  aggregate (0.90) of a1, b1')));
  assert.ok(lines.some((line) => line.startsWith('    · a5  independent (0.82) — Valley Post, 2024-05-08')));
});

test('only the first five substitutions are listed', () => {
  const many: [string, string][] = Array.from({ length: 7 }, (_, i) => [`w${i}`, `v${i}`]);
  const spun = report.articles.find((v) => v.id === 'a3');
  assert.ok(spun !== undefined);
  const changed: Report = {
    ...report,
    articles: report.articles.map((v) => (v === spun ? { ...v, evidence: { ...v.evidence, substitutions: many } } : v)),
  };
  assert.match(renderText(changed, articles), /7 substitutions: w0→v0, w1→v1, w2→v2, w3→v3, w4→v4, … ·/);
});

test('terminal escapes and line breaks in untrusted metadata are neutralised', () => {
  const hostile = new Map<string, Article>(articles);
  hostile.set('a1', {
    id: 'a1',
    text: 'x',
    outlet: 'Evil\u001b[2J\u001b]0;pwned\u0007 Times\nFAKE LINE',
    published: '2024-01-01',
  });
  const story = { ...report.stories[0], title: 'Bridge\u202eevil\r\nStory a9  verbatim' } as Report['stories'][number];
  const output = renderText({ ...report, stories: [story, ...report.stories.slice(1)] }, hostile);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting none survive
  assert.doesNotMatch(output, /[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
  assert.ok(output.includes('Evil [2J ]0;pwned  Times FAKE LINE, 2024-01-01'.replace(/\s+/g, ' ')));
  assert.ok(output.includes('Story s1 — Bridge evil Story a9 verbatim (6 articles)'));
});

test('an empty report says so', () => {
  assert.equal(
    renderText({ version: 1, articles: [], stories: [] }, new Map()),
    'storytrace report — 0 articles in 0 stories\n',
  );
});

test('a machine rewrite with no source in the corpus shows its stock phrases', () => {
  const independent = report.articles.find((v) => v.id === 'a5');
  assert.ok(independent !== undefined);
  const rewrite = {
    ...independent,
    relation: 'paraphrase' as const,
    signals: ['machine_rewrite_style', 'source_not_in_corpus'],
    evidence: { ...independent.evidence, stylePhrases: ['turn of events', 'testament to', 'underscores'] },
  };
  const changed: Report = { ...report, articles: report.articles.map((v) => (v === independent ? rewrite : v)) };
  assert.match(
    renderText(changed, articles),
    /a5 {2}paraphrase \(0\.82\) — stock phrases: turn of events, testament to, underscores · Valley Post/,
  );
});
