import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CandidateIndex } from '../src/core/candidates/index.js';
import { tokenize } from '../src/core/text/index.js';
import { prepareDocument } from '../src/engine/documents.js';
import { loadWordNet } from '../src/spin/index.js';
import { loadCorpora } from './corpora.js';
import { firstWords, LEDE_WORDS, MUTATION_KINDS, type Mutant, mutants, PAGE_LEDES, wordCount } from './mutate.js';

// Written for this test: plain news-like prose with words WordNet knows.
const ARTICLE = {
  id: 'test:1',
  text: [
    'The city council approved a new plan on Tuesday to repair the old bridge over the river, after months of debate about the cost and the safety of daily traffic.',
    'Engineers said the work would begin in the spring and last about two years. During that time, buses and cars will follow a longer road through the northern district.',
    'Local shop owners worried that fewer visitors would reach the market. The mayor promised small grants to help them through the difficult period and to keep the streets busy.',
    'Residents will be able to comment on the design at public meetings next month, and the final drawings are expected before the summer holiday begins.',
  ].join('\n\n'),
};
const FILLERS = Array.from({ length: PAGE_LEDES * 2 }, (_, i) => `Filler lede number ${i} about an unrelated event.`);

function byKind(made: Mutant[]): Record<string, Mutant> {
  return Object.fromEntries(made.map((m) => [m.kind, m]));
}

test('the same seed makes the same mutants; another seed others', () => {
  const options = { seed: 7, wordnet: loadWordNet(), fillerLedes: FILLERS };
  const first = mutants([ARTICLE], options);
  assert.deepEqual(mutants([ARTICLE], options), first);
  assert.notDeepEqual(mutants([ARTICLE], { ...options, seed: 8 }), first);
  assert.deepEqual(
    first.map((m) => m.kind),
    [...MUTATION_KINDS],
  );
});

test('each kind of mutant is what its name says', () => {
  const made = byKind(mutants([ARTICLE], { seed: 3, wordnet: loadWordNet(), fillerLedes: FILLERS }));
  const words = wordCount(ARTICLE.text);
  assert.equal(made.exact?.text, ARTICLE.text);
  const truncated = made.truncated?.text ?? '';
  assert.ok(ARTICLE.text.startsWith(truncated));
  assert.ok(wordCount(truncated) >= 0.4 * words - 1 && wordCount(truncated) <= 0.8 * words + 1);
  assert.ok(made.boilerplate?.text.includes(ARTICLE.text));
  assert.ok((made.boilerplate?.text.length ?? 0) > ARTICLE.text.length);
  assert.deepEqual(tokenize(made.case?.text ?? '').hashes, tokenize(ARTICLE.text).hashes);
  assert.notEqual(made.case?.text, ARTICLE.text);
  const paragraphs = (text: string) => text.split('\n\n').sort();
  assert.deepEqual(paragraphs(made.shuffled?.text ?? ''), paragraphs(ARTICLE.text));
  assert.notEqual(made.shuffled?.text, ARTICLE.text);
  const page = made.lede?.text ?? '';
  const lede = firstWords(ARTICLE.text, LEDE_WORDS);
  assert.equal(wordCount(lede), LEDE_WORDS);
  assert.ok(page.includes(lede));
  const others = page.replace(lede, '').split('\n\n').filter(Boolean);
  assert.equal(others.length, PAGE_LEDES);
  assert.ok(others.every((p) => FILLERS.includes(p)));
  let previous = 0;
  for (const kind of ['spin5', 'spin10', 'spin20', 'spin30'] as const) {
    const spun = made[kind] as Mutant;
    assert.notEqual(spun.text, ARTICLE.text);
    assert.ok(spun.substituted > previous, `${kind} replaces more than the kind before`);
    previous = spun.substituted;
  }
  assert.ok(previous > 0.2 && previous < 0.4, `spin30 replaced ${previous}`);
});

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
const corpora = loadCorpora(dataDir);

test('real articles: the candidate index finds every mutant from its original', { skip: corpora === undefined }, () => {
  if (corpora === undefined) return;
  const originals = [...corpora.reuters, ...corpora.bbc]
    .filter((a) => wordCount(a.text) >= 150)
    .filter((_, i) => i % 97 === 0);
  const fillers = corpora.bbc.slice(0, 200).map((a) => firstWords(a.text, LEDE_WORDS));
  const made = mutants(originals.slice(0, 40), { seed: 1, wordnet: loadWordNet(), fillerLedes: fillers });
  const index = new CandidateIndex();
  originals.slice(0, 40).forEach((a, i) => {
    index.add(i, prepareDocument(a.text, []).indexed);
  });
  const missed = made.filter((m, k) => {
    const found = index.query(prepareDocument(m.text, []).indexed).map((c) => c.doc);
    return !found.includes(Math.floor(k / MUTATION_KINDS.length));
  });
  assert.deepEqual(
    missed.map((m) => m.id),
    [],
  );
});
