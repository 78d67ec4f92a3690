import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeSnippetPage, pageShape, unwrappedLines } from './intrinsic.js';

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
    // wire copy hard-wrapped at 65 columns: a column of short lines that are not headlines
    [
      'hard-wrapped wire copy',
      'The harbour board said it would close\nthe old ferry pier next month after\nEngineers found cracks in two of its\n' +
        'supports, and that repairs would cost\nmore than a new pier.\n    Work on the new pier could start\nin spring.\n Reuter',
      false,
    ],
    ['a table of results', 'Shr 12 cts vs 9 cts\nNet 1,204,000 vs 880,000\nRevs 40.1 mln vs 35.2 mln\nReuter', false],
    ['a dividend notice', 'Qtly div 10 cts vs 10 cts prior\nPay June 30\nRecord June Nine\nReuter', false],
    [
      'a paragraph whose last full stop is lost',
      'The pier will close (for now). Repairs would cost more than a new one',
      false,
    ],
    ['a dated headline', 'Harbour News: Old Ferry Pier to Close After Engineers Find Cracks June 3, 2026', true],
  ];
  for (const [name, text, expected] of cases) assert.equal(looksLikeSnippetPage(pageShape(text)), expected, name);
});

test('a link under a cut-off line is part of that snippet', () => {
  const shape = pageShape('Ferry pier to close\nThe first lines of the story, cut…\nRead full article');
  assert.equal(shape.snippets, 1);
  assert.equal(shape.headlines, 1);
});

test('hard-wrapped lines are joined back into sentences, and headlines are not', () => {
  const cases: [string, string, string[]][] = [
    ['lower-case continuation', 'The pier will close\nnext month.', ['The pier will close next month.']],
    [
      'a line ending on a function word',
      'The board said that\nEngineers found cracks.',
      ['The board said that Engineers found cracks.'],
    ],
    ['a line ending on a comma', 'Cracks were found,\nThe board said.', ['Cracks were found, The board said.']],
    [
      'headlines stay apart',
      'Ferry pier to close\nBridge repairs delayed',
      ['Ferry pier to close', 'Bridge repairs delayed'],
    ],
    [
      'a sentence ends a line',
      'The pier will close.\nthe board said so',
      ['The pier will close.', 'the board said so'],
    ],
    ['blank lines part paragraphs', 'The pier will close\n\nnext month', ['The pier will close', 'next month']],
  ];
  for (const [name, text, expected] of cases) assert.deepEqual(unwrappedLines(text), expected, name);
});
