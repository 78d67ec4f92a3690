import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlesFromFeed, looksLikeFeed } from './feed.js';
import { xmlSyntaxError } from './xml-syntax.js';

const rss = (items: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Paper</title><link>https://paper.example/</link>${items}</channel></rss>`;

function summary(xml: string): unknown[] {
  return articlesFromFeed(xml, 'f.xml').map((result) =>
    result.ok ? result.value : result.issues.map(({ code, file, record }) => ({ code, file, record })),
  );
}

const cases: Array<{ name: string; xml: string; expected: unknown[] }> = [
  {
    name: 'RSS item: guid, link, pubDate as ISO, description HTML to text, channel title as outlet',
    xml: rss(
      '<item><guid>g1</guid><title>One</title><link>https://paper.example/1</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>' +
        '<description>&lt;p&gt;First &amp;amp; only.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item>',
    ),
    expected: [
      {
        id: 'g1',
        text: 'First & only.\n\nSecond.',
        title: 'One',
        url: 'https://paper.example/1',
        outlet: 'Paper',
        published: '2024-01-01T10:00:00.000Z',
      },
    ],
  },
  {
    name: 'RSS item without guid takes its link as id; one without text or id is an issue each',
    xml: rss(
      '<item><link>https://paper.example/2</link><description>Plain text.</description></item><item><guid>g3</guid></item><item><title>x</title></item>',
    ),
    expected: [
      { id: 'https://paper.example/2', text: 'Plain text.', url: 'https://paper.example/2', outlet: 'Paper' },
      [{ code: 'INPUT_EMPTY', file: 'f.xml', record: 'g3' }],
      [{ code: 'INPUT_MISSING_ID', file: 'f.xml', record: undefined }],
    ],
  },
  {
    name: 'Atom without a feed title: the outlet is the host of the feed link',
    xml:
      '<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://www.ledger.example/"/>' +
      '<entry><id>e1</id><title>E</title><updated>2024-05-05T05:05:05Z</updated><summary>Summary text.</summary></entry></feed>',
    expected: [
      { id: 'e1', text: 'Summary text.', title: 'E', outlet: 'ledger.example', published: '2024-05-05T05:05:05Z' },
    ],
  },
  {
    name: 'RSS 1.0 (RDF) items beside the channel',
    xml:
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel>' +
      '<item><title>I</title><link>https://r.example/i</link><description>Text.</description></item></rdf:RDF>',
    expected: [{ id: 'https://r.example/i', text: 'Text.', title: 'I', url: 'https://r.example/i', outlet: 'R' }],
  },
  {
    name: 'a feed with no items',
    xml: rss(''),
    expected: [[{ code: 'INPUT_EMPTY', file: 'f.xml', record: undefined }]],
  },
  {
    name: 'an XML document that is not a feed',
    xml: '<?xml version="1.0"?><urlset><url/></urlset>',
    expected: [[{ code: 'INPUT_INVALID_FEED', file: 'f.xml', record: undefined }]],
  },
  {
    name: 'mismatched tags',
    xml: rss('<item><title>x</item></title>'),
    expected: [[{ code: 'INPUT_INVALID_FEED', file: 'f.xml', record: undefined }]],
  },
];

for (const { name, xml, expected } of cases) {
  test(`articlesFromFeed: ${name}`, () => {
    assert.deepEqual(summary(xml), expected);
  });
}

const syntaxCases: Array<[string, string | undefined]> = [
  ['<a><b/><c x="1" y=\'>\'>t</c></a>', undefined],
  ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><!-- c --><a><![CDATA[<not a tag>]]></a>', undefined],
  ['<a><b></a>', '</a> closes <b>'],
  ['<a>', '<a> is never closed'],
  ['<a></a><b></b>', 'more than one root element'],
  ['<a>1 < 2</a>', 'broken tag at character 5'],
  ['<a><!-- open', 'unterminated markup at character 3'],
  ['just text', 'no root element'],
];

for (const [xml, expected] of syntaxCases) {
  test(`xmlSyntaxError(${JSON.stringify(xml)})`, () => {
    assert.equal(xmlSyntaxError(xml), expected);
  });
}

const sniffCases: Array<[string, boolean]> = [
  ['<rss version="2.0">', true],
  ['\uFEFF<?xml version="1.0"?>\n<!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', true],
  ['<rdf:RDF xmlns:rdf="x">', true],
  ['<!DOCTYPE html><html><body><rss>', false],
  ['<?xml version="1.0"?><urlset>', false],
  ['{"id": 1}', false],
];

for (const [content, expected] of sniffCases) {
  test(`looksLikeFeed(${JSON.stringify(content.slice(0, 30))}) is ${expected}`, () => {
    assert.equal(looksLikeFeed(content), expected);
  });
}
