import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromHtml } from './html-article.js';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const story =
  '<article><p>The first paragraph of the story is long enough to be recognised as the article body by Readability, with plenty of words.</p>' +
  '<p>The second   paragraph\n   has   messy whitespace inside it and a <b>bold</b> word.</p></article>';

// Each row: a page and the fields expected from it; `text` is checked in full where given.
const cases: Array<{ name: string; html: string; url?: string; expected: Record<string, string | undefined> }> = [
  {
    name: 'paragraphs are separated by a blank line, whitespace inside them collapsed',
    html: page('<title>T</title>', story),
    expected: {
      text: 'The first paragraph of the story is long enough to be recognised as the article body by Readability, with plenty of words.\n\nThe second paragraph has messy whitespace inside it and a bold word.',
    },
  },
  {
    name: 'metadata from meta tags: og:title, og:site_name, article:published_time, canonical',
    html: page(
      '<title>Headline - Site</title><meta property="og:title" content="Headline"><meta property="og:site_name" content="The Site">' +
        '<meta property="article:published_time" content="2024-01-02T03:04:05Z"><link rel="canonical" href="https://www.site.example/a">',
      story,
    ),
    expected: {
      title: 'Headline',
      outlet: 'The Site',
      published: '2024-01-02T03:04:05Z',
      url: 'https://www.site.example/a',
    },
  },
  {
    name: 'JSON-LD datePublished in an @graph; outlet from the canonical host without www.',
    html: page(
      '<link rel="canonical" href="https://www.paper.example/story"><script type="application/ld+json">' +
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"LD headline","datePublished":"2022-07-08"}]}</script>',
      story,
    ),
    expected: { published: '2022-07-08', outlet: 'paper.example', url: 'https://www.paper.example/story' },
  },
  {
    name: '<time datetime> when no meta says the date; og:url resolved against the fallback url',
    html: page(
      '<meta property="og:url" content="/news/1">',
      `<time datetime="2021-05-06T07:08:09+02:00">6 May</time>${story}`,
    ),
    url: 'https://news.example/somewhere',
    expected: { published: '2021-05-06T07:08:09+02:00', url: 'https://news.example/news/1', outlet: 'news.example' },
  },
  {
    name: 'an unparseable date is dropped, not kept as written',
    html: page('<meta name="date" content="sometime last week">', story),
    expected: { published: undefined },
  },
  {
    name: 'a fragment without <html> or <body> is read',
    html: '<p>Just one short paragraph.</p>',
    expected: { text: 'Just one short paragraph.' },
  },
  {
    name: 'no Readability article: body text without navigation and footer',
    html: page('', '<nav>Home News Sport</nav><div>Short note.</div><footer>Contact us</footer>'),
    expected: { text: 'Short note.' },
  },
  {
    name: '<br> is a line break inside a paragraph; list items are paragraphs',
    html: page('', '<div><p>Line one<br>line two</p><ul><li>First item</li><li>Second item</li></ul></div>'),
    expected: { text: 'Line one\nline two\n\nFirst item\n\nSecond item' },
  },
];

for (const { name, html, url, expected } of cases) {
  test(`articleFromHtml: ${name}`, () => {
    const result = articleFromHtml(html, url === undefined ? { id: 'p' } : { id: 'p', url });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.value.id, 'p');
    for (const [field, value] of Object.entries(expected)) {
      assert.equal(result.value[field as keyof typeof result.value], value, field);
    }
  });
}

test('articleFromHtml: a page with no text is INPUT_EMPTY naming the record', () => {
  const result = articleFromHtml(
    page('<title>Empty</title><style>p{}</style>', '<script>alert(1)</script><nav>Menu</nav>'),
    {
      id: 'e',
    },
  );
  assert.deepEqual(result, {
    ok: false,
    issues: [{ code: 'INPUT_EMPTY', message: 'the page has no article text', record: 'e' }],
  });
});

// Readability alone takes minutes at this depth (and overflows the stack at 20,000); the guard skips it.
test('articleFromHtml: deeply nested markup is read quickly and without overflowing the stack', {
  timeout: 10_000,
}, () => {
  const depth = 2_000;
  const html = `${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`;
  const result = articleFromHtml(html, { id: 'deep' });
  assert.ok(result.ok);
  assert.equal(result.value.text, 'Deep text.');
});
