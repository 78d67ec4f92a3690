import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { hashString } from './hash.js';
import { stem, stemHash } from './stems.js';
import { foldWord } from './tokens.js';

/** Words made to meet every rule of `stem` and its edges: short words, digits, suffixes, "'s", mixed case. */
function randomWord(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const stems = ['', 'a', 'ti', 'tie', 'bus', 'ax', 'chur', 'pressure', 'sign', 'quick', 'Mayor', 'OVAL', 'x9', '3'];
  const endings = ['', 's', 'es', 'ies', 'ing', 'ed', 'ly', 'ss', 'us', 'is', 'sses', 'xes', 'ches', 'shes', "'s"];
  let word = pick(stems) + pick(endings) + (random() < 0.2 ? pick(endings) : '');
  if (random() < 0.3) word = [...word].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
  return word;
}

test('the stem hash of an ASCII word, made in place, is the hash of its folded stem', () => {
  const random = mulberry32(3);
  const words = new Set<string>();
  for (let k = 0; k < 20_000; k++) words.add(randomWord(random));
  for (const word of [...words, 'Murati’s', 'Zürich', 'café', 'naïve']) {
    const text = ` ${word}.`;
    assert.equal(stemHash(text, 1, 1 + word.length), hashString(stem(foldWord(word))), word);
  }
  assert.ok(words.size > 2000, `only ${words.size} distinct words`);
});

test('stems strip the endings that separate forms of one word, and leave short words and numbers alone', () => {
  assert.deepEqual(
    ['signs', 'signed', 'signing', 'quickly', 'churches', 'ties', 'bus', 'x9s', "mayor's", 'class', 'tie'].map(stem),
    ['sign', 'sign', 'sign', 'quick', 'church', 'tie', 'bus', 'x9s', 'mayor', 'class', 'tie'],
  );
});
