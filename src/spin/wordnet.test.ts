import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadWordNet, type WordNetPos, wordNetFromFiles } from './wordnet.js';

/** A data file whose synsets start at their own byte offsets, as WordNet's do; returns the offsets. */
function dataFile(synsets: Record<string, (offsetOf: (name: string) => string) => string>) {
  const offsets = new Map<string, string>();
  let text = '  1 a license header line\n';
  // Two passes: the first fixes every offset (fixed-width fields), the second fills in pointers.
  for (const pass of [0, 1]) {
    text = '  1 a license header line\n';
    for (const [name, line] of Object.entries(synsets)) {
      const own = String(text.length).padStart(8, '0');
      if (pass === 0) offsets.set(name, own);
      text += `${own} ${line((n) => offsets.get(n) ?? '00000000')}  \n`;
    }
  }
  return { buffer: Buffer.from(text, 'latin1'), offsetOf: (name: string) => offsets.get(name) ?? '' };
}

function tinyWordNet() {
  const noun = dataFile({
    workplace: () => '06 n 02 workplace 0 work 0 000 | a place where work is done',
    office: (at) => `06 n 02 office 0 business_office 0 001 @ ${at('workplace')} n 0000 | where clerks work`,
    bridges: () => '18 n 02 Bridges 0 Harry_Bridges 0 000 | a labour leader',
    bridge: () => '06 n 02 bridge 0 span 0 000 | a structure over an obstacle',
    closeNoun: () => '04 n 02 close 0 closing 0 000 | the end',
  });
  const verb = dataFile({ close: () => '35 v 02 close 0 shut 0 000 | move so that an opening is covered' });
  const adj = dataFile({ maximal: () => '00 a 02 maximal 0 maximum(a) 0 000 | the greatest' });
  const empty = dataFile({});
  const senses = [
    `bridge%1:06:00:: ${noun.offsetOf('bridge')} 1 10`,
    `bridges%1:18:00:: ${noun.offsetOf('bridges')} 1 0`,
    `close%1:04:00:: ${noun.offsetOf('closeNoun')} 1 1`,
    `close%2:35:00:: ${verb.offsetOf('close')} 1 5`,
    `maximum%3:00:00:: ${adj.offsetOf('maximal')} 1 1`,
    `office%1:06:00:: ${noun.offsetOf('office')} 1 62`,
    `office%1:14:01:: ${noun.offsetOf('workplace')} 2 24`,
    `zygote%1:08:00:: ${noun.offsetOf('bridge')} 1 0`,
  ].sort();
  const data: Record<WordNetPos, Buffer> = { noun: noun.buffer, verb: verb.buffer, adj: adj.buffer, adv: empty.buffer };
  return wordNetFromFiles({ indexSense: Buffer.from(`${senses.join('\n')}\n`, 'latin1'), data });
}

test('synonyms come from the most frequent sense, single words first, else a broader term', () => {
  const wordnet = tinyWordNet();
  assert.deepEqual(wordnet.synonyms('bridge'), ['span']); // first line of the index
  assert.deepEqual(wordnet.synonyms('zygote'), ['bridge', 'span']); // last line (pointing at the bridge synset)
  // "business office" is a phrase, so the one-word hypernym "workplace" wins: Oval Office → Oval Workplace.
  assert.deepEqual(wordnet.synonyms('office'), ['workplace', 'work']);
  // The verb senses of "close" are tagged more often than the noun's.
  assert.deepEqual(wordnet.synonyms('close'), ['shut']);
  // Adjective markers such as "(a)" are stripped.
  assert.deepEqual(wordnet.synonyms('maximum'), ['maximal']);
});

test('unknown words, and lowercase wording whose main sense is a name, have no synonyms', () => {
  const wordnet = tinyWordNet();
  assert.deepEqual(wordnet.synonyms('aardvark'), []);
  assert.deepEqual(wordnet.synonyms('bridg'), []); // a prefix of an entry is not the entry
  assert.deepEqual(wordnet.synonyms('bridges'), []);
  assert.deepEqual(wordnet.synonyms('Bridges'), ['Harry Bridges']);
});

test('the shipped WordNet 3.1 loads once and answers for words and collocations', () => {
  const started = performance.now();
  const wordnet = loadWordNet();
  assert.equal(loadWordNet(), wordnet);
  assert.ok(wordnet.synonyms('flood').includes('inundation'));
  assert.ok(wordnet.synonyms('bridge').includes('span'));
  assert.ok(wordnet.synonyms('Prime Minister').includes('premier'));
  assert.deepEqual(wordnet.synonyms('the'), []);
  assert.deepEqual(wordnet.synonyms('Millbrook'), []);
  assert.ok(performance.now() - started < 2000, 'loading and looking up stays fast');
});
