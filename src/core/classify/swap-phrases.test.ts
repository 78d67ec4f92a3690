import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRelatedWordings } from '../../spin/index.js';
import { splitSentences, stemHashes, tokenize } from '../text/index.js';
import { comparePair, type DocumentView } from './compare.js';
import { sameWord, swapPhrases } from './swap-phrases.js';

function view(text: string): DocumentView {
  const tokens = tokenize(text, []);
  return { text, tokens, stems: stemHashes(text, tokens), sentences: splitSentences(text) };
}

const related = loadRelatedWordings();
const flat = () => 1;

test('a spinner’s swapped word shows as a phrase the other text words the usual way', () => {
  const spun = view('The synthetic intelligence company hired a chief scientist. Investors backed the firm.');
  const usual = view('The artificial intelligence company hired a chief scientist. Investors backed the company.');
  const found = swapPhrases(spun, usual, related, flat);
  const synthetic = found.find((p) => p.wording === 'synthetic intelligence');
  assert.ok(synthetic, JSON.stringify(found));
  assert.equal(synthetic.usual, 'artificial intelligence');
  assert.equal(spun.text.slice(synthetic.start, synthetic.end), 'synthetic intelligence');
});

test('no swaps between a text and itself, or where the usual word is also used', () => {
  const text = view('The artificial intelligence company hired a chief scientist.');
  assert.deepEqual(swapPhrases(text, text, related, flat), []);
  // "artificial" appears in A as well: choosing "synthetic" once is a writer's variation, not a swap
  const both = view('The artificial lab and the synthetic intelligence company hired a chief scientist.');
  const usual = view('The artificial intelligence company hired a chief scientist.');
  assert.equal(
    swapPhrases(both, usual, related, flat).some((p) => p.wording === 'synthetic intelligence'),
    false,
  );
});

test('the rarity of a swap is the IDF of the text’s word over the other’s', () => {
  const spun = view('The synthetic intelligence company grew.');
  const usual = view('The artificial intelligence company grew.');
  const [syntheticStem] = stemHashes(spun.text, spun.tokens).filter((s, i) => s !== 0 && i === 1);
  const weight = (stem: number) => (stem === syntheticStem ? 5 : 2);
  const [phrase] = swapPhrases(spun, usual, related, weight);
  assert.equal(phrase?.rarity, 3);
});

test('spellings and forms of one word are not swaps', () => {
  const cases: [string, string, boolean][] = [
    ['organisation', 'organization', true],
    ['stabilise', 'stabilize', true],
    ['industrial', 'industrialized', true],
    ['colour', 'color', true],
    ['synthetic', 'artificial', false],
    ['boss', 'chief', false],
  ];
  for (const [x, y, expected] of cases) assert.equal(sameWord(x, y), expected, `${x} ${y}`);
});

test('comparing two reports of one story records the swapped phrases of each, and none for a copy', () => {
  const spun = view(
    'The machine studying lab, a synthetic intelligence firm, will hire staff in Paris, its backers told reporters on Monday.',
  );
  const usual = view(
    'Investors in artificial intelligence keep backing new firms. The machine learning lab has offices in London and Berlin.',
  );
  const lexicon = { weight: () => 1, related };
  const reports = comparePair(spun, usual, lexicon, 0.5);
  assert.equal(reports.ab.verdict.relation, 'related');
  assert.deepEqual(
    (reports.ab.swapPhrases ?? []).map((p) => [p.wording, p.usual]),
    [
      ['machine studying', 'machine learning'],
      ['studying lab', 'learning lab'],
      ['synthetic intelligence', 'artificial intelligence'],
    ],
  );
  // below the topic similarity of one story, nothing is looked for
  assert.equal(comparePair(spun, usual, lexicon, 0.2).ab.swapPhrases, undefined);
  // a copy's swaps are in its alignment, not here
  const copy = comparePair(spun, spun, lexicon, 1);
  assert.equal(copy.ab.swapPhrases, undefined);
});
