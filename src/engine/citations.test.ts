import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/contract/index.js';
import { openSqliteStore } from '../store/index.js';
import { Engine } from './engine.js';
import { ingested, pick, verdictOf } from './testing/fixtures.js';
import { LOOSE_REWRITE } from './testing/loose-rewrite.js';

/** The loose rewrite of demo article a01 (Valley Herald), crediting the Herald for its reporting. */
const CREDITING: Article = {
  ...LOOSE_REWRITE,
  text: LOOSE_REWRITE.text.replace(
    'Building should begin next summer and last four years.',
    'Building should begin next summer and last four years, the Valley Herald reported.',
  ),
};

async function report(articles: readonly Article[], workers = 0) {
  const engine = await Engine.open(await openSqliteStore(':memory:'), { workers, parallelFrom: 1 });
  await engine.add(ingested(articles), { replace: false });
  return engine.report();
}

describe('a text that credits another for its reporting', () => {
  it('derives from it, though no rule alone reads the pair as a derivation', async () => {
    assert.notEqual(CREDITING.text, LOOSE_REWRITE.text);
    const plain = await report([...pick(['a01']), LOOSE_REWRITE]);
    assert.equal(verdictOf(plain, 'r01').relation, 'independent');
    for (const workers of [0, 1]) {
      const credited = await report([...pick(['a01']), CREDITING], workers);
      const rewrite = verdictOf(credited, 'r01');
      assert.deepEqual([rewrite.relation, rewrite.source], ['paraphrase', 'a01']);
      assert.ok(rewrite.signals.includes('credits_source'));
      assert.ok(rewrite.evidence.passages.length > 0, 'the matched sentences are its evidence');
      assert.equal(verdictOf(credited, 'a01').relation, 'original');
    }
  });

  it('credits nobody when the outlet it names is not in the story', async () => {
    const elsewhere = { ...CREDITING, text: CREDITING.text.replace('Valley Herald', 'Coastal Courier') };
    const result = await report([...pick(['a01']), elsewhere]);
    assert.equal(verdictOf(result, 'r01').relation, 'independent');
  });
});
