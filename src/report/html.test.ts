import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, ArticleVerdict, Relation, Report } from '../core/contract/index.js';
import { articles, report } from './fixtures/small-report.js';
import { renderHtml } from './html.js';

const ALLOWED_TAGS = new Set(
  'html head meta title style body header main section h1 h2 h3 h4 p ul ol li a span b mark del ins details summary div dl dt dd'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href']);

/** Every tag in the page, with its attributes: escaped text has no `<`, so these are all ours. */
function tagsOf(html: string): { name: string; attributes: [string, string][] }[] {
  const body = html.replace(/^<!doctype html>/, '').replace(/<style>[^<]*<\/style>/, '<style></style>');
  return [...body.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: [...(m[2] ?? '').matchAll(/\s*([^\s=]+)(?:="([^"]*)")?/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
  }));
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(2)</script>',
  '<!-- comment --> javascript:alert(3)',
  '</textarea></details><iframe src="https://evil.example">',
].join(' ');

function hostileReport(): { report: Report; articles: Map<string, Article> } {
  const id = `evil${HOSTILE}`;
  const text = `Lede. ${HOSTILE} More text ${HOSTILE}.`;
  const hostileArticles = new Map<string, Article>([
    ['root', { id: 'root', text, title: HOSTILE, outlet: HOSTILE, url: `javascript:alert(1)//${HOSTILE}` }],
    [id, { id, text: `${text} Extra ${HOSTILE}`, title: HOSTILE, published: HOSTILE, url: 'https://evil.example/x' }],
  ]);
  const derived: ArticleVerdict = {
    id,
    story: HOSTILE,
    relation: `spun${HOSTILE}` as Relation,
    source: 'root',
    sources: ['root', HOSTILE],
    confidence: 0.5,
    signals: [HOSTILE],
    evidence: {
      coverage: 0.5,
      passages: [{ start: 0, end: 40, sourceStart: 0, sourceEnd: 40 }],
      substitutions: [[HOSTILE, HOSTILE]],
      scores: { [HOSTILE]: 1 },
      stylePhrases: [HOSTILE],
    },
  };
  const root: ArticleVerdict = { ...derived, id: 'root', relation: 'original', source: null, sources: [] };
  return {
    report: {
      version: 1,
      articles: [root, derived],
      stories: [{ id: HOSTILE, title: HOSTILE, articles: ['root', id], original: 'root' }],
    },
    articles: hostileArticles,
  };
}

test('hostile article text and metadata come out inert', () => {
  const hostile = hostileReport();
  const html = renderHtml(hostile.report, hostile.articles);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(img|iframe|textarea)/i);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text is shown, escaped');
  assert.ok(html.includes('&quot; onmouseover=&quot;alert(1)'));
  assert.ok(html.includes('&#39; onfocus=&#39;alert(1)'));
  for (const tag of tagsOf(html)) {
    assert.ok(ALLOWED_TAGS.has(tag.name), `unexpected tag <${tag.name}>`);
    for (const [name, value] of tag.attributes) {
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `unexpected attribute ${name} on <${tag.name}>`);
      if (name === 'href') assert.match(value, /^#[a-z0-9-]+$/, 'links only point inside the page');
      if (name === 'class' || name === 'id') assert.match(value, /^[a-z0-9 _-]+$/, `${name}="${value}"`);
    }
  }
  // An unknown relation still gets a class, but a fixed one.
  assert.ok(html.includes('class="badge rel-unknown"'));
});

test('the page is self-contained and forbids scripts by policy', () => {
  const html = renderHtml(report, articles);
  assert.ok(html.startsWith('<!doctype html>'));
  assert.match(
    html,
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/,
  );
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
  assert.doesNotMatch(html, /(src|href)="(?!#)/, 'no resource or link leaves the page');
  // The article's URL is shown as text only.
  assert.ok(html.includes('<dd>https://copy.example/bridge</dd>'));
});

test('a summary counts articles per relation and lists the stories', () => {
  const html = renderHtml(report, articles);
  assert.ok(html.includes('<li class="rel-spun">spun<b>1</b></li>'));
  assert.ok(html.includes('<li class="rel-near_verbatim zero">near_verbatim<b>0</b></li>'));
  assert.ok(html.includes('<a href="#story-2">Nordvolt recalls laptop chargers</a>'));
});

test('substituted words are marked inside aligned passages on both sides', () => {
  const html = renderHtml(report, articles);
  const spun = html.slice(html.indexOf('id="article-3"'), html.indexOf('id="article-4"'));
  assert.ok(spun.includes('Harbor City <del class="changed">council</del> voted'));
  assert.ok(spun.includes('Harbor City <ins class="changed">administrative body</ins> voted'));
  // "trust" is changed once and kept once: only the changed one is marked.
  assert.ok(spun.includes('<ins class="changed">believe</ins> a structure our own inspectors no longer trust,'));
});

test('an aggregate is shown against each of its sources, with the passages drawn from each', () => {
  const html = renderHtml(report, articles);
  const aggregate = html.slice(
    html.indexOf('id="article-6"'),
    html.indexOf('</details>', html.indexOf('id="article-6"')),
  );
  assert.ok(aggregate.includes('<h4>Source <a href="#article-1">a1</a>'));
  assert.ok(aggregate.includes('<h4>Source <a href="#article-7">b1</a>'));
  const [, againstA1, againstB1] = aggregate.split('<div class="sbs">');
  // Against a1 only the Harbor Times lede is aligned; against b1 only the Tech Wire one.
  assert.match(againstA1 ?? '', /<mark class="aligned"><span class="pn">1<\/span>Harbor City council/);
  assert.doesNotMatch(againstA1 ?? '', /<mark class="aligned"><span class="pn">\d<\/span>Nordvolt/);
  assert.match(againstB1 ?? '', /<mark class="aligned"><span class="pn">2<\/span>Nordvolt recalled/);
});

test('offsets past the end of a text and overlapping passages do not break the page', () => {
  const spun = report.articles.find((v) => v.id === 'a3');
  assert.ok(spun !== undefined);
  const odd: ArticleVerdict = {
    ...spun,
    evidence: {
      ...spun.evidence,
      passages: [
        { start: 5, end: 99_999, sourceStart: -10, sourceEnd: 99_999 },
        { start: 10, end: 20, sourceStart: 10, sourceEnd: 20 },
      ],
    },
  };
  const html = renderHtml({ ...report, articles: report.articles.map((v) => (v === spun ? odd : v)) }, articles);
  const section = html.slice(
    html.indexOf('<div class="sbs">', html.indexOf('id="article-3"')),
    html.indexOf('id="article-4"'),
  );
  assert.equal(section.match(/<mark class="aligned">/g)?.length, 2, 'one passage per side, the overlap dropped');
  assert.equal((section.match(/<mark /g) ?? []).length, (section.match(/<\/mark>/g) ?? []).length);
});

test('articles missing from the map are reported without text', () => {
  const html = renderHtml(report, new Map());
  assert.ok(html.includes('(text not available)'));
});
