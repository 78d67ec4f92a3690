import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { writeTinySentenceModel } from '../semantic/testing/tiny-model.js';
import { openSqliteStore } from '../store/index.js';
import { Engine } from './engine.js';
import { ingested, pick, verdictOf } from './testing/fixtures.js';
import { LOOSE_REWRITE, REWRITE_MEANINGS } from './testing/loose-rewrite.js';
import type { EngineOptions } from './types.js';

const folder = mkdtempSync(path.join(tmpdir(), 'storytrace-engine-model-'));
writeTinySentenceModel(folder, REWRITE_MEANINGS);
after(() => rmSync(folder, { recursive: true, force: true }));

async function traced(options: Partial<EngineOptions>) {
  const engine = await Engine.open(await openSqliteStore(':memory:'), { workers: 0, ...options });
  await engine.add(ingested([...pick(['a01']), LOOSE_REWRITE]), { replace: false });
  return { engine, report: await engine.report() };
}

describe('a sentence model', () => {
  it('is what finds a loose rewrite: without it the rewrite reads as an independent report', async () => {
    const { report } = await traced({});
    assert.deepEqual([verdictOf(report, 'r01').relation, verdictOf(report, 'r01').source], ['independent', null]);
  });

  for (const [where, options] of [
    ['on the engine thread', { workers: 0 }],
    ['on workers', { workers: 1, parallelFrom: 1 }],
  ] as const) {
    it(`aligns the rewrite with its source sentence by sentence, ${where}`, async () => {
      const { report } = await traced({ ...options, sentenceModel: folder });
      const rewrite = verdictOf(report, 'r01');
      assert.equal(rewrite.relation, 'paraphrase');
      assert.equal(rewrite.source, 'a01');
      assert.ok(rewrite.signals.includes('sentence_alignment'));
      assert.equal(verdictOf(report, 'a01').relation, 'original');
    });
  }

  it('explains the pair with every sentence matched', async () => {
    const { engine } = await traced({ sentenceModel: folder });
    const { comparison } = await engine.explain('r01', 'a01');
    assert.equal(comparison.ab.features.sentencesMatchedA, 1);
    assert.equal(comparison.sentencePairs.length, comparison.ab.features.sentencesA);
  });
});
