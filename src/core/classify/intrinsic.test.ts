import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeSnippetPage, pageShape } from './intrinsic.js';

const prose =
  'The council voted on Tuesday to close the old ferry pier after engineers found cracks in two of its supports. ' +
  'Repairs would cost more than a new pier, the harbour master told members, and the work could not start before spring. ';

test('pages of headlines and cut-off snippets are told from articles', () => {
  const cases: [string, string, boolean][] = [
    ['an article', `${prose}\n\n${prose}\n\n${prose}`, false],
    ['one short snippet', 'Ferry pier to close\nThe council voted on Tuesday to close the old ferry pier after…', true],
    [
      'two snippets',
      `Ferry pier to close\n${prose.slice(0, 200)}…\nRead more\nBridge repairs delayed\nThe bridge will stay shut…`,
      true,
    ],
    ['a bare list of headlines', 'Ferry pier to close\nBridge repairs delayed\nNew bus routes from May', true],
    // a feed teaser: the page's own article cut off, with its link; longer than a lede
    [
      'a long teaser of one article',
      `Ferry pier to close\n${prose}${prose}${prose.slice(0, 150)}…\nRead full article`,
      false,
    ],
    // live-coverage notes and sharing widgets are furniture, not snippets or headlines
    ['a developing story', `${prose}\n\nThis is a developing story…`, false],
    ['sharing widgets', `Photos of the pier\nLink copied to clipboard\nLink copied to clipboard\n${prose}`, false],
    ['empty', '', false],
  ];
  for (const [name, text, expected] of cases) assert.equal(looksLikeSnippetPage(pageShape(text)), expected, name);
});

test('a link under a cut-off line is part of that snippet', () => {
  const shape = pageShape('Ferry pier to close\nThe first lines of the story, cut…\nRead full article');
  assert.equal(shape.snippets, 1);
  assert.equal(shape.headlines, 1);
});
