import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { spin } from './spin.js';
import { loadWordNet } from './wordnet.js';

/**
 * The demo corpus's spun articles are this spinner's output, and this test keeps them so. With
 * GENERATE_SNAPSHOTS=1 it writes them instead: each recipe in demo/corpus/spun.json spins the title
 * and text of its source article into the article with its id.
 */

// Tests run from the compiled tree (<outDir>/src/spin/); the corpus lives in the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusDir = path.join(repoRoot, 'demo', 'corpus');
const articlesFile = path.join(corpusDir, 'articles.jsonl');

interface DemoArticle {
  id: string;
  title: string;
  url: string;
  outlet: string;
  published: string;
  text: string;
}

interface SpinRecipe {
  id: string;
  source: string;
  seed: number;
  rate: number;
}

interface Expected {
  relation: string;
  source: string | null;
  sources: string[];
  story: string;
}

const readJson = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(corpusDir, name), 'utf8'));
const readArticles = () =>
  fs
    .readFileSync(articlesFile, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as DemoArticle);

test('the spun demo articles are what the spinner makes of their sources', () => {
  const articles = readArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const recipes = readJson('spun.json') as SpinRecipe[];
  assert.ok(recipes.length >= 3);
  const wordnet = loadWordNet();
  const respun = new Map<string, DemoArticle>();
  for (const recipe of recipes) {
    const source = byId.get(recipe.source);
    const target = byId.get(recipe.id);
    assert.ok(source !== undefined && target !== undefined, `recipe ${recipe.id} names articles in the corpus`);
    const options = { rate: recipe.rate, seed: recipe.seed };
    const text = spin(source.text, options, wordnet);
    // A spun copy worth the name: dozens of swaps in a 300-word article at rate 0.25.
    assert.ok(text.substitutions.length >= 20, `${recipe.id}: ${text.substitutions.length} substitutions`);
    respun.set(recipe.id, { ...target, title: spin(source.title, options, wordnet).text, text: text.text });
  }
  if (process.env.GENERATE_SNAPSHOTS === '1') {
    const lines = articles.map((a) => JSON.stringify(respun.get(a.id) ?? a));
    fs.writeFileSync(articlesFile, `${lines.join('\n')}\n`);
    return;
  }
  for (const [id, expected] of respun) {
    const actual = byId.get(id);
    assert.equal(actual?.title, expected.title, `${id} title: run with GENERATE_SNAPSHOTS=1 to respin`);
    assert.equal(actual?.text, expected.text, `${id} text: run with GENERATE_SNAPSHOTS=1 to respin`);
  }
});

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?]["”]?)\s+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.split(' ').length >= 6);

test('the demo corpus is what its README and expected.json say it is', () => {
  const articles = readArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const expected = readJson('expected.json') as Record<string, Expected>;
  assert.deepEqual(Object.keys(expected).sort(), [...byId.keys()].sort(), 'every article has an expectation');
  const relations = Object.values(expected).map((e) => e.relation);
  for (const relation of ['original', 'verbatim', 'near_verbatim', 'spun', 'paraphrase', 'summary', 'independent']) {
    assert.ok(relations.filter((r) => r === relation).length >= 3, `three stories each have a ${relation} article`);
  }
  assert.ok(relations.includes('aggregate'));
  for (const [id, e] of Object.entries(expected)) {
    const article = byId.get(id);
    assert.ok(article !== undefined);
    if (e.relation === 'original') assert.ok(words(article.text) >= 250 && words(article.text) <= 450, `${id} length`);
    if (e.source === null) continue;
    // Sources come first, and live in the corpus.
    for (const sourceId of e.sources) {
      assert.ok((byId.get(sourceId)?.published ?? '') < article.published, `${id} after ${sourceId}`);
    }
    const source = byId.get(e.source);
    assert.ok(source !== undefined && expected[e.source]?.story === e.story, `${id} shares its source's story`);
    if (e.relation === 'summary') {
      const count = sentences(article.text).length;
      assert.ok(count >= 3 && count <= 5, `${id} has ${count} sentences`);
    }
  }
  // Independent reports of a story share facts with its original but not one sentence.
  for (const [id, e] of Object.entries(expected)) {
    if (e.relation !== 'independent') continue;
    const original = Object.entries(expected).find(([, o]) => o.story === e.story && o.relation === 'original');
    if (original === undefined) continue; // a distractor: a story of its own
    const shared = new Set(sentences(byId.get(original[0])?.text ?? ''));
    const copied = sentences(byId.get(id)?.text ?? '').filter((s) => shared.has(s));
    assert.deepEqual(copied, [], `${id} copies no sentence of ${original[0]}`);
  }
});
