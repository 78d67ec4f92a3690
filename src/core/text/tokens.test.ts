import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from './hash.js';
import { splitSentences } from './sentences.js';
import { stem } from './stems.js';
import { foldWord, tokenize } from './tokens.js';

const words = (text: string, masked: { start: number; end: number }[] = []) => {
  const t = tokenize(text, masked);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
};

test('tokenize finds words with offsets into the original text', () => {
  const cases: [string, string[]][] = [
    ['', []],
    ['   \n\t ', []],
    ['Hello, world!', ['Hello', 'world']],
    ["Murati's startup", ["Murati's", 'startup']],
    ['raised $2.5 billion, 1,200 jobs', ['raised', '2.5', 'billion', '1,200', 'jobs']],
    ['end. Next', ['end', 'Next']],
    ['well-known café', ['well', 'known', 'café']],
    ['“Quoted” — dash', ['Quoted', 'dash']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(words(text), expected, text);
});

test('case, accents and apostrophe styles fold to the same hash', () => {
  const a = tokenize('OVAL Office Café Murati’s');
  const b = tokenize("oval office cafe murati's");
  assert.deepEqual([...a.hashes], [...b.hashes]);
  assert.equal(a.hashes[0], hashString('oval'));
  assert.equal(foldWord('Café'), 'cafe');
});

test('masked spans produce no words and keep offsets exact', () => {
  const text = 'Source link\nThe council voted.';
  assert.deepEqual(words(text, [{ start: 0, end: 11 }]), ['The', 'council', 'voted']);
  const t = tokenize(text, [{ start: 0, end: 11 }]);
  assert.equal(text.slice(t.starts[0], t.ends[0]), 'The');
});

test('stopwords are flagged', () => {
  const t = tokenize('The bridge of Baltimore');
  assert.deepEqual([...t.stop], [1, 0, 1, 0]);
});

test('sentences split on terminal punctuation and line breaks, not on abbreviations', () => {
  const text = 'Mr. Smith met Dr. Jones in the U.S. on Monday. They agreed. "Good," he said.\nNew line here';
  const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, [
    'Mr. Smith met Dr. Jones in the U.S. on Monday.',
    'They agreed.',
    '"Good," he said.',
    'New line here',
  ]);
  assert.deepEqual(splitSentences(''), []);
});

test('stems join inflections of one word', () => {
  const pairs: [string, string][] = [
    ['signs', 'signed'],
    ['signing', 'sign'],
    ['companies', 'company'],
    ['boxes', 'box'],
  ];
  for (const [a, b] of pairs) {
    assert.equal(stem(a), stem(b), `${a} ~ ${b}`);
  }
  assert.equal(stem('2024'), '2024');
});
