import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffWords } from 'diff';
import { findSpinTargets, spin } from './spin.js';
import type { WordNetSynonyms } from './types.js';
import { loadWordNet } from './wordnet.js';

/** A hand-made thesaurus, so the expected output of each case can be read off the table. */
function thesaurus(entries: Record<string, string[]>): WordNetSynonyms {
  return { synonyms: (wording) => entries[wording.toLowerCase()] ?? [] };
}

const SAMPLE = `The Harbor City council voted on Tuesday night to close the old Millbrook Bridge to all
vehicle traffic from the first of June, after engineers warned that corrosion in the steel supports had
reached a dangerous level. "We cannot keep asking drivers to trust a structure that our own inspectors
no longer trust," said Councillor Maria Okafor, who proposed the closure. The decision passed by seven
votes to two. Local shop owners on Canal Street said they feared a sharp drop in customers, and asked
the council for temporary parking and a free shuttle bus. The city engineer, David Lindqvist, said a
replacement crossing would cost roughly 48 million dollars and could open in early 2027 if the state
approves a grant. Until then, pedestrians and cyclists may still use the bridge during daylight hours,
while lorries will be sent on a twelve-kilometre detour through the industrial district.`;

test('rate 0 changes nothing; rate 1 replaces every target', () => {
  const wordnet = thesaurus({ bridge: ['span'], close: ['shut'], council: ['assembly'] });
  const text = 'The council will close the bridge.';
  assert.deepEqual(spin(text, { rate: 0, seed: 1 }, wordnet), { text, substitutions: [] });
  assert.deepEqual(spin(text, { rate: 1, seed: 1 }, wordnet), {
    text: 'The assembly will shut the span.',
    substitutions: [
      ['council', 'assembly'],
      ['close', 'shut'],
      ['bridge', 'span'],
    ],
  });
});

test('capitalisation is carried over, inside names too', () => {
  const wordnet = thesaurus({ office: ['workplace'], officials: ['functionaries'], bridge: ['span'] });
  const text = 'Officials in the Oval Office said the BRIDGE was safe.';
  assert.equal(
    spin(text, { rate: 1, seed: 3 }, wordnet).text,
    'Functionaries in the Oval Workplace said the SPAN was safe.',
  );
});

test('WordNet collocations are replaced whole, but not across punctuation', () => {
  const wordnet = thesaurus({ 'prime minister': ['premier'], prime: ['choice'], minister: ['curate'] });
  assert.equal(spin('The Prime Minister spoke.', { rate: 1, seed: 5 }, wordnet).text, 'The Premier spoke.');
  assert.equal(spin('Prime, Minister!', { rate: 1, seed: 5 }, wordnet).text, 'Choice, Curate!');
});

test('stopwords, short words, fragments after apostrophes and numbers are left alone', () => {
  const wordnet = thesaurus({ will: ['testament'], bus: ['coach'], t: ['tee'], ve: ['vee'] });
  const text = "They won't take the bus; we've 48 of them and will keep 12.";
  assert.deepEqual(findSpinTargets(text, wordnet), []);
  assert.equal(spin(text, { rate: 1, seed: 9 }, wordnet).text, text);
});

test('plurals are looked up by their singular and re-inflected', () => {
  const wordnet = thesaurus({ bridge: ['span'], policy: ['insurance'] });
  assert.equal(spin('Bridges and policies.', { rate: 1, seed: 2 }, wordnet).text, 'Spans and insurances.');
});

test('the same seed gives the same spin; other seeds other spins', () => {
  const wordnet = loadWordNet();
  const first = spin(SAMPLE, { rate: 0.3, seed: 42 }, wordnet);
  assert.deepEqual(spin(SAMPLE, { rate: 0.3, seed: 42 }, wordnet), first);
  assert.notEqual(spin(SAMPLE, { rate: 0.3, seed: 43 }, wordnet).text, first.text);
});

test('about `rate` of the targets are replaced', () => {
  const wordnet = loadWordNet();
  const targets = findSpinTargets(SAMPLE, wordnet).length;
  assert.ok(targets > 40, `the sample has ${targets} targets`);
  for (const rate of [0.1, 0.25, 0.5]) {
    let replaced = 0;
    for (let seed = 1; seed <= 40; seed++) replaced += spin(SAMPLE, { rate, seed }, wordnet).substitutions.length;
    const observed = replaced / (targets * 40);
    // Bernoulli draws over 40 × >40 targets: the mean lands within a few points of the rate.
    assert.ok(Math.abs(observed - rate) < 0.04, `rate ${rate} gave ${observed.toFixed(3)}`);
  }
});

test('punctuation, digits and line breaks survive spinning', () => {
  const wordnet = loadWordNet();
  // Replacements may bring spaces and hyphens ("egg-shaped", "open up"); everything else stays put.
  const skeleton = (text: string) => text.replace(/[A-Za-z -]+/g, '');
  for (const seed of [1, 2, 3]) {
    const spun = spin(SAMPLE, { rate: 0.6, seed }, wordnet).text;
    assert.equal(skeleton(spun), skeleton(SAMPLE));
    assert.equal(spun.split('\n').length, SAMPLE.split('\n').length);
  }
});

/** A pair's words minus those on both sides: the diff calls "open" → "open up" just "up" added. */
function changedWords([from, to]: [string, string]): [string[], string[]] {
  const a = from.split(/[^A-Za-z]+/).filter(Boolean);
  const b = to.split(/[^A-Za-z]+/).filter(Boolean);
  return [a.filter((w) => !b.includes(w)), b.filter((w) => !a.includes(w))];
}

test('the substitutions listed are exactly the changes a word diff finds', () => {
  const wordnet = loadWordNet();
  const words = (parts: string[]) => parts.join(' ').match(/[A-Za-z]+/g) ?? [];
  for (const seed of [11, 12, 13, 14, 15]) {
    const { text, substitutions } = spin(SAMPLE, { rate: 0.3, seed }, wordnet);
    assert.ok(substitutions.length > 5);
    const changes = diffWords(SAMPLE, text);
    const removed = words(changes.filter((c) => c.removed).map((c) => c.value));
    const added = words(changes.filter((c) => c.added).map((c) => c.value));
    const listed = substitutions.map(changedWords);
    assert.deepEqual(
      removed,
      listed.flatMap(([from]) => from),
      `seed ${seed}: removed words`,
    );
    assert.deepEqual(
      added,
      listed.flatMap(([, to]) => to),
      `seed ${seed}: added words`,
    );
  }
});
