import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromPlainText, type PlainTextKind } from './plain-text.js';

// Each row: file content, kind, and the expected [title, text] (title undefined when there is none).
const cases: Array<{ name: string; content: string; kind: PlainTextKind; title?: string; text: string }> = [
  {
    name: 'markdown # heading',
    content: '# Big news\n\nBody here.',
    kind: 'markdown',
    title: 'Big news',
    text: 'Body here.',
  },
  {
    name: 'markdown closing hashes',
    content: '## Big news ##\nBody.',
    kind: 'markdown',
    title: 'Big news',
    text: 'Body.',
  },
  {
    name: 'markdown setext heading',
    content: 'Big news\n========\n\nBody.',
    kind: 'markdown',
    title: 'Big news',
    text: 'Body.',
  },
  {
    name: 'markdown without heading',
    content: 'Body **bold**.\n\nMore.',
    kind: 'markdown',
    text: 'Body **bold**.\n\nMore.',
  },
  {
    name: 'markdown heading alone is the text',
    content: '# Only a heading',
    kind: 'markdown',
    text: '# Only a heading',
  },
  {
    name: 'text: short first line then a blank line',
    content: 'Mill closes\r\n\r\nThe mill closed.\r\n',
    kind: 'text',
    title: 'Mill closes',
    text: 'The mill closed.',
  },
  {
    name: 'text: first line without a blank line after it is not a title',
    content: 'The mill closed.\nIt had run for years.',
    kind: 'text',
    text: 'The mill closed.\nIt had run for years.',
  },
  {
    name: 'text: a long first paragraph is not a title',
    content: `${'word '.repeat(40).trim()}\n\nNext.`,
    kind: 'text',
    text: `${'word '.repeat(40).trim()}\n\nNext.`,
  },
  { name: 'text: a single line is the text', content: '  Just this.  ', kind: 'text', text: 'Just this.' },
];

for (const { name, content, kind, title, text } of cases) {
  test(`articleFromPlainText: ${name}`, () => {
    const result = articleFromPlainText(content, 'x.txt', kind);
    assert.ok(result.ok);
    assert.deepEqual(result.value, { id: 'x.txt', text, ...(title === undefined ? {} : { title }) });
  });
}

test('articleFromPlainText: whitespace only is INPUT_EMPTY naming the record', () => {
  const result = articleFromPlainText('\uFEFF \r\n\t', 'blank.md', 'markdown');
  assert.ok(!result.ok);
  assert.deepEqual(
    result.issues.map(({ code, record }) => [code, record]),
    [['INPUT_EMPTY', 'blank.md']],
  );
});
