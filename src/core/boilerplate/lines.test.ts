import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { hashString } from '../text/hash.js';
import { keyedLine, lineKey, splitLines, wordCount } from './lines.js';

const splitCases: Array<[string, Array<[number, number]>]> = [
  ['', [[0, 0]]],
  ['one', [[0, 3]]],
  [
    'a\nbc',
    [
      [0, 1],
      [2, 4],
    ],
  ],
  [
    'a\n',
    [
      [0, 1],
      [2, 2],
    ],
  ],
  [
    '\n\n',
    [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
  ],
  [
    'ab\r\ncd',
    [
      [0, 2],
      [4, 6],
    ],
  ],
  [
    '\r\n',
    [
      [0, 0],
      [2, 2],
    ],
  ],
];

for (const [text, expected] of splitCases) {
  test(`splitLines(${JSON.stringify(text)})`, () => {
    const spans = splitLines(text);
    assert.deepEqual(
      spans.map(({ start, end }) => [start, end]),
      expected,
    );
    // Same lines as split('\n'), with the CR of a CRLF left out.
    assert.deepEqual(
      spans.map(({ start, end }) => text.slice(start, end)),
      text.split('\n').map((line) => line.replace(/\r$/, '')),
    );
  });
}

const keyCases: Array<[string, string]> = [
  ['Share this article!', 'share this article'],
  ['  © 2024 The Harbor Times  ', '0 the harbor times'],
  ['UPDATED 7:40 AM PT – Saturday, March 20, 2021', 'updated 0:0 am pt – saturday, march 0, 0'],
  ['“Quoted words”', 'quoted words'],
  ['Unlock the Editor’s Digest', "unlock the editor's digest"],
  ['Read   more\there', 'read more here'],
  ['ﬁnance', 'finance'],
  ['>> Related: 5 things to know <<', 'related: 0 things to know'],
  ['—', ''],
  ['2024', ''],
  ['Ab.', ''],
  ['', ''],
];

for (const [line, expected] of keyCases) {
  test(`lineKey(${JSON.stringify(line)}) is ${JSON.stringify(expected)}`, () => {
    assert.equal(lineKey(line), expected);
  });
}

test('a line keyed in place has the hash and words of its key, ASCII or not', () => {
  const random = mulberry32(17);
  const pieces = [
    'Read',
    'more',
    'AT',
    'x',
    '2024',
    '7',
    ' ',
    '  ',
    '\t',
    '`',
    "'",
    '--',
    '©',
    '|',
    ':',
    '»',
    '.',
    '(AP)',
    '\u00a0',
    'é',
  ];
  const lines = new Set<string>(['', ' ', '12', 'ab', 'abc', '  `Read more` ', '-- 12 pages --', 'Zürich 3']);
  for (let k = 0; k < 5000; k++) {
    const ascii = random() < 0.8;
    const length = Math.floor(random() * 9);
    const parts = Array.from(
      { length },
      () => pieces[Math.floor(random() * (ascii ? pieces.length - 2 : pieces.length))],
    );
    lines.add(parts.join(random() < 0.5 ? '' : ' '));
  }
  for (const line of lines) {
    const key = lineKey(line);
    const text = `x\n${line}\ny`;
    assert.deepEqual(
      keyedLine(text, 2, 2 + line.length),
      { start: 2, end: 2 + line.length, hash: key === '' ? 0 : hashString(key), words: wordCount(key) },
      JSON.stringify(line),
    );
  }
  assert.ok(lines.size > 3000, `only ${lines.size} distinct lines`);
});
