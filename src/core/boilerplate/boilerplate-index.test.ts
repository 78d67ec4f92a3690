import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoilerplateIndex } from './boilerplate-index.js';
import { isKnownBoilerplate } from './known-patterns.js';

const FOOTER = 'Get breaking alerts from the Valley Courier';

/** A paragraph long enough (over 20 words) to count as article prose. */
const prose = (topic: string, detail: string): string =>
  `${topic} was the main concern of residents who spoke at the meeting on Tuesday evening, where officials explained ${detail} in some detail.`;

const unrelated = [
  `Council approves ferry timetable\n${prose('The ferry timetable', 'the new winter sailings')}\n${FOOTER}`,
  `Storm closes mountain pass\n${prose('The closed pass', 'why the snow ploughs had not arrived')}\n${FOOTER}`,
  `Chip maker recalls laptops\n${prose('The laptop recall', 'how batteries may overheat')}\n${FOOTER}`,
];

function spanTexts(index: BoilerplateIndex, text: string): string[] {
  return index.spans(text).map(({ start, end }) => text.slice(start, end));
}

function indexOf(articles: Record<string, string>, options = {}): BoilerplateIndex {
  const index = new BoilerplateIndex(options);
  for (const [id, text] of Object.entries(articles)) index.add(id, text);
  return index;
}

const story = [
  'Harbour bridge reopens after repairs',
  prose('The harbour bridge', 'the eleven weeks of repairs to its steel deck'),
  'Cyclists get their own lane from June.',
  prose('The closure', 'how shop takings had fallen by a third'),
].join('\n');

// Each row: the articles indexed, the text asked about, and the lines expected as boilerplate (and why).
const cases: Array<{ name: string; articles: Record<string, string>; text: string; expected: string[] }> = [
  {
    name: 'a footer under three unrelated stories is boilerplate',
    articles: { a: unrelated[0] ?? '', b: unrelated[1] ?? '', c: unrelated[2] ?? '' },
    text: unrelated[0] ?? '',
    expected: [FOOTER],
  },
  {
    name: 'two articles are not enough (minArticles 3)',
    articles: { a: unrelated[0] ?? '', b: unrelated[1] ?? '' },
    text: unrelated[0] ?? '',
    expected: [],
  },
  {
    name: 'every line of an article shared by its verbatim copies stays article text',
    articles: { original: story, copy1: story, copy2: story, copy3: `${story}\nShare this article` },
    text: `${story}\nShare this article`,
    expected: ['Share this article'],
  },
  {
    name: 'copies of a brief made only of short lines stay article text',
    articles: Object.fromEntries(
      ['a', 'b', 'c', 'd'].map((id) => [id, 'Mill to close\nTwo hundred jobs go.\nThe owners blamed costs.']),
    ),
    text: 'Mill to close\nTwo hundred jobs go.\nThe owners blamed costs.',
    expected: [],
  },
  {
    name: 'copies of one story beside the footer: only the footer is boilerplate',
    articles: {
      a: unrelated[0] ?? '',
      b: unrelated[1] ?? '',
      c: unrelated[2] ?? '',
      s1: `${story}\n${FOOTER}`,
      s2: `${story}\n${FOOTER}`,
    },
    text: `${story}\n${FOOTER}`,
    expected: [FOOTER],
  },
  {
    name: 'a short lede carried by an article, its copy and one aggregator is not boilerplate',
    articles: {
      original: story,
      copy: story,
      aggregate: `Harbour bridge reopens after repairs\n${prose('The election count', 'the delays at two polling stations')}`,
    },
    text: story,
    expected: [],
  },
  {
    name: 'a long line repeated across unrelated articles is prose, not repetition boilerplate',
    articles: Object.fromEntries(
      ['x', 'y', 'z'].map((id) => [
        id,
        `${prose(`Topic ${id}`, `matter ${id}`)}\n${prose('The shared passage', 'the same thing')}`,
      ]),
    ),
    text: prose('The shared passage', 'the same thing'),
    expected: [],
  },
  {
    name: 'known patterns are found with an empty index',
    articles: {},
    text: `Advertisement\n${prose('The bridge', 'the works')}\n(AP Photo/Evan Vucci)`,
    expected: ['Advertisement', '(AP Photo/Evan Vucci)'],
  },
  {
    name: 'the repeated line matches in another case, spacing and with other digits',
    articles: Object.fromEntries(
      ['p', 'q', 'r'].map((id, n) => [
        id,
        `${prose(`Subject ${id}`, `issue ${id}`)}\nTip line ${n + 1}: call the news desk any time`,
      ]),
    ),
    text: `${prose('Something else', 'other things')}\nTIP LINE 12:  CALL THE NEWS DESK ANY TIME!`,
    expected: ['TIP LINE 12:  CALL THE NEWS DESK ANY TIME!'],
  },
];

test('BoilerplateIndex: the repetition cases are not known patterns (so repetition is what finds them)', () => {
  for (const line of [FOOTER, 'Tip line 1: call the news desk any time', 'Harbour bridge reopens after repairs']) {
    assert.equal(isKnownBoilerplate(line), false, line);
  }
});

for (const { name, articles, text, expected } of cases) {
  test(`BoilerplateIndex: ${name}`, () => {
    assert.deepEqual(spanTexts(indexOf(articles), text), expected);
  });
}

test('BoilerplateIndex: offsets are exact code-unit offsets into the given text', () => {
  const index = indexOf({ a: unrelated[0] ?? '', b: unrelated[1] ?? '', c: unrelated[2] ?? '' });
  const text = `Ünïcödé 🚢 headline\r\n${prose('The 🚢 ferry', 'the fares')}\r\n  ${FOOTER}  \r\nAdvertisement`;
  const spans = index.spans(text);
  const footerStart = text.indexOf(`  ${FOOTER}`);
  assert.deepEqual(spans, [
    { start: footerStart, end: footerStart + FOOTER.length + 4 },
    { start: text.length - 'Advertisement'.length, end: text.length },
  ]);
});

test('BoilerplateIndex: remove() undoes add(), and adding an id again replaces it', () => {
  const index = indexOf({ a: unrelated[0] ?? '', b: unrelated[1] ?? '' });
  const before = index.toState();
  assert.deepEqual(spanTexts(index, unrelated[0] ?? ''), []);
  index.add('c', unrelated[2] ?? '');
  assert.deepEqual(spanTexts(index, unrelated[0] ?? ''), [FOOTER]);
  index.remove('c');
  assert.deepEqual(spanTexts(index, unrelated[0] ?? ''), []);
  assert.deepEqual(index.toState(), before);
  index.remove('never-added');
  assert.deepEqual(index.toState(), before);

  // Re-adding "b" with the text of "a" makes a and b copies: still only two unrelated holders.
  index.add('c', unrelated[2] ?? '');
  index.add('b', unrelated[0] ?? '');
  assert.equal(index.size, 3);
  assert.deepEqual(spanTexts(index, unrelated[0] ?? ''), []);
});

test('BoilerplateIndex: state survives JSON and rebuilds the same verdicts', () => {
  const index = indexOf({ a: unrelated[0] ?? '', b: unrelated[1] ?? '', c: unrelated[2] ?? '', s: story });
  const restored = BoilerplateIndex.fromState(JSON.parse(JSON.stringify(index.toState())));
  assert.deepEqual(restored.toState(), index.toState());
  for (const text of [...unrelated, story]) assert.deepEqual(restored.spans(text), index.spans(text));
  assert.deepEqual(spanTexts(restored, unrelated[1] ?? ''), [FOOTER]);
});

test('BoilerplateIndex: minArticles is configurable', () => {
  const index = indexOf({ a: unrelated[0] ?? '', b: unrelated[1] ?? '' }, { minArticles: 2 });
  assert.deepEqual(spanTexts(index, unrelated[1] ?? ''), [FOOTER]);
});

test('BoilerplateIndex: a line in thousands of copies is judged within the comparison bound', () => {
  const index = new BoilerplateIndex();
  for (let n = 0; n < 3000; n++) index.add(`copy${n}`, `${story}\n${FOOTER}`);
  const started = performance.now();
  assert.deepEqual(spanTexts(index, `${story}\n${FOOTER}`), []);
  assert.ok(performance.now() - started < 1000, 'bounded work per line');
});
